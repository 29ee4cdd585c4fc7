package io.connectorexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.demo.LoopbackAppFlowEndpoint;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.AppFlowTestAccount.Run;
import io.connectorexplorer.testsupport.FaultPlan;
import io.connectorexplorer.testsupport.Faults;
import io.connectorexplorer.testsupport.SecretSentinels;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --debug}: each request and response as a block on standard error — method, URL, headers with the key id,
 * signature and session token masked, status, request ID, time, and the body of an error with the credentials it
 * quotes masked — while standard output stays the same byte for byte. The profile's keys and session token are
 * sentinels, looked for in everything printed.
 */
class DebugOptionEndToEndTest {

    @TempDir
    Path folder;

    private AppFlowTestAccount account;
    private final FaultPlan faults = new FaultPlan();

    @BeforeEach
    void start() throws Exception {
        account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder);
        account.writeCredentials(SecretSentinels.credentialsSection(AppFlowTestAccount.PROFILE));
        account.endpoint().setHook(faults);
    }

    @AfterEach
    void stop() {
        account.close();
    }

    @Test
    void standardOutputIsTheSameByteForByteWithAndWithoutDebug() {
        Path exported = folder.resolve("all.json");
        List<String[]> commands = List.of(
                new String[] {"list"},
                new String[] {"list", "--json"},
                new String[] {"describe", "--connector-type", "S3"},
                new String[] {"describe", "--connector-type", "Nope"},
                new String[] {"export", "--all", "--output", exported.toString()},
                new String[] {"list", "--bogus"});
        for (String[] command : commands) {
            Run plain = checked(account.run(command));
            Run after = checked(account.run(with(command, "--debug")));
            Run before = checked(account.run(with(new String[] {"--debug"}, command)));

            String what = String.join(" ", command);
            assertThat(after.out()).as(what).isEqualTo(plain.out());
            assertThat(before.out()).as(what).isEqualTo(plain.out());
            assertThat(after.exitCode()).as(what).isEqualTo(plain.exitCode());
            assertThat(before.exitCode()).as(what).isEqualTo(plain.exitCode());
            // What the command tells without --debug comes last, as it was.
            assertThat(after.err()).as(what).endsWith(plain.err()).startsWith("[debug] connector-explorer ");
            assertThat(before.err()).as(what).endsWith(plain.err()).startsWith("[debug] connector-explorer ");
        }
    }

    @Test
    void eachRequestAndResponseIsABlockWithTheCredentialsMasked() {
        Run run = checked(account.run("describe", "--connector-type", "S3", "--debug"));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        String err = run.err();
        String n = System.lineSeparator();
        // Numbered in the order calls start: the history's GetCallerIdentity runs beside it, so it may be #1 or #2.
        String call = numbered(err, "Appflow DescribeConnector (profile e2e, eu-west-1)") + ", attempt 1";
        assertThat(err)
                .contains("diagnostic log in " + folder)
                .contains(call + n + "> POST " + account.endpointUri() + "/describe-connector" + n)
                .containsPattern("> Authorization: AWS4-HMAC-SHA256 Credential=\\*\\*\\*\\*/\\d{8}/eu-west-1/appflow/"
                        + "aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=\\*\\*\\*\\*\\R")
                .contains("> X-Amz-Security-Token: ****" + n)
                .containsPattern(java.util.regex.Pattern.quote(call) + ": HTTP 200 in \\d+ ms, request ID \\S+\\R")
                .doesNotContain("canUseAsSource")
                .doesNotContain(AppFlowTestAccount.SECRET_ACCESS_KEY);
        assertThat(run.out()).contains("canUseAsSource");
    }

    @Test
    void theBodyOfAnErrorIsShownWithTheCredentialsItQuotesMasked() {
        faults.always("DescribeConnector", Faults.signatureMismatchQuotingTheRequest());

        Run run = checked(account.run("describe", "--connector-type", "S3", "--debug"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("attempt 1: HTTP 403 in ")
                .containsPattern("(?i)< x-amzn-ErrorType: SignatureDoesNotMatch")
                .contains("< {\"message\":\"The request signature we calculated does not match")
                .contains("x-amz-security-token:****", "Credential=****/", "Signature=****")
                .contains(numbered(run.err(), "Appflow DescribeConnector (profile e2e, eu-west-1)")
                        + " failed after 1 attempt in ");
    }

    @Test
    void anAttemptWithoutAnAnswerIsToldAndSoIsTheCallsFailure() throws Exception {
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

        Run run = checked(account.run(environment, "list", "--debug"));

        assertThat(run.exitCode()).isEqualTo(1);
        String call = numbered(run.err(), "Appflow DescribeConnectors (profile Environment variables, eu-central-1)");
        assertThat(run.err())
                .contains(call + ", attempt 1" + System.lineSeparator() + "> POST " + down + "/describe-connectors")
                .containsPattern(java.util.regex.Pattern.quote(call + ", attempt 1: no response after ") + "\\d+ ms")
                .containsPattern(java.util.regex.Pattern.quote(call + " failed after ")
                        + "\\d+ attempts? in \\d+ ms: ConnectException: ")
                .endsWith("Cannot reach " + down + ": the connection was refused or the network is down."
                        + System.lineSeparator() + "Check the network connection, proxy and the endpoint, then retry."
                        + System.lineSeparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "describe", "export", "login"})
    void everySubcommandsHelpTellsOfDebug(String command) {
        Run help = account.run(command, "--help");

        assertThat(help.out()).contains("--debug ", "standard error");
    }

    @Test
    void debugTakesNoValue() {
        Run run = account.run("list", "--debug=yes");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("connector-explorer list: --debug takes no value");
        assertThat(account.totalCalls()).isZero();
    }

    /**
     * No sentinel printed, traced or logged; nor in any file the run left beside the test's own — the history's
     * database among them, read byte for byte (the sentinels are ASCII).
     */
    private Run checked(Run run) {
        for (String text : List.of(run.out(), run.err(), run.trace(), run.log())) {
            SecretSentinels.assertNoneIn(run.toString(), text);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().startsWith("aws-")) {
                    SecretSentinels.assertNoneIn(
                            file.toString(), Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return run;
    }

    private static String[] with(String[] first, String... then) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(then));
        return all.toArray(String[]::new);
    }

    /** "[debug] #N what": the number the trace gave the first call told as {@code what}. */
    private static String numbered(String err, String what) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "\\[debug] #(\\d+) " + java.util.regex.Pattern.quote(what))
                .matcher(err);
        assertThat(m.find()).as("a call told as " + what + " in:%n%s", err).isTrue();
        return "[debug] #" + m.group(1) + " " + what;
    }
}
