package io.connectorexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.demo.LoopbackAppFlowEndpoint;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.AppFlowTestAccount.Run;
import io.connectorexplorer.testsupport.CannedResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exit statuses and messages: 2 for input rejected before any call (and then no request reaches the endpoint),
 * 1 for a call that failed, each told on standard error in one or two lines without a stack trace.
 */
class CommandLineErrorsEndToEndTest {

    private static final String LABEL_256 = "a".repeat(256);
    private static final String LABEL_257 = "a".repeat(257);

    @TempDir
    Path folder;

    private AppFlowTestAccount account;

    @BeforeEach
    void start() throws Exception {
        account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder);
    }

    @AfterEach
    void stop() {
        account.close();
    }

    static Stream<Arguments> rejectedInput() {
        return Stream.of(
                Arguments.of(new String[] {"list", "--bogus"}, "connector-explorer list: unknown option '--bogus'"),
                Arguments.of(
                        new String[] {"describe", "--connector-type", "S3", "--colour", "red"},
                        "connector-explorer describe: unknown option '--colour'"),
                Arguments.of(new String[] {"describe"}, "connector-explorer describe: --connector-type is required"),
                Arguments.of(
                        new String[] {"describe", "--connector-label", "acme-crm"}, "--connector-type is required"),
                Arguments.of(new String[] {"describe", "--connector-type"}, "--connector-type needs a value"),
                Arguments.of(
                        new String[] {"describe", "--connector-type", "CustomConnector"},
                        "A CustomConnector needs a connector label (--connector-label)."),
                Arguments.of(
                        new String[] {"describe", "--connector-type", "CustomConnector", "--connector-label", "-acme"},
                        "The connector label must match [a-zA-Z0-9][\\w!@#.-]+"),
                Arguments.of(
                        new String[] {"describe", "--connector-type", "CustomConnector", "--connector-label", "acme crm"
                        },
                        "The connector label must match"),
                Arguments.of(
                        new String[] {"describe", "--connector-type", "CustomConnector", "--connector-label", "a"},
                        "The connector label must match"),
                Arguments.of(
                        new String[] {"describe", "--connector-type", "CustomConnector", "--connector-label", "acme/crm"
                        },
                        "The connector label must match"),
                Arguments.of(
                        new String[] {"describe", "--connector-type", "CustomConnector", "--connector-label", LABEL_257
                        },
                        "The connector label is 257 characters long; at most 256 are allowed."),
                Arguments.of(
                        new String[] {"describe", "--connector-type", "Salesforce", "--connector-label", "bad label"},
                        "The connector label must match"),
                Arguments.of(
                        new String[] {"list", "--profile", "nope"},
                        "the profile 'nope' is not in the AWS config or credentials files; known profiles: e2e"),
                Arguments.of(
                        new String[] {"describe", "--connector-type", "S3", "--profile", "nope"},
                        "the profile 'nope' is not in the AWS config or credentials files"),
                Arguments.of(
                        new String[] {"list", "--demo", "--profile", "e2e"}, "--demo and --profile cannot be combined"),
                Arguments.of(
                        new String[] {"export", "--output", "out.json"},
                        "connector-explorer export: --all is required (export one connector with 'describe --output FILE')"),
                Arguments.of(new String[] {"export", "--all"}, "--output FILE is required"),
                Arguments.of(new String[] {"export", "--all=yes", "--output", "x.json"}, "--all takes no value"),
                Arguments.of(
                        new String[] {"list", "--region", "eu-west-1", "--region", "us-east-1"},
                        "--region is given twice"),
                Arguments.of(new String[] {"list", "extra"}, "unexpected argument 'extra'"));
    }

    @ParameterizedTest
    @MethodSource("rejectedInput")
    void inputRejectedBeforeAnyCallExitsWithTwo(String[] args, String message) {
        Run run = account.run(args);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(message).contains("Try 'connector-explorer " + args[0] + " --help'.");
        assertThat(run.err().lines()).hasSize(2);
        assertThat(account.totalCalls())
                .as("requests that reached the endpoint")
                .isZero();
    }

    @Test
    void aProfileNamedByAwsProfileThatDoesNotExistExitsWithTwo() {
        Run run = account.run(Map.of("AWS_PROFILE", "missing"), "list");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "the profile 'missing' is not in the AWS config or credentials files (it comes from AWS_PROFILE)");
        assertThat(account.totalCalls()).isZero();
    }

    @Test
    void anUnknownProfileWhereNoneAreConfiguredPointsToTheDemo() {
        Run run = account.run(
                Map.of(
                        "AWS_CONFIG_FILE",
                        "/nonexistent/config",
                        "AWS_SHARED_CREDENTIALS_FILE",
                        "/nonexistent/credentials"),
                "list",
                "--profile",
                "nope");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err())
                .contains("the profile 'nope' is not in the AWS config or credentials files; "
                        + "no profiles are configured (--demo uses the built-in offline demo account)");
        assertThat(account.totalCalls()).isZero();
    }

    @Test
    void unknownCommandExitsWithTwoAndShowsTheOverview() {
        Run run = account.run("delete", "--all");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("connector-explorer: unknown command 'delete'")
                .contains("Commands:");
        assertThat(account.totalCalls()).isZero();
    }

    @Test
    void aLabelOfExactly256CharactersIsSentAndTheServiceAnswers() {
        Run run = account.run("describe", "--connector-type", "CustomConnector", "--connector-label", LABEL_256);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("ResourceNotFoundException (HTTP 404)");
        assertThat(account.endpoint().callCount("DescribeConnector")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "describe", "export"})
    void helpForEachSubcommandExitsWithZero(String command) {
        Run longForm = account.run(command, "--help");
        Run shortForm = account.run(command, "--connector-type", "S3", "-h");

        assertThat(longForm.exitCode()).isZero();
        assertThat(longForm.err()).isEmpty();
        assertThat(longForm.out())
                .startsWith("Usage: connector-explorer " + command)
                .contains("--profile P", "--region R");
        assertThat(shortForm.exitCode()).isZero();
        assertThat(shortForm.out()).isEqualTo(longForm.out());
        assertThat(account.totalCalls()).isZero();
    }

    @Test
    void overviewHelpExitsWithZeroAndNoArgumentsWithTwo() {
        assertThat(account.run("--help").exitCode()).isZero();
        assertThat(account.run("--help").out()).contains("Exit status: 0 success, 1 the call failed, 2 invalid input");
        assertThat(account.run().exitCode()).isEqualTo(2);
    }

    @Test
    void resourceNotFoundExitsWithOneAndTellsTheServiceCodeAndMessage() {
        Run type = account.run("describe", "--connector-type", "Nope");
        Run label =
                account.run("describe", "--connector-type", "CustomConnector", "--connector-label", "no-such-thing");

        assertThat(type.exitCode()).as(type.toString()).isEqualTo(1);
        assertThat(type.out()).isEmpty();
        assertThat(type.err())
                .isEqualTo(
                        "connector-explorer describe: DescribeConnector failed: ResourceNotFoundException (HTTP 404): "
                                + "Connector type Nope was not found." + System.lineSeparator()
                                + "Check the connector type and label, and that the account has access to AppFlow."
                                + System.lineSeparator());
        assertThat(label.exitCode()).isEqualTo(1);
        assertThat(label.err())
                .contains(
                        "ResourceNotFoundException",
                        "Connector with label no-such-thing was not found in this account.");
        assertNoStackTrace(type);
        assertNoStackTrace(label);
        // A 404 is not retried.
        assertThat(account.endpoint().callCount("DescribeConnector")).isEqualTo(2);
    }

    @Test
    void anInternalServerErrorOnEveryAttemptIsRetriedThenExitsWithOne() {
        account.endpoint()
                .setHook((operation, body) -> Optional.of(
                        CannedResponse.error(500, "InternalServerException", "Something broke inside AppFlow.")));

        Run run = account.run("describe", "--connector-type", "Salesforce");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains(
                        "DescribeConnector failed: InternalServerException (HTTP 500): Something broke inside AppFlow.")
                .contains("try again in a moment");
        assertNoStackTrace(run);
        assertThat(account.endpoint().callCount("DescribeConnector"))
                .as("attempts, retries included")
                .isGreaterThan(1);
    }

    @Test
    void anEndpointThatIsDownExitsWithOneAndNamesIt() throws Exception {
        URI down;
        try (LoopbackAppFlowEndpoint closed = LoopbackAppFlowEndpoint.start(DemoCatalogue.bundled())) {
            down = closed.uri();
        }
        account.writeConfig(account.profileSection(AppFlowTestAccount.PROFILE, down));

        Run run = account.run("list");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Cannot reach " + down + ": the connection was refused");
        assertNoStackTrace(run);
    }

    @Test
    void aSuccessfulResponseThatIsNotJsonExitsWithOne() {
        account.endpoint()
                .setHook((operation, body) -> Optional.of(new CannedResponse(
                        200,
                        Map.of("Content-Type", "text/html"),
                        "<html><body>Welcome to the captive portal</body></html>".getBytes(StandardCharsets.UTF_8))));

        Run describe = account.run("describe", "--connector-type", "Salesforce");
        Run list = account.run("list");

        assertThat(describe.exitCode()).as(describe.toString()).isEqualTo(1);
        assertThat(describe.out()).isEmpty();
        assertThat(describe.err())
                .contains("DescribeConnector failed: The endpoint " + account.endpointUri()
                        + " sent a response that is not valid AppFlow JSON.");
        assertThat(list.exitCode()).as(list.toString()).isEqualTo(1);
        assertThat(list.err()).contains("DescribeConnectors failed:", "not valid AppFlow JSON");
        assertNoStackTrace(describe);
        assertNoStackTrace(list);
    }

    @Test
    void aSuccessfulResponseWithoutAConfigurationExitsWithOne() {
        account.endpoint()
                .setHook((operation, body) ->
                        Optional.of(new CannedResponse(200, Map.of(), "{}".getBytes(StandardCharsets.UTF_8))));

        Run run = account.run("describe", "--connector-type", "Salesforce");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("DescribeConnector failed: The response has no connectorConfiguration object.");
    }

    @Test
    void aProfileWithoutCredentialsExitsWithOneBeforeAnyCall() throws Exception {
        account.writeConfig(account.profileSection(AppFlowTestAccount.PROFILE, account.endpointUri())
                + account.profileSection("nokeys", account.endpointUri()));

        Run run = account.run("describe", "--connector-type", "S3", "--profile", "nokeys");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Profile 'nokeys' cannot be used: no credentials");
        assertNoStackTrace(run);
        assertThat(account.totalCalls()).isZero();
    }

    @Test
    void aProfileWithAKeyIdButNoSecretExitsWithOneBeforeAnyCall() throws Exception {
        account.writeCredentials(
                "[" + AppFlowTestAccount.PROFILE + "]\naws_access_key_id = " + AppFlowTestAccount.ACCESS_KEY_ID + "\n");

        Run run = account.run("list");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err())
                .contains("aws_secret_access_key is missing")
                .doesNotContain(AppFlowTestAccount.ACCESS_KEY_ID);
        assertThat(run.log())
                .contains("aws_secret_access_key is missing")
                .doesNotContain(AppFlowTestAccount.ACCESS_KEY_ID);
        assertThat(account.totalCalls()).isZero();
    }

    @Test
    void credentialsThatCannotBeLoadedWhenCallingExitWithOneBeforeAnyRequest() throws Exception {
        Path missingProgram = folder.resolve("no-such-credential-helper");
        account.writeConfig(account.profileSection(AppFlowTestAccount.PROFILE, account.endpointUri())
                + account.profileSection("helper", account.endpointUri()) + "credential_process = " + missingProgram
                + "\n");

        Run run = account.run("describe", "--connector-type", "S3", "--profile", "helper");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("DescribeConnector failed:").contains("Check the profile's credentials");
        assertNoStackTrace(run);
        assertThat(account.totalCalls()).isZero();
    }

    @Test
    void aRequestTheEndpointRejectsAsUnsignedIsACredentialsFailure() {
        account.endpoint()
                .setHook((operation, body) -> Optional.of(CannedResponse.error(
                        403, "UnrecognizedClientException", "The security token included in the request is invalid.")));

        Run run = account.run("describe", "--connector-type", "S3");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "UnrecognizedClientException (HTTP 403): The security token included in the request is invalid.")
                .contains("Check the profile's credentials");
        assertThat(run.err() + run.out()).doesNotContain(AppFlowTestAccount.SECRET_ACCESS_KEY);
    }

    private static void assertNoStackTrace(Run run) {
        assertThat(run.err().lines())
                .as(run.toString())
                .noneMatch(line -> line.strip().startsWith("at io.")
                        || line.strip().startsWith("at software.")
                        || line.strip().startsWith("at java."))
                .noneMatch(line -> line.contains("Exception:") && line.contains("software.amazon"))
                .hasSizeLessThanOrEqualTo(2);
        assertThat(run.err() + run.out() + run.trace() + run.log())
                .doesNotContain(AppFlowTestAccount.SECRET_ACCESS_KEY);
    }
}
