package io.connectorexplorer.testsupport;

import io.connectorexplorer.app.CommandLines;
import io.connectorexplorer.app.Services;
import io.connectorexplorer.core.diagnostics.RequestTrace;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.demo.DemoConnections;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An AWS account for end-to-end tests: a {@link TestAppFlowEndpoint} serving a catalogue, AWS config and
 * credentials files in a temporary folder whose profile {@value #PROFILE} points at it with {@code endpoint_url},
 * and the real command line built over those files — real SDK client, signing, retries and parsing.
 * Each {@link #run} builds fresh {@link Services}, so a test may rewrite the files or pass variables between runs,
 * and keeps, besides what was printed, the request trace ({@code --debug}'s blocks, followed for every run whether it
 * asked for them or not) and the lines the run added to the diagnostic log (in the settings folder under the account's
 * home, {@code .config/connector-explorer} on Linux).
 */
public final class AppFlowTestAccount implements AutoCloseable {

    public static final String PROFILE = "e2e";
    public static final String PROFILE_REGION = "eu-west-1";
    /** Fake keys, shaped like none that AWS issues (no AKIA/ASIA prefix): the endpoint only checks the signature's shape. */
    public static final String ACCESS_KEY_ID = "TESTKEYE2E0000000000";

    public static final String SECRET_ACCESS_KEY = "e2e-test-secret-key-not-a-real-one";
    /** The operations the endpoint answers (CreateConnectorProfile apart). */
    public static final List<String> OPERATIONS = List.of(
            "DescribeConnectors",
            "ListConnectors",
            "DescribeConnector",
            "DescribeConnectorProfiles",
            "ListConnectorEntities",
            "DescribeConnectorEntity",
            "ResetConnectorMetadataCache",
            "ListFlows",
            "DescribeFlow");
    /** Short, so a test that goes wrong fails in seconds, but long enough for a slow build machine. */
    public static final AppFlowAccounts.Timeouts TIMEOUTS =
            new AppFlowAccounts.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(15));

    private final TestAppFlowEndpoint endpoint;
    private final Path folder;
    private final Path configFile;
    private final Path credentialsFile;
    private AppFlowAccounts.Timeouts timeouts = TIMEOUTS;

    private AppFlowTestAccount(TestAppFlowEndpoint endpoint, Path folder) {
        this.endpoint = endpoint;
        this.folder = folder;
        this.configFile = folder.resolve("aws-config");
        this.credentialsFile = folder.resolve("aws-credentials");
    }

    /** Starts the endpoint and writes the files for profile {@value #PROFILE} into {@code folder}. */
    public static AppFlowTestAccount start(DemoCatalogue catalogue, Path folder) throws IOException {
        return started(TestAppFlowEndpoint.start(catalogue), folder);
    }

    /** As {@link #start(DemoCatalogue, Path)}, the endpoint serving {@code connections} (connections, entities, flows). */
    public static AppFlowTestAccount start(DemoCatalogue catalogue, DemoConnections connections, Path folder)
            throws IOException {
        return started(TestAppFlowEndpoint.start(catalogue, connections), folder);
    }

    private static AppFlowTestAccount started(TestAppFlowEndpoint endpoint, Path folder) throws IOException {
        AppFlowTestAccount account = new AppFlowTestAccount(endpoint, folder);
        account.writeConfig(account.profileSection(PROFILE, account.endpointUri()));
        account.writeCredentials(credentialsSection(PROFILE));
        return account;
    }

    /** {@code [profile NAME]} with the region {@value #PROFILE_REGION} and {@code endpoint_url}. */
    public String profileSection(String name, URI endpointUrl) {
        return "[profile " + name + "]\nregion = " + PROFILE_REGION + "\nendpoint_url = " + endpointUrl + "\n";
    }

    /** {@code [NAME]} with the fake static keys, for the credentials file. */
    public static String credentialsSection(String name) {
        return "[" + name + "]\naws_access_key_id = " + ACCESS_KEY_ID + "\naws_secret_access_key = " + SECRET_ACCESS_KEY
                + "\n";
    }

    public void writeConfig(String content) throws IOException {
        Files.writeString(configFile, content);
    }

    public void writeCredentials(String content) throws IOException {
        Files.writeString(credentialsFile, content);
    }

    /** The timeouts of the runs from now on, instead of {@link #TIMEOUTS}: shorter for a slow answer, longer for a huge one. */
    public void useTimeouts(AppFlowAccounts.Timeouts timeouts) {
        this.timeouts = timeouts;
    }

    public TestAppFlowEndpoint endpoint() {
        return endpoint;
    }

    public URI endpointUri() {
        return endpoint.uri();
    }

    public Path folder() {
        return folder;
    }

    /** The variables every run sees: the two files and {@code AWS_PROFILE=e2e}; nothing from the real environment. */
    public Map<String, String> variables() {
        return Map.of(
                "AWS_CONFIG_FILE", configFile.toString(),
                "AWS_SHARED_CREDENTIALS_FILE", credentialsFile.toString(),
                "AWS_PROFILE", PROFILE);
    }

    /** Requests that reached this account's endpoint, over all operations. */
    public int totalCalls() {
        return totalCalls(endpoint);
    }

    /** Requests that reached an endpoint, over all operations. */
    public static int totalCalls(TestAppFlowEndpoint endpoint) {
        return OPERATIONS.stream().mapToInt(endpoint::callCount).sum();
    }

    public Run run(String... args) {
        return run(Map.of(), args);
    }

    /** Runs the command line with {@link #variables()} plus {@code extra} (a null value removes a variable). */
    public Run run(Map<String, String> extra, String... args) {
        Map<String, String> variables = new HashMap<>(variables());
        extra.forEach((name, value) -> {
            if (value == null) {
                variables.remove(name);
            } else {
                variables.put(name, value);
            }
        });
        return runIn(variables, folder, timeouts, args);
    }

    /**
     * Runs the command line in-process as {@link #run} does, with exactly {@code variables} and the home folder
     * {@code home}: for tests that write their own AWS configuration (several accounts, say).
     */
    public static Run runIn(
            Map<String, String> variables, Path home, AppFlowAccounts.Timeouts timeouts, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StringBuffer trace = new StringBuffer();
        int status;
        Path logFolder;
        String logBefore;
        try (Services services = Services.create(new AwsEnvironment(variables, home), timeouts);
                PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            logFolder = services.logFolder();
            logBefore = DiagnosticLogs.read(logFolder);
            try (RequestTrace.Following following =
                    services.aws().requestTrace().follow(trace::append)) {
                status = CommandLines.create(services).run(args, outStream, errStream);
            }
        }
        // Closing the services wrote out the log; a run adds to the end of it.
        String log = DiagnosticLogs.read(logFolder);
        return new Run(
                status,
                out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8),
                trace.toString(),
                log.startsWith(logBefore) ? log.substring(logBefore.length()) : log);
    }

    @Override
    public void close() {
        endpoint.close();
    }

    /**
     * What one command-line run printed, and its exit status; the request trace of its calls, and the lines it added
     * to the diagnostic log.
     */
    public record Run(int exitCode, String out, String err, String trace, String log) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err + "\n--- log ---\n"
                    + log;
        }
    }
}
