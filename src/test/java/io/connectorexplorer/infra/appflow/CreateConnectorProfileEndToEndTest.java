package io.connectorexplorer.infra.appflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.app.Services;
import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.diagnostics.RequestTrace;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.TargetResolver;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.CannedResponse;
import io.connectorexplorer.testsupport.DiagnosticLogs;
import io.connectorexplorer.testsupport.RecordingHook;
import io.connectorexplorer.testsupport.TestThreads;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CreateConnectorProfile through the real SDK: the JSON the user saw is what goes over the wire, with a client token. */
class CreateConnectorProfileEndToEndTest {

    private static final String REQUEST = """
            {
              "connectorProfileName": "acme-prod",
              "connectorType": "CustomConnector",
              "connectorLabel": "acme-crm",
              "connectionMode": "Public",
              "connectorProfileConfig": {
                "connectorProfileProperties": {
                  "CustomConnector": {"profileProperties": {"instanceUrl": "https://acme.example"}}
                },
                "connectorProfileCredentials": {
                  "CustomConnector": {
                    "authenticationType": "CUSTOM",
                    "custom": {"customAuthenticationType": "ApiToken", "credentialsMap": {"apiToken": "sentinel-secret-1"}}
                  }
                }
              }
            }
            """;

    @TempDir
    Path folder;

    private AppFlowTestAccount account;
    private Services services;
    private AccountSession session;
    private final RecordingHook requests = new RecordingHook();

