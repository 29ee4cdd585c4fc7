package io.connectorexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.tree.ConfigNode;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.demo.LoopbackAppFlowEndpoint;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.CannedResponse;
import io.connectorexplorer.testsupport.DiagnosticLogs;
import io.connectorexplorer.testsupport.FaultPlan;
import io.connectorexplorer.testsupport.Faults;
import io.connectorexplorer.testsupport.HugeConfiguration;
import io.connectorexplorer.testsupport.MemorySettings;
import io.connectorexplorer.testsupport.RecordingClipboard;
import io.connectorexplorer.testsupport.SecretSentinels;
import io.connectorexplorer.testsupport.TestAppFlowEndpoint;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The faults of {@code FaultInjectionEndToEndTest} as a user meets them in the window, one window per test and
 * several faults in sequence: what the SDK retries never shows; a lasting fault shows in the problem banner, says
 * what happened and where, and Retry recovers once the fault is gone; a slow answer can be left before it times out
 * and its late answer never shows; an endpoint that is down is named. Each problem shown is in the diagnostic log.
 * The profiles' keys and session tokens are sentinels that no banner, status text, export, setting, line of the
 * diagnostic log or of the request trace (--debug's) may contain.
 */
@ExtendWith(ApplicationExtension.class)
class FaultInjectionWindowTest {

    /** Room for 50 MB through the SDK on a slow build machine. */
    private static final AppFlowAccounts.Timeouts ROOMY =
            new AppFlowAccounts.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(120));
    /** A held answer times out in four seconds; a loopback answer takes a few milliseconds. */
    private static final AppFlowAccounts.Timeouts SHORT =
            new AppFlowAccounts.Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));

    private static final int CONNECTORS =
            DemoCatalogue.bundled().configurations().size();

    @TempDir
    Path folder;

    private TestAppFlowEndpoint endpoint;
    private URI down;
    private final FaultPlan faults = new FaultPlan();
    private final CountDownLatch release = new CountDownLatch(1);
    private final MemorySettings settings = new MemorySettings();
    private final RecordingClipboard clipboard = new RecordingClipboard();
    private final AtomicReference<Path> saveTarget = new AtomicReference<>();
    /** Every text the window showed in its banner and status bar during the test. */
    private final List<String> shownTexts = new CopyOnWriteArrayList<>();
    /** Each request and response, as --debug would print them. */
    private final StringBuffer trace = new StringBuffer();

    private Services services;
    private SettlingTaskRunner tasks;
    private ExplorerWindow window;

    @BeforeEach
    void endpoints() throws Exception {
        endpoint = TestAppFlowEndpoint.start(DemoCatalogue.bundled());
        endpoint.setHook(faults);
        try (LoopbackAppFlowEndpoint closed = LoopbackAppFlowEndpoint.start(DemoCatalogue.bundled())) {
            down = closed.uri();
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        release.countDown();
        if (window != null) {
            WaitForAsyncUtils.asyncFx(() -> window.shell().stage().close()).get(5, TimeUnit.SECONDS);
            // Closing the window saved its settings: none may hold a credential.
            SecretSentinels.assertNoneIn("settings", settings.values().toString());
        }
        shownTexts.forEach(text -> SecretSentinels.assertNoneIn("a text the window showed", text));
        if (tasks != null) {
            tasks.close();
        }
        if (services != null) {
            services.close();
            // Closing wrote out the log: it has the window's calls and problems, and no credential; nor has the trace.
            String log = DiagnosticLogs.read(services.logFolder());
            assertThat(log).contains(" call Appflow DescribeConnectors profile=faults ", " problem title=");
            assertThat(trace).contains("Appflow DescribeConnectors (profile faults, eu-west-1), attempt 1");
            SecretSentinels.assertNoneIn("the diagnostic log", log);
            SecretSentinels.assertNoneIn("the request trace", trace.toString());
        }
        endpoint.close();
    }

    @Test
    void aSlowAnswerCanBeLeftRetriedFaultsNeverShowLastingOnesShowInTheBannerAndRetryRecovers(FxRobot robot)
            throws Exception {
        open(robot, ROOMY);
        TreeTableView<ConfigNode> tree = robot.lookup("#configTree").query();
        Node spinner = robot.lookup("#statusProgress").query();

        // Switching to another connector while one is slow (a minute before it would time out): the other shows
        // at once, the spinner stops, and the slow one's late answer is dropped.
        faults.alwaysDescribe(
                "Zendesk",
                Faults.heldUntil(
                        release,
                        Faults.ok(
                                "{\"connectorConfiguration\":{\"connectorType\":\"Zendesk\",\"connectorName\":\"Late answer\"}}")));
        select(robot, "Zendesk");
        waitUntil(() -> !describeAttempts("Zendesk").isEmpty() && spinner.isVisible());
        select(robot, "Amazon S3");
        waitUntil(() -> rootName(tree).equals("Amazon S3") && !spinner.isVisible());
        int shownBefore = shownTexts.size();
        release.countDown();
        waitUntil(() -> tasks.unsettled() == 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rootName(tree)).isEqualTo("Amazon S3");
        assertThat(bannerVisible(robot)).isFalse();
        assertThat(shownTexts.subList(shownBefore, shownTexts.size())).noneMatch(text -> text.contains("Zendesk"));
        faults.clear();

        // 500, 503 and 429 are retried by the SDK: the user sees only the configuration.
        faults.nextDescribe(
                "Dynatrace",
                Faults.error(500, "InternalServerException", "Broken."),
                Faults.error(503, "ServiceUnavailableException", "Later."),
                Faults.throttled());
        select(robot, "Dynatrace");
        waitUntil(() -> rootName(tree).equals("Dynatrace"));
        assertThat(bannerVisible(robot)).isFalse();
        assertThat(describeAttempts("Dynatrace")).containsExactly(true, true, true, false);

        // Lasting faults, one after the other on the same connector, each retried from the banner.
        String answer = "{\"connectorConfiguration\":{\"connectorType\":\"Datadog\",\"connectorName\":\"Datadog\"}}";
        String ep = endpoint.uri().toString();
        faults.alwaysDescribe("Datadog", Faults.resetMidBody(answer));
        select(robot, "Datadog");
        expectBanner(
                robot,
                "Could not describe Datadog",
                "DescribeConnector failed: The connection to " + ep + " broke off in the middle of the answer.");
        assertThat(tree.getRoot()).isNull();
        assertThat(spinner.isVisible()).as("spinner").isFalse();

        retryWith(robot, Faults.ok(answer.substring(0, 30)));
        expectBanner(
                robot,
                "Could not describe Datadog",
                "DescribeConnector failed: The endpoint " + ep + " sent a response that is not valid AppFlow JSON.");

        retryWith(robot, Faults.dropConnection());
        expectBanner(
                robot,
                "Could not describe Datadog",
                "DescribeConnector failed: The connection to " + ep + " broke off before an answer came.");

        retryWith(robot, Faults.huge(new HugeConfiguration("Datadog", "Too big", 65L << 20)));
        expectBanner(
                robot,
                "Could not describe Datadog",
                "DescribeConnector failed: The response is larger than 64 MB; it was not read.");

        retryWith(robot, Faults.error(502, "BadGatewayException", "The proxy gave up."));
        expectBanner(
                robot,
                "Could not describe Datadog",
                "DescribeConnector failed: BadGatewayException (HTTP 502): The proxy gave up.");

        // An error quoting the request's session token and key id shows without them.
        retryWith(robot, Faults.signatureMismatchQuotingTheRequest());
        Label detail = robot.lookup("#problemDetail").queryAs(Label.class);
        waitUntil(() -> bannerVisible(robot) && detail.getText().contains("SignatureDoesNotMatch"));
        assertThat(detail.getText()).contains("x-amz-security-token:****", "Credential=****/");
        // Each problem the banner showed is in the diagnostic log as shown: title, detail (one line) and advice.
        services.diagnosticLog().flush();
        assertThat(DiagnosticLogs.read(services.logFolder()))
                .contains(
                        " problem title=\"Could not describe Datadog\" detail=\"DescribeConnector failed: The connection to "
                                + ep + " broke off in the middle of the answer.\" advice=\"")
                .contains(
                        " problem title=\"Could not describe Datadog\" detail=\"DescribeConnector failed: BadGatewayException"
                                + " (HTTP 502): The proxy gave up.\"")
                .contains(" problem title=\"Could not describe Datadog\" detail=\""
                        + detail.getText().replace("\n", "\\n").replace("\"", "\\\"") + "\"");

        faults.clear();
        robot.clickOn("#retryButton");
        waitUntil(() -> rootName(tree).equals("Datadog"));
        Path small = folder.resolve("datadog.json");
        saveTarget.set(small);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> Files.exists(small));
        SecretSentinels.assertNoneIn("an export", Files.readString(small));
        assertThat(bannerVisible(robot)).isFalse();

        // 50 MB is under the limit: it opens like any other configuration, and exports whole.
        HugeConfiguration huge = new HugeConfiguration("Marketo", "Fifty megabytes", 50L << 20);
        faults.alwaysDescribe("Marketo", Faults.huge(huge));
        select(robot, "Marketo");
        waitUntil(() -> rootName(tree).equals("Fifty megabytes"));
        JsonNode parameters = tree.getRoot()
                .getValue()
                .value()
                .path("authenticationConfig")
                .path("customAuthConfigs")
                .path(0)
                .path("authParameters");
        assertThat(parameters.size()).isEqualTo(huge.parameterCount());
        Path export = folder.resolve("marketo.json");
        saveTarget.set(export);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> Files.exists(export));
        assertThat(Files.size(export)).isGreaterThan(huge.length());
        assertThat(bannerVisible(robot)).isFalse();
    }

    @Test
    void aSlowAnswerTimesOutNamingTheEndpointAndASlowReloadCanBeLeftForAnEndpointThatIsDown(FxRobot robot)
            throws Exception {
        open(robot, SHORT);
        TreeTableView<ConfigNode> tree = robot.lookup("#configTree").query();
        Node spinner = robot.lookup("#statusProgress").query();

        // A slow answer: a clear timeout naming the endpoint, and the spinner stops.
        CountDownLatch never = new CountDownLatch(1);
        try {
            faults.clear();
            faults.alwaysDescribe("Snowflake", Faults.heldUntil(never, Faults.ok("{}")));
            select(robot, "Snowflake");
            expectBanner(
                    robot,
                    "Could not describe Snowflake",
                    "DescribeConnector failed: No answer from " + endpoint.uri() + " in time.");
            assertThat(spinner.isVisible()).isFalse();
            assertThat(rootName(tree)).isEmpty();

            // Reloading is slow too; switching to a profile whose endpoint is down leaves it, and names that endpoint.
            faults.always("DescribeConnectors", Faults.heldUntil(never, Faults.ok("{}")));
            robot.clickOn("#reloadButton");
            ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
            waitUntil(() -> list.getItems().isEmpty()
                    && spinner.isVisible()
                    && !faults.arrivals("DescribeConnectors").isEmpty()
                    && faults.arrivals("DescribeConnectors")
                            .get(faults.arrivals("DescribeConnectors").size() - 1)
                            .faulted());
            ComboBox<AwsProfile> picker = robot.lookup("#profilePicker").queryComboBox();
            robot.interact(() -> picker.setValue(picker.getItems().stream()
                    .filter(p -> p.name().equals("down"))
                    .findFirst()
                    .orElseThrow()));
            expectBanner(
                    robot,
                    "Could not load the connectors of down in eu-west-1",
                    "DescribeConnectors failed: Cannot reach " + down
                            + ": the connection was refused or the network is down.");
        } finally {
            never.countDown();
        }
        waitUntil(() -> tasks.unsettled() == 0);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        assertThat(list.getItems())
                .as("the slow account's connectors, answered late")
                .isEmpty();
        assertThat(robot.lookup("#statusProfile").queryAs(Label.class).getText())
                .isEqualTo("down");
        assertThat(robot.lookup("#problemTitle").queryAs(Label.class).getText())
                .isEqualTo("Could not load the connectors of down in eu-west-1");
        assertThat(spinner.isVisible()).isFalse();
    }

    private void open(FxRobot robot, AppFlowAccounts.Timeouts timeouts) throws Exception {
        Path config = Files.writeString(folder.resolve("config"), """
                [profile faults]
                region = eu-west-1
                endpoint_url = %s

                [profile down]
                region = eu-west-1
                endpoint_url = %s
                """.formatted(endpoint.uri(), down));
        Path credentials = Files.writeString(
                folder.resolve("credentials"),
                SecretSentinels.credentialsSection("faults") + "\n" + SecretSentinels.credentialsSection("down"));
        services = Services.create(
                new AwsEnvironment(
                        Map.of(
                                "AWS_CONFIG_FILE",
                                config.toString(),
                                "AWS_SHARED_CREDENTIALS_FILE",
                                credentials.toString(),
                                "AWS_PROFILE",
                                "faults"),
                        folder),
                timeouts);
        services.aws().requestTrace().follow(trace::append);
        tasks = new SettlingTaskRunner();
        Stage stage = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            window = ExplorerWindow.open(
                    stage,
                    services,
                    settings,
                    tasks,
                    ExplorerWindow.Options.of(
                            owner -> (title, name) -> Optional.ofNullable(saveTarget.get()), clipboard));
            for (String id :
                    List.of("#problemTitle", "#problemDetail", "#statusMessage", "#statusState", "#statusIdentity")) {
                Label label = robot.lookup(id).queryAs(Label.class);
                label.textProperty().addListener((obs, old, text) -> shownTexts.add(id + ": " + text));
            }
        });
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        waitUntil(() -> list.getItems().size() == CONNECTORS);
    }

    /** Filters the list down to {@code name} and clicks it, as a user does. */
    private void select(FxRobot robot, String name) {
        TextField filter = robot.lookup("#connectorFilter").queryAs(TextField.class);
        robot.interact(() -> filter.setText(name));
        waitUntil(() -> cellOf(robot, name) != null);
        robot.clickOn(cellOf(robot, name));
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().name().equals(name));
    }

    private static Node cellOf(FxRobot robot, String name) {
        return robot.lookup("#connectorList .list-cell").queryAll().stream()
                .filter(node -> node instanceof ListCell<?> cell
                        && cell.getItem() instanceof ConnectorSummary item
                        && item.name().equals(name)
                        && cell.isVisible())
                .findFirst()
                .orElse(null);
    }

    /** Puts another lasting fault in place of the last one and clicks Retry in the banner. */
    private void retryWith(FxRobot robot, Supplier<CannedResponse> fault) {
        faults.clear();
        faults.alwaysDescribe("Datadog", fault);
        robot.clickOn("#retryButton");
    }

    private void expectBanner(FxRobot robot, String title, String detail) {
        Label titleLabel = robot.lookup("#problemTitle").queryAs(Label.class);
        Label detailLabel = robot.lookup("#problemDetail").queryAs(Label.class);
        waitUntil(() -> bannerVisible(robot) && detailLabel.getText().equals(detail));
        assertThat(titleLabel.getText()).isEqualTo(title);
        assertThat(robot.lookup("#retryButton").query().isVisible()).isTrue();
    }

    private static boolean bannerVisible(FxRobot robot) {
        return robot.lookup("#problemBanner").query().isVisible();
    }

    private List<Boolean> describeAttempts(String connectorType) {
        return faults.arrivals("DescribeConnector").stream()
                .filter(a -> a.body().path("connectorType").asText().equals(connectorType))
                .map(FaultPlan.Arrival::faulted)
                .toList();
    }

    private static String rootName(TreeTableView<ConfigNode> tree) {
        return tree.getRoot() == null
                ? ""
                : tree.getRoot().getValue().value().path("connectorName").asText();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }
}
