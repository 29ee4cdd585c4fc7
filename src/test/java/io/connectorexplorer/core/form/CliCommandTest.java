package io.connectorexplorer.core.form;

import static io.connectorexplorer.core.form.FormFixtures.CREDENTIALS_MAP;
import static io.connectorexplorer.core.form.FormFixtures.MODEL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.testsupport.JsonTrees;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The command's text; {@link CliCommandShellTest} runs it. */
class CliCommandTest {

    private static final CliCommand.Destination PROD = new CliCommand.Destination("prod", "eu-west-1", null);

    private static ObjectNode request(String json) {
        return (ObjectNode) JsonTrees.parse(json);
    }

    @Test
    void withSecretsTheCommandGoesToTheProfileAndRegionOfTheWindow() {
        ObjectNode request = request("{\"connectorProfileName\": \"p\", \"connectionMode\": \"Public\"}");

        CliCommand.Rendered rendered = CliCommand.render(request, List.of(), PROD, Redaction.NONE);

        assertThat(rendered.text())
                .isEqualTo("aws appflow create-connector-profile --profile prod --region eu-west-1 --cli-input-json"
                        + " '{\"connectorProfileName\":\"p\",\"connectionMode\":\"Public\"}'");
        assertThat(rendered.variablesToSet()).isEmpty();
        assertThat(rendered.instructions()).isEmpty();
    }

    @Test
    void anEndpointUrlAndUnusualProfileNamesAreQuoted() {
        var destination = new CliCommand.Destination("team a's", "us-east-1", "http://127.0.0.1:8443/");

        String text = CliCommand.render(request("{}"), List.of(), destination, Redaction.NONE)
                .text();

        assertThat(text)
                .isEqualTo("aws appflow create-connector-profile --profile 'team a'\"'\"'s' --region us-east-1"
                        + " --endpoint-url http://127.0.0.1:8443/ --cli-input-json '{}'");
    }

    @Test
    void theDemoAndEnvironmentCredentialsAreNoCliProfile() {
        var demo = CliCommand.Destination.of(AwsProfile.demo(), "us-east-1", Optional.of("http://127.0.0.1:1234"));
        var environment = CliCommand.Destination.of(
                new AwsProfile(AwsProfile.ENVIRONMENT_NAME, ProfileKind.ENVIRONMENT, null, null),
                "eu-west-1",
                Optional.empty());
        var sso = CliCommand.Destination.of(
                new AwsProfile("dev-sso", ProfileKind.SSO, null, null), "eu-west-1", Optional.empty());

        assertThat(demo).isEqualTo(new CliCommand.Destination(null, "us-east-1", "http://127.0.0.1:1234"));
        assertThat(environment).isEqualTo(new CliCommand.Destination(null, "eu-west-1", null));
        assertThat(sso).isEqualTo(new CliCommand.Destination("dev-sso", "eu-west-1", null));
        assertThat(CliCommand.render(request("{}"), List.of(), environment, Redaction.NONE)
                        .text())
                .doesNotContain("--profile");
    }

    @Test
    void withoutSecretsEachSecretIsReadFromANamedVariableInsideASubshell() {
        ObjectNode request = request("{\"a\": {\"apiToken\": \"****\", \"user\": \"me\"}}");

        CliCommand.Rendered rendered = CliCommand.render(
                request, List.of(new RequestSecret("/a/apiToken", "API token")), PROD, Redaction.MASK);

        assertThat(rendered.text())
                .isEqualTo("( : \"${APPFLOW_SECRET_API_TOKEN:?set it to the API token of this connector profile}\""
                        + " && aws appflow create-connector-profile --profile prod --region eu-west-1"
                        + " --cli-input-json '{\"a\":{\"apiToken\":\"'\"$(printf '%s' \"$APPFLOW_SECRET_API_TOKEN\""
                        + " | sed 's/[\\\\\"]/\\\\&/g')\"'\",\"user\":\"me\"}}' )");
        assertThat(rendered.text()).doesNotContain("****");
        assertThat(rendered.variablesToSet()).containsExactly("APPFLOW_SECRET_API_TOKEN");
        assertThat(rendered.instructions())
                .isEqualTo("Set APPFLOW_SECRET_API_TOKEN in your shell before running it; it stops without it");
    }