    @BeforeEach
    void open() throws Exception {
        account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder);
        account.endpoint().setHook(requests);
        services = Services.create(new AwsEnvironment(account.variables(), folder), AppFlowTestAccount.TIMEOUTS);
        AwsProfile profile = TargetResolver.find(services.profiles().profiles(), AppFlowTestAccount.PROFILE)
                .orElseThrow();
        session = new AccountSession(
                new Target(profile, "eu-west-1"),
                services.accounts().open(new Target(profile, "eu-west-1")),
                TestThreads.SERVICE_CALLS);
    }

    @AfterEach
    void close() {
        session.close();
        services.close();
        account.close();
    }

    @Test
    void theRequestGoesOutAsComposedWithTheClientTokenAndTheArnComesBack() throws Exception {
        String arn = session.createConnectorProfile(JsonFormat.parse(REQUEST), "token-1");

        assertThat(arn).isEqualTo("arn:aws:appflow:eu-west-1:123456789012:connectorprofile/acme-prod");
        JsonNode sent = requests.requests().get(requests.requests().size() - 1).body();
        JsonNode expected = ((com.fasterxml.jackson.databind.node.ObjectNode) JsonFormat.parse(REQUEST))
                .put("clientToken", "token-1");
        assertThat(sent).isEqualTo(expected);
    }

    @Test
    void aRetryWithTheSameClientTokenDoesNotCreateASecondProfile() throws Exception {
        String first = session.createConnectorProfile(JsonFormat.parse(REQUEST), "token-1");
        String again = session.createConnectorProfile(JsonFormat.parse(REQUEST), "token-1");

        assertThat(again).isEqualTo(first);
        assertThat(account.endpoint().createdProfiles()).containsExactly("acme-prod");
    }

    @Test
    void aSecondProfileWithTheSameNameIsTheServicesConflictWithoutTheSecret() throws Exception {
        session.createConnectorProfile(JsonFormat.parse(REQUEST), "token-1");

        ServiceCallException conflict = catchThrowableOfType(
                ServiceCallException.class, () -> session.createConnectorProfile(JsonFormat.parse(REQUEST), "token-2"));

        assertThat(conflict.errorCode()).isEqualTo("ConflictException");
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.headline()).contains("acme-prod").doesNotContain("sentinel-secret-1");
    }

    @Test
    void neitherTheErrorNorTheRequestTraceNorTheLogHoldsTheSecretsOfACreateEvenWhenTheServiceQuotesThem()
            throws Exception {
        StringBuffer trace = new StringBuffer();
        try (RequestTrace.Following following = services.aws().requestTrace().follow(trace::append)) {
            session.createConnectorProfile(JsonFormat.parse(REQUEST), "token-1");
            account.endpoint()
                    .setHook((operation, body) -> Optional.of(CannedResponse.error(
                            400,
                            "ValidationException",
                            "Value '"
                                    + body.at("/connectorProfileConfig/connectorProfileCredentials/CustomConnector/"
                                                    + "custom/credentialsMap/apiToken")
                                            .asText()
                                    + "' at 'credentialsMap' failed to satisfy constraint")));
            ServiceCallException quoting = catchThrowableOfType(
                    ServiceCallException.class,
                    () -> session.createConnectorProfile(JsonFormat.parse(REQUEST), "token-2"));
            // What the window shows (and logs) and the command line prints: the message, with the secret masked.
            assertThat(quoting.headline())
                    .contains("ValidationException (HTTP 400): Value '****' at 'credentialsMap'")
                    .doesNotContain("sentinel-secret-1");
        }
        services.diagnosticLog().flush();
        String log = DiagnosticLogs.read(services.logFolder());

        assertThat(trace.toString())
                .contains("Appflow CreateConnectorProfile (profile e2e, eu-west-1), attempt 1: HTTP 200 in ")
                .contains("Appflow CreateConnectorProfile (profile e2e, eu-west-1), attempt 1: HTTP 400 in ")
                .contains("< (not shown: the request carried values the service model marks sensitive")
                .doesNotContain("sentinel-secret-1");
        assertThat(DiagnosticLogs.calls(log, "CreateConnectorProfile"))
                .hasSize(2)
                .anyMatch(line -> line.contains(" status=200 "))
                .anyMatch(line -> line.contains(" status=400 ") && line.endsWith(" error=ValidationException"));
        assertThat(log).doesNotContain("sentinel-secret-1");
    }

    @Test
    void theEndpointsRequestCheckTurnsProblemsIntoAValidationException() throws Exception {
        account.endpoint()
                .setRequestCheck(
                        (operation, body) -> java.util.List.of("connectorProfileName must match [\\w/!@#+=.-]+"));

        ServiceCallException invalid = catchThrowableOfType(
                ServiceCallException.class, () -> session.createConnectorProfile(JsonFormat.parse(REQUEST), "token-3"));

        assertThat(invalid.errorCode()).isEqualTo("ValidationException");
        assertThat(invalid.getMessage()).contains("connectorProfileName must match");
        assertThat(account.endpoint().createdProfiles()).isEmpty();
    }

    @Test
    void theModelCheckRefusesAValueOnlyPartlyInThePatternAsAppFlowWordsIt() throws Exception {
        var request = (com.fasterxml.jackson.databind.node.ObjectNode) JsonFormat.parse(REQUEST);
        request.put("connectorProfileName", "acme prod");

        ServiceCallException invalid = catchThrowableOfType(
                ServiceCallException.class, () -> session.createConnectorProfile(request, "token-4"));

        assertThat(invalid.errorCode()).isEqualTo("ValidationException");
        assertThat(invalid.getMessage())
                .contains("Value at '/connectorProfileName' failed to satisfy constraint: Member must satisfy regular"
                        + " expression pattern: [\\w/!@#+=.-]+")
                .doesNotContain("sentinel-secret-1");
        assertThat(account.endpoint().createdProfiles()).isEmpty();
    }

    @Test
    void theSessionKnowsTheEndpointUrlItsProfileSetsAndTheDemosLoopbackAddress() throws Exception {
        assertThat(session.endpointUrl()).hasValue(account.endpointUri().toString());

        Target demo = new Target(AwsProfile.demo(), "us-east-1");
        try (AccountSession demoSession =
                new AccountSession(demo, services.accounts().open(demo), TestThreads.SERVICE_CALLS)) {
            assertThat(demoSession.endpointUrl())
                    .hasValueSatisfying(url -> assertThat(url).startsWith("http://127.0.0.1:"));
        }

        account.writeConfig("[profile plain]\nregion = eu-west-1\n");
        account.writeCredentials(AppFlowTestAccount.credentialsSection("plain"));
        try (Services fresh =
                Services.create(new AwsEnvironment(account.variables(), folder), AppFlowTestAccount.TIMEOUTS)) {
            AwsProfile plain =
                    TargetResolver.find(fresh.profiles().profiles(), "plain").orElseThrow();
            Target target = new Target(plain, "eu-west-1");
            try (AccountSession plainSession =
                    new AccountSession(target, fresh.accounts().open(target), TestThreads.SERVICE_CALLS)) {
                assertThat(plainSession.endpointUrl()).isEmpty();
                assertThat(plainSession.endpointDescription()).isEqualTo("AppFlow in eu-west-1");
            }
        }
    }
}
