package io.connectorexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.AppFlowTestAccount.Run;
import io.connectorexplorer.testsupport.CannedResponse;
import io.connectorexplorer.testsupport.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Sample Response" of the DescribeConnector API reference, sent byte for byte for connector type Salesforce:
 * it has null members, connector types the SDK's enum does not know ("SALESFORCE", "Locke") and metadata members
 * the SDK's model lacks ("AppIntegrations", "Locke"). {@code describe} keeps every value that is not null and,
 * as the AWS CLI does, leaves out the null members.
 */
class ApiReferenceSampleEndToEndTest {

    private static final String SAMPLE = "api-reference-sample.json";

    @TempDir
    Path folder;

    private AppFlowTestAccount account;
    private byte[] sample;

    @BeforeEach
    void start() throws Exception {
        try (InputStream in = ApiReferenceSampleEndToEndTest.class.getResourceAsStream(SAMPLE)) {
            assertThat(in).as(SAMPLE).isNotNull();
            sample = in.readAllBytes();
        }
        account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder);
        account.endpoint()
                .setHook((operation, body) -> operation.equals("DescribeConnector")
                                && body.path("connectorType").asText().equals("Salesforce")
                        ? Optional.of(new CannedResponse(200, Map.of(), sample))
                        : Optional.empty());
    }

    @AfterEach
    void stop() {
        account.close();
    }

    @Test
    void keepsEveryValueThatIsNotNullAndDropsTheNullMembers() {
        Run run = account.run("describe", "--connector-type", "Salesforce");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode printed = JsonTrees.parse(run.out());
        JsonNode sent = JsonTrees.resource(ApiReferenceSampleEndToEndTest.class, SAMPLE);
        assertThat(printed).isEqualTo(JsonTrees.withoutNullMembers(sent));
        assertThat(run.out()).doesNotContain("null");

        JsonNode configuration = printed.get("connectorConfiguration");
        assertThat(names(configuration))
                .containsExactly(
                        "canUseAsDestination",
                        "canUseAsSource",
                        "connectorDescription",
                        "connectorMetadata",
                        "connectorType",
                        "isPrivateLinkEnabled",
                        "isPrivateLinkEndpointUrlRequired",
                        "logoURL",
                        "supportedDestinationConnectors",
                        "supportedSchedulingFrequencies",
                        "supportedTriggerTypes");
        assertThat(configuration.get("connectorType").asText()).isEqualTo("SALESFORCE");
        assertThat(configuration.get("connectorDescription").asText()).isEqualTo("Salesforce");
        assertThat(configuration.get("logoURL").asText()).isEqualTo("insert-logo-here");
        assertThat(configuration.get("isPrivateLinkEnabled").booleanValue()).isTrue();
        assertThat(configuration.get("isPrivateLinkEndpointUrlRequired").booleanValue())
                .isFalse();
        assertThat(texts(configuration.get("supportedDestinationConnectors")))
                .containsExactly(
                        "S3",
                        "Snowflake",
                        "Redshift",
                        "Salesforce",
                        "EventBridge",
                        "LookoutMetrics",
                        "Locke",
                        "Honeycode",
                        "Upsolver",
                        "CustomerProfiles",
                        "Zendesk",
                        "Marketo",
                        "CustomConnector");
        assertThat(texts(configuration.get("supportedSchedulingFrequencies")))
                .containsExactly("BYMINUTE", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "ONCE");
        assertThat(texts(configuration.get("supportedTriggerTypes"))).containsExactly("Scheduled", "OnDemand", "Event");
        assertThat(configuration.get("connectorMetadata"))
                .isEqualTo(
                        JsonTrees.parse("{\"Salesforce\": {\"oAuthScopes\": [\"api\", \"refresh_token\", \"id\"]}}"));
    }

    @Test
    void writesTheSameToAFile() throws IOException {
        Path file = folder.resolve("salesforce.json");

        Run toFile = account.run("describe", "--connector-type", "Salesforce", "--output", file.toString());
        Run toStdout = account.run("describe", "--connector-type", "Salesforce");

        assertThat(toFile.exitCode()).as(toFile.toString()).isZero();
        assertThat(Files.readString(file)).isEqualTo(toStdout.out());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }
}
