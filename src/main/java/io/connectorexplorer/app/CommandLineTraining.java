package io.connectorexplorer.app;

import com.sun.net.httpserver.HttpExchange;
import io.connectorexplorer.cli.ConsoleMfaPrompt;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.demo.AppFlowRequest;
import io.connectorexplorer.infra.demo.AppFlowResponse;
import io.connectorexplorer.infra.demo.DemoAppFlowService;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.demo.LoopbackAppFlowEndpoint;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * For the installer build only, and off unless {@code -Dconnector-explorer.training=cli}: the command line's own
 * training run, from which the installers' second AOT cache is made — the one the start script names when the app is
 * started with arguments (packaging/linux/create-aot-cache.sh). A cache trained on the window holds JavaFX's and the
 * window's classes, which a command line would load at every start and never use, and misses what a real account's
 * command line does that the demo account's does not: read a profile from a config file, sign with its keys, ask STS
 * who they are, and keep what was read in the history.
 *
 * <p>So this run does that, in-process and against the demo catalogue on a loopback endpoint that answers STS too: a
 * static-keys profile in a config file of its own, in a settings folder of its own (its history included), and the
 * commands scripts run most. Their output is discarded. A failure prints why and exits with status 1, so the build
 * stops rather than ship a poor cache.
 */
final class CommandLineTraining {

    static final boolean ON = "cli".equals(System.getProperty("connector-explorer.training"));

    private static final String PROFILE = "training";
    private static final String STS_IDENTITY = "<GetCallerIdentityResponse"
            + " xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
            + "  <GetCallerIdentityResult>\n"
            + "    <Arn>arn:aws:iam::000000000000:user/training</Arn>\n"
            + "    <UserId>AIDATRAININGNOTREAL</UserId>\n"
            + "    <Account>000000000000</Account>\n"
            + "  </GetCallerIdentityResult>\n"
            + "  <ResponseMetadata><RequestId>training</RequestId></ResponseMetadata>\n"
            + "</GetCallerIdentityResponse>\n";

    private CommandLineTraining() {}

    /** Runs the training and exits: 0 when every command succeeded. */
    static void runAndExit() {
        int status;
        try {
            status = run();
        } catch (IOException | RuntimeException e) {
            System.err.println("command line training: " + e);
            status = 1;
        }
        System.exit(status);
    }

    /** The training itself: 0 when every command succeeded and the history kept what they read. */
    static int run() throws IOException {
        Path folder = Files.createTempDirectory("connector-explorer-cli-training");
        DemoAppFlowService appflow = new DemoAppFlowService(DemoCatalogue.bundled());
        try (LoopbackAppFlowEndpoint endpoint = LoopbackAppFlowEndpoint.start(exchange -> answer(exchange, appflow))) {
            Path config = folder.resolve("config");
            Files.writeString(
                    config,
                    "[profile " + PROFILE + "]\n"
                            + "region = us-east-1\n"
                            + "endpoint_url = " + endpoint.uri() + "\n"
                            + "aws_access_key_id = TRAINING-KEY-NOT-REAL\n"
                            + "aws_secret_access_key = training-secret-access-key-not-real\n");
            Path home = Files.createDirectories(folder.resolve("home"));
            AwsEnvironment environment = new AwsEnvironment(
                    Map.of(
                            "AWS_CONFIG_FILE", config.toString(),
                            "AWS_SHARED_CREDENTIALS_FILE",
                                    folder.resolve("no-credentials").toString(),
                            "AWS_PROFILE", PROFILE,
                            "CONNECTOR_EXPLORER_HOME", home.toString()),
                    home);
            // As the launcher does for every command line.
            Daemon.start("read-ahead", Services::readAhead);
            PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
            for (List<String> command : commands(folder)) {
                try (Services services =
                        Services.create(environment, AppFlowAccounts.Timeouts.DEFAULT, new ConsoleMfaPrompt())) {
                    int status = CommandLines.create(services).run(command.toArray(String[]::new), discard, System.err);
                    if (status != 0) {
                        System.err.println("command line training: " + String.join(" ", command)
                                + " exited with status " + status);
                        return 1;
                    }
                }
            }
            // The history kept what was read, so its classes are in the cache too (STS answered, SQLite wrote).
            if (!Files.isRegularFile(home.resolve("history.db"))) {
                System.err.println("command line training: the history kept nothing in " + home);
                return 1;
            }
            return 0;
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** What scripts run most, each in a JVM of its own in real use: a fresh set of services each here too. */
    private static List<List<String>> commands(Path folder) {
        return List.of(
                List.of("describe", "--connector-type", "Salesforce"),
                List.of("list", "--json"),
                List.of("list"),
                List.of(
                        "export",
                        "--all",
                        "--output",
                        folder.resolve("export.json").toString()),
                List.of("connections", "--connector-type", "Salesforce"),
                List.of("entities", "--connection", "salesforce-prod", "--json"),
                List.of("entity", "--connection", "salesforce-prod", "--entity", "Account"),
                List.of("flows", "--json"),
                List.of("history"));
    }

    /** STS's GetCallerIdentity (query protocol: a form body), else AppFlow as the demo answers it. */
    private static void answer(HttpExchange exchange, DemoAppFlowService appflow) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
            exchange.getRequestBody().readAllBytes();
            byte[] body = STS_IDENTITY.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } else {
            AppFlowRequest.read(exchange)
                    .map(appflow::answer)
                    .orElseGet(AppFlowResponse::notJson)
                    .sendTo(exchange);
        }
        exchange.close();
    }
}
