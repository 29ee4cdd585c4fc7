package io.connectorexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.demo.LoopbackAppFlowEndpoint;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.AppFlowTestAccount.Run;
import io.connectorexplorer.testsupport.CannedResponse;
import io.connectorexplorer.testsupport.FaultPlan;
import io.connectorexplorer.testsupport.Faults;
import io.connectorexplorer.testsupport.HugeConfiguration;
import io.connectorexplorer.testsupport.SecretSentinels;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The faults real networks and proxies produce, injected at a loopback AppFlow endpoint and met by the real SDK
 * through the command line: what the SDK retries succeeds as if nothing happened; everything else exits with 1 and
 * says on standard error, in a headline and a piece of advice, what happened and where — never a stack trace, and
 * never a credential (the profile's keys and session token are sentinels looked for in everything printed, in the
 * request trace that --debug prints, and in the diagnostic log).
 */
class FaultInjectionEndToEndTest {

    /** Short enough that a held answer fails in about three seconds, yet roomy for a loopback call. */
    private static final AppFlowAccounts.Timeouts SHORT =
            new AppFlowAccounts.Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(2500));
    /** Room to move 50 MB through the SDK on a slow build machine. */
    private static final AppFlowAccounts.Timeouts ROOMY =
            new AppFlowAccounts.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(120));

    private static final String NETWORK_ADVICE = "Check the network connection, proxy and the endpoint, then retry.";
    private static final String BAD_RESPONSE_ADVICE =
            "The endpoint did not answer like AppFlow; check the endpoint_url setting.";
    private static final String S3_ANSWER =
            "{\"connectorConfiguration\":{\"connectorType\":\"S3\",\"connectorName\":\"Amazon S3\","
                    + "\"canUseAsSource\":true,\"canUseAsDestination\":true,\"registeredAt\":1.7E9}}";
    private static final String[] DESCRIBE_S3 = {"describe", "--connector-type", "S3"};

    @TempDir
    Path folder;

    private AppFlowTestAccount account;
    private final FaultPlan faults = new FaultPlan();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws Exception {
        account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder);
        account.writeCredentials(SecretSentinels.credentialsSection(AppFlowTestAccount.PROFILE));
        account.endpoint().setHook(faults);
    }

    @AfterEach
    void stop() throws IOException {
        release.countDown();
        account.close();
        // Nothing the app wrote beside the test's own files holds a credential either.
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().startsWith("aws-") && Files.size(file) < (1 << 20)) {
                    SecretSentinels.assertNoneIn(file.toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
                }
            }
        }
    }

    // ---- retried by the SDK, then successful ----

    @Test
    void aServerErrorAndAnUnavailableServiceAreRetriedAndTheAnswerIsPrinted() throws Exception {
        faults.next(
                "DescribeConnector",
                Faults.error(500, "InternalServerException", "Something broke inside AppFlow."),
                Faults.error(503, "ServiceUnavailableException", "Try again later."));

        Run run = run(DESCRIBE_S3);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(JsonFormat.parse(run.out())
                        .path("connectorConfiguration")
                        .path("connectorName")
                        .asText())
                .isEqualTo("Amazon S3");
        assertThat(faults.arrivals("DescribeConnector"))
                .extracting(FaultPlan.Arrival::faulted)
                .containsExactly(true, true, false);
    }

    @Test
    void throttlingIsBackedOffThenTheCallSucceeds() throws Exception {
        faults.next("DescribeConnector", Faults.throttled(), Faults.throttled());
        faults.next("ListConnectors", Faults.throttled());

        Run describe = run(DESCRIBE_S3);
        List<FaultPlan.Arrival> attempts = faults.arrivals("DescribeConnector");
        Run list = run("list", "--json");

        assertThat(describe.exitCode()).as(describe.toString()).isZero();
        assertThat(JsonFormat.parse(describe.out())
                        .path("connectorConfiguration")
                        .path("connectorType")
                        .asText())
                .isEqualTo("S3");
        assertThat(attempts).extracting(FaultPlan.Arrival::faulted).containsExactly(true, true, false);
        // The SDK waits at least half its 500 ms throttling base delay before retrying (equal jitter); 200 ms is
        // well below that and far above the time a retry without any back-off takes on loopback.
        assertThat(millisBetween(attempts.get(0), attempts.get(1)))
                .as("pause before the first retry")
                .isGreaterThanOrEqualTo(200);
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(JsonFormat.parse(list.out()).size())
                .isEqualTo(DemoCatalogue.bundled().configurations().size());
        assertThat(faults.arrivals("ListConnectors"))
                .extracting(FaultPlan.Arrival::faulted)
                .containsExactly(true, false);
    }

    @Test
    void aConnectionResetInTheMiddleOfTheAnswerIsRetriedAndTheAnswerIsPrinted() throws Exception {
        faults.next(
                "DescribeConnector",
                Faults.resetMidBody(S3_ANSWER),
                Faults.truncated(S3_ANSWER),
                Faults.dropConnection());

        Run run = run(DESCRIBE_S3);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(JsonFormat.parse(run.out())
                        .path("connectorConfiguration")
                        .path("canUseAsSource")
                        .asBoolean())
                .isTrue();
        assertThat(faults.arrivals("DescribeConnector"))
                .extracting(FaultPlan.Arrival::faulted)
                .containsExactly(true, true, true, false);
    }

    // ---- failing on every attempt ----

    static Stream<Arguments> failures() {
        String half = S3_ANSWER.substring(0, S3_ANSWER.length() / 2);
        return Stream.of(
                failure(
                        "connection reset mid-answer",
                        Faults.resetMidBody(S3_ANSWER),
                        4,
                        "The connection to {endpoint} broke off in the middle of the answer.",
                        NETWORK_ADVICE),
                failure(
                        "connection closed before an answer",
                        Faults.dropConnection(),
                        4,
                        "The connection to {endpoint} broke off before an answer came.",
                        NETWORK_ADVICE),
                failure(
                        "body shorter than its Content-Length",
                        Faults.truncated(S3_ANSWER),
                        4,
                        "The connection to {endpoint} broke off in the middle of the answer.",
                        NETWORK_ADVICE),
                failure(
                        "truncated JSON",
                        Faults.ok(half),
                        4,
                        "The endpoint {endpoint} sent a response that is not valid AppFlow JSON.",
                        BAD_RESPONSE_ADVICE),
                failure(
                        "a JSON array",
                        Faults.ok("[{\"connectorConfiguration\":{}}]"),
                        4,
                        "The endpoint {endpoint} sent a response that is not valid AppFlow JSON.",
                        BAD_RESPONSE_ADVICE),
                failure(
                        "binary garbage",
                        Faults.raw(200, "application/octet-stream", new byte[] {
                            0, (byte) 0xFF, 0x13, (byte) 0x80, '{', (byte) 0xC3
                        }),
                        4,
                        "The endpoint {endpoint} sent a response that is not valid AppFlow JSON.",
                        BAD_RESPONSE_ADVICE),
                failure(
                        "an empty body",
                        Faults.ok(""),
                        1,
                        "The endpoint {endpoint} sent an empty response.",
                        BAD_RESPONSE_ADVICE),
                failure(
                        "a proxy's HTML error page",
                        Faults.raw(
                                502,
                                "text/html",
                                "<html><body><h1>502 Bad Gateway</h1></body></html>".getBytes(StandardCharsets.UTF_8)),
                        4,
                        "HTTP 502: The service reported an internal error.",
                        "The service had a problem; try again in a moment."),
                failure(
                        "an answer over the size limit",
                        Faults.huge(new HugeConfiguration("S3", "Too big", 65L << 20)),
                        1,
                        "The response is larger than 64 MB; it was not read.",
                        BAD_RESPONSE_ADVICE));
    }

    private static Arguments failure(
            String name, Supplier<CannedResponse> fault, int attempts, String message, String advice) {
        return Arguments.of(name, fault, attempts, message, advice);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aFaultOnEveryAttemptExitsWithOneAndSaysWhatHappened(
            String name, Supplier<CannedResponse> fault, int attempts, String message, String advice) {
        faults.always("DescribeConnector", fault);
        Path output = folder.resolve("s3.json");

        Run run = run("describe", "--connector-type", "S3", "--output", output.toString());

        assertFailed(
                run,
                "describe",
                "DescribeConnector failed: "
                        + message.replace("{endpoint}", account.endpointUri().toString()),
                advice);
        assertThat(faults.arrivals("DescribeConnector"))
                .as("attempts, retries included")
                .hasSize(attempts);
        assertThat(output).doesNotExist();
    }

    @Test
    void throttlingThatNeverStopsIsRetriedWithPausesWhileTheCallHasTimeThenSaysSo() {
        // A call may take 4 s in all and one attempt 1 s: throttled, it retries for 3 s, then tells the throttling.
        account.useTimeouts(
                new AppFlowAccounts.Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(4)));
        faults.always("DescribeConnector", Faults.throttled());

        Run run = run(DESCRIBE_S3);

        assertFailed(
                run,
                "describe",
                "DescribeConnector failed: ThrottlingException (HTTP 429): Rate exceeded",
                "The service is throttling requests; wait a little and try again.");
        List<FaultPlan.Arrival> attempts = faults.arrivals("DescribeConnector");
        assertThat(attempts).hasSizeGreaterThan(1);
        for (int i = 1; i < attempts.size(); i++) {
            assertThat(millisBetween(attempts.get(i - 1), attempts.get(i)))
                    .as("pause before attempt %d", i + 1)
                    .isGreaterThanOrEqualTo(200);
        }
        assertThat(millisBetween(attempts.get(0), attempts.get(attempts.size() - 1)))
                .as("the last attempt starts while the call has time for it")
                .isLessThan(3_000);
    }

    @Test
    void anErrorQuotingTheRequestsSessionTokenAndKeyIdIsPrintedWithoutThem() {
        faults.always("DescribeConnector", Faults.signatureMismatchQuotingTheRequest());
        faults.always("DescribeConnectors", Faults.signatureMismatchQuotingTheRequest());

        Run describe = run(DESCRIBE_S3);
        Run list = run("list");

        String advice = "Check the profile's credentials, or sign in again, then retry.";
        assertThat(describe.exitCode()).as(describe.toString()).isEqualTo(1);
        // The service's message spans lines, as AWS's does; it is printed whole, then the advice.
        assertThat(describe.err().lines()).as(describe.toString()).last().isEqualTo(advice);
        assertThat(describe.err())
                .startsWith("connector-explorer describe: DescribeConnector failed: SignatureDoesNotMatch "
                        + "(HTTP 403): The request signature we calculated does not match")
                .contains("x-amz-security-token:****")
                .contains("Credential=****/");
        assertThat(list.exitCode()).isEqualTo(1);
        assertThat(list.err())
                .contains("DescribeConnectors failed: SignatureDoesNotMatch", "x-amz-security-token:****");
        // checked(): neither run printed a sentinel.
    }

    @Test
    void anAnswerSlowerThanTheTimeoutFailsNamingTheEndpointWhetherHeadersOrBodyStall() {
        account.useTimeouts(SHORT);
        faults.always("DescribeConnector", Faults.heldUntil(release, Faults.ok(S3_ANSWER)));
        byte[] answer = S3_ANSWER.getBytes(StandardCharsets.UTF_8);
        faults.always(
                "DescribeConnectors",
                () -> CannedResponse.streamed(200, Map.of(), answer.length, out -> {
                    out.write(answer, 0, 10);
                    out.flush();
                    awaitRelease();
                    out.write(answer, 10, answer.length - 10);
                }));

        Run describe = run(DESCRIBE_S3);
        Run list = run("list");

        String timeout = "No answer from " + account.endpointUri() + " in time.";
        String advice = "The service did not answer in time; retry, or check the network.";
        assertFailed(describe, "describe", "DescribeConnector failed: " + timeout, advice);
        assertFailed(list, "list", "DescribeConnectors failed: " + timeout, advice);
    }

    @Test
    void aFiftyMegabyteAnswerIsDescribedAndWrittenWhole() throws Exception {
        account.useTimeouts(ROOMY);
        HugeConfiguration huge = new HugeConfiguration("S3", "Fifty megabytes", 50L << 20);
        faults.always("DescribeConnector", Faults.huge(huge));
        Path output = folder.resolve("huge.json");

        Run run = run("describe", "--connector-type", "S3", "--output", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Files.size(output)).isGreaterThan(huge.length());
        // Counted as a stream: the test itself keeps no 50 MB tree either.
        int parameters = 0;
        String lastKey = null;
        try (JsonParser parser = JsonFormat.mapper().getFactory().createParser(output.toFile())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && parser.currentName().equals("key")) {
                    parser.nextToken();
                    lastKey = parser.getText();
                    parameters++;
                }
            }
        }
        assertThat(parameters).isEqualTo(huge.parameterCount());
        assertThat(lastKey).isEqualTo(HugeConfiguration.key(huge.parameterCount() - 1));
        assertThat(faults.arrivals("DescribeConnector")).hasSize(1);
    }

    @Test
    void anExportStoppedByAFaultWritesNoFileAndNamesTheCall() {
        faults.alwaysDescribe("Zendesk", Faults.ok("{\"connectorConfiguration\": {\"connectorType\": \"Zen"));
        Path output = folder.resolve("all.json");

        Run run = run("export", "--all", "--output", output.toString());

        assertFailed(
                run,
                "export",
                "DescribeConnector failed: The endpoint " + account.endpointUri()
                        + " sent a response that is not valid AppFlow JSON.",
                BAD_RESPONSE_ADVICE);
        assertThat(output).doesNotExist();
    }

    @Test
    void anEndpointThatIsDownIsNamedWhenTheKeysComeFromTheEnvironment() throws Exception {
        URI down;
        try (LoopbackAppFlowEndpoint closed = LoopbackAppFlowEndpoint.start(DemoCatalogue.bundled())) {
            down = closed.uri();
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("AWS_PROFILE", null);
        environment.put("AWS_ACCESS_KEY_ID", SecretSentinels.ENV_ACCESS_KEY_ID);
        environment.put("AWS_SECRET_ACCESS_KEY", SecretSentinels.ENV_SECRET_ACCESS_KEY);
        environment.put("AWS_SESSION_TOKEN", SecretSentinels.ENV_SESSION_TOKEN);
        environment.put("AWS_REGION", "eu-central-1");
        environment.put("AWS_ENDPOINT_URL_APPFLOW", down.toString());
        Path output = folder.resolve("all.json");

        Run export = checked(account.run(environment, "export", "--all", "--output", output.toString()));
        Run describe = checked(account.run(environment, DESCRIBE_S3));

        String refused = "Cannot reach " + down + ": the connection was refused or the network is down.";
        assertFailed(export, "export", "DescribeConnectors failed: " + refused, NETWORK_ADVICE);
        assertFailed(describe, "describe", "DescribeConnector failed: " + refused, NETWORK_ADVICE);
        assertThat(output).doesNotExist();
    }

    private Run run(String... args) {
        return checked(account.run(args));
    }

    /** No sentinel in what the run printed, in its request trace (what --debug prints) or in its diagnostic log. */
    private static Run checked(Run run) {
        SecretSentinels.assertNoneIn("standard output", run.out());
        SecretSentinels.assertNoneIn("standard error", run.err());
        SecretSentinels.assertNoneIn("the request trace", run.trace());
        SecretSentinels.assertNoneIn("the diagnostic log", run.log());
        return run;
    }

    /** Exit 1, nothing on standard output, and exactly the headline and the advice on standard error. */
    private static void assertFailed(Run run, String command, String headline, String advice) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines())
                .as(run.toString())
                .containsExactly("connector-explorer " + command + ": " + headline, advice);
    }

    private static long millisBetween(FaultPlan.Arrival first, FaultPlan.Arrival second) {
        return TimeUnit.NANOSECONDS.toMillis(second.nanoTime() - first.nanoTime());
    }

    private void awaitRelease() {
        try {
            release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