    @Test
    void variableNamesComeFromTheMemberAndAreUnique() {
        ObjectNode request = request("""
                {"x": {"clientSecret": "1", "client_secret": "2", "oauth2": {"clientSecret": "3"},
                       "list": ["4", "5"], "x-api.key": "6", "日本": "7"}}""");
        List<RequestSecret> secrets = List.of(
                new RequestSecret("/x/clientSecret", "Client secret"),
                new RequestSecret("/x/client_secret", "Client secret"),
                new RequestSecret("/x/oauth2/clientSecret", "Client secret"),
                new RequestSecret("/x/list/0", "Keys 1"),
                new RequestSecret("/x/list/1", "Keys 2"),
                new RequestSecret("/x/x-api.key", "Key"),
                new RequestSecret("/x/日本", "Tokyo"));

        CliCommand.Rendered rendered = CliCommand.render(request, secrets, PROD, Redaction.MASK);

        assertThat(rendered.variablesToSet())
                .containsExactly(
                        "APPFLOW_SECRET_CLIENT_SECRET",
                        "APPFLOW_SECRET_X_CLIENT_SECRET",
                        "APPFLOW_SECRET_OAUTH2_CLIENT_SECRET",
                        "APPFLOW_SECRET_LIST_1",
                        "APPFLOW_SECRET_LIST_2",
                        "APPFLOW_SECRET_X_API_KEY",
                        "APPFLOW_SECRET_VALUE");
    }

    @Test
    void labelsAreMadeHarmlessInsideTheShellMessage() {
        CliCommand.Rendered rendered = CliCommand.render(
                request("{\"k\": \"****\"}"),
                List.of(new RequestSecret("/k", "Token} $(id) `x` \"q\" \\ ! › end")),
                PROD,
                Redaction.MASK);

        assertThat(rendered.text()).contains("${APPFLOW_SECRET_K:?set it to the Token (id) x q end of this");
    }

    @Test
    void theFormsSecretsAreTheOnesMaskingHides() {
        AuthFormSpec acme = FormFixtures.spec("acme-crm");
        AuthMethod apiToken = FormFixtures.method(acme, "custom:ApiToken");
        FormValues values = new FormValues();
        values.set("/connectorProfileName", "acme-prod");
        values.set("/connectionMode", "Public");
        values.set(CREDENTIALS_MAP + "apiToken", "tok-1");
        values.set(CREDENTIALS_MAP + "dataRegion", "eu");

        CliCommand.Rendered rendered = CliCommand.render(acme, apiToken, values, PROD, Redaction.MASK);

        // The model marks every credentialsMap value sensitive, so the region is read from a variable too.
        assertThat(rendered.variables())
                .containsExactly(
                        new CliCommand.Variable("APPFLOW_SECRET_API_TOKEN", "API token"),
                        new CliCommand.Variable("APPFLOW_SECRET_DATA_REGION", "Data region"));
        assertThat(rendered.text()).doesNotContain("tok-1", "****");
        assertThat(rendered.toString()).doesNotContain("tok-1");
        assertThat(CliCommand.render(acme, apiToken, values, PROD, Redaction.NONE)
                        .toString())
                .doesNotContain("tok-1");
        assertThat(FormCheck.check(acme, apiToken, values, MODEL).fieldMessages())
                .containsOnlyKeys(CREDENTIALS_MAP + "accountId");
    }

    @Test
    @SuppressWarnings("deprecation")
    void theOldFormStaysAsItWasForCallersNotMovedYet() {
        ObjectNode request = FormFixtures.NODES.objectNode().put("v", "it's");

        assertThat(CliCommand.render(request))
                .isEqualTo("aws appflow create-connector-profile --cli-input-json '{\"v\":\"it'\"'\"'s\"}'");
    }
}
