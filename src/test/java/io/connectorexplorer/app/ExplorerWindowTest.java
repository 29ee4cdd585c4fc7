package io.connectorexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.tree.ConfigNode;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.CannedResponse;
import io.connectorexplorer.testsupport.ClippedRows;
import io.connectorexplorer.testsupport.MemorySettings;
import io.connectorexplorer.testsupport.RecordingClipboard;
import io.connectorexplorer.testsupport.TestAppFlowEndpoint;
import io.connectorexplorer.testsupport.TestThreads;
import io.connectorexplorer.ui.common.DialogService;
import io.connectorexplorer.ui.common.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as a user drives it, headless, against a loopback AppFlow endpoint reached through the real
 * SDK client: a profile whose endpoint_url points at it, as a user would configure it.
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {

    @TempDir
    static Path folder;

    private TestAppFlowEndpoint endpoint;
    private Services services;
    private FxTaskRunner tasks;
    private ExplorerWindow window;
    private final RecordingClipboard clipboard = new RecordingClipboard();
    private final AtomicReference<Path> saveTarget = new AtomicReference<>();
    private final MemorySettings settings = new MemorySettings();

    @Start
    void start(Stage stage) throws Exception {
        endpoint = TestAppFlowEndpoint.start(catalogue());
        Path config = Files.writeString(folder.resolve("config-" + System.nanoTime()), """
                [profile explorer-test]
                region = eu-west-1
                endpoint_url = %s
                """.formatted(endpoint.uri()));
        Path credentials = Files.writeString(folder.resolve("credentials-" + System.nanoTime()), """
                [explorer-test]
                aws_access_key_id = TESTACCESSKEY
                aws_secret_access_key = test-secret-not-real
                """);
        AwsEnvironment env = new AwsEnvironment(
                Map.of(
                        "AWS_CONFIG_FILE", config.toString(),
                        "AWS_SHARED_CREDENTIALS_FILE", credentials.toString(),
                        "AWS_PROFILE", "explorer-test"),
                folder);
        services = Services.create(
                env,
                new AppFlowAccounts.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10)));
        tasks = new FxTaskRunner(TestThreads.background());
        DialogService dialogs = (title, name) -> Optional.ofNullable(saveTarget.get());
        window = ExplorerWindow.open(
                stage, services, settings, tasks, ExplorerWindow.Options.of(owner -> dialogs, clipboard));
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.shell().stage().close()).get(5, TimeUnit.SECONDS);
        tasks.close();
        services.close();
        endpoint.close();
    }

    @Test
    void theListFillsFromTheEndpointAndTheFilterNarrowsIt(FxRobot robot) {
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        waitUntil(() -> list.getItems().size() == 27 + 1);
        assertThat(robot.lookup("#connectorCount").queryAs(Label.class).getText())
                .isEqualTo("28 connectors");
        assertThat(robot.lookup("#statusProfile").queryAs(Label.class).getText())
                .isEqualTo("explorer-test");
        assertThat(robot.lookup("#statusRegion").queryAs(Label.class).getText()).isEqualTo("eu-west-1");
        assertThat(robot.lookup("#demoBanner").query().isVisible()).isFalse();

        robot.clickOn("#connectorFilter").write("acme");

        waitUntil(() -> list.getItems().size() == 1);
        assertThat(list.getItems().get(0).key().connectorLabel()).isEqualTo("acme-crm");
    }

    @Test
    void selectingAConnectorShowsItsWholeConfigurationAndSearchRevealsAMatch(FxRobot robot) {
        TreeTableView<ConfigNode> tree = robot.lookup("#configTree").query();
        selectConnector(robot, "Northwind");
        waitUntil(() -> tree.getRoot() != null);
        assertThat(tree.getRoot().getValue().value().path("connectorLabel").asText())
                .isEqualTo("northwind-tickets");

        robot.clickOn("#treeSearch").write("tokenUrls");

        waitUntil(() -> tree.getSelectionModel().getSelectedItem() != null);
        TreeItem<ConfigNode> selected = tree.getSelectionModel().getSelectedItem();
        assertThat(selected.getValue().path())
                .hasToString("$.connectorConfiguration.authenticationConfig.oAuth2Defaults.tokenUrls");
        assertThat(selected.getParent().isExpanded()).isTrue();
        assertThat(ClippedRows.in(tree))
                .as("configuration rows cut off at the bottom")
                .isEmpty();
        assertThat(ClippedRows.in(robot.lookup("#connectorList").query()))
                .as("connector rows cut off at the bottom")
                .isEmpty();

        robot.clickOn("#configTree")
                .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C)
                .release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> clipboard.text() != null);
        assertThat(clipboard.text()).startsWith("$.connectorConfiguration.");
    }

    @Test
    void exportWritesTheDescribeConnectorDocumentToTheChosenFile(FxRobot robot) throws Exception {
        Path target = folder.resolve("export-" + System.nanoTime() + ".json");
        saveTarget.set(target);
        selectConnector(robot, "Amazon S3");
        TreeTableView<ConfigNode> tree = robot.lookup("#configTree").query();
        waitUntil(() -> tree.getRoot() != null);

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);

        waitUntil(() -> Files.exists(target));
        JsonNode written = JsonFormat.parse(Files.readString(target));
        assertThat(written.path("connectorConfiguration").path("connectorType").asText())
                .isEqualTo("S3");
        assertThat(written.path("connectorConfiguration").path("canUseAsSource").asBoolean())
                .isTrue();
        assertThat(Files.readString(target)).startsWith("{\n    \"connectorConfiguration\": {\n");
    }

    @Test
    void aServerErrorShowsTheServiceMessageWithRetryAndRetrySucceeds(FxRobot robot) {
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        waitUntil(() -> list.getItems().size() == 28);
        AtomicBoolean failing = new AtomicBoolean(true);
        endpoint.setHook((operation, body) -> failing.get() && operation.equals("DescribeConnector")
                ? Optional.of(CannedResponse.error(500, "InternalServerException", "The service is having a bad day"))
                : Optional.empty());
        selectConnector(robot, "Zendesk");

        waitUntil(() -> robot.lookup("#problemBanner").query().isVisible());
        assertThat(robot.lookup("#problemDetail").queryAs(Label.class).getText())
                .contains("InternalServerException", "The service is having a bad day");
        assertThat(robot.lookup("#connectorFilter").queryAs(TextField.class).isDisabled())
                .isFalse();

        failing.set(false);
        robot.clickOn("#retryButton");

        TreeTableView<ConfigNode> tree = robot.lookup("#configTree").query();
        waitUntil(() -> tree.getRoot() != null);
        assertThat(tree.getRoot().getValue().value().path("connectorType").asText())
                .isEqualTo("Zendesk");
        assertThat(robot.lookup("#problemBanner").query().isVisible()).isFalse();
    }

    @Test
    void aConnectorWithThreeHundredAuthParametersOpensAndExpands(FxRobot robot) {
        selectConnector(robot, "Huge");
        TreeTableView<ConfigNode> tree = robot.lookup("#configTree").query();
        waitUntil(() -> tree.getRoot() != null);

        robot.clickOn("#expandAllButton");

        waitUntil(() -> tree.getExpandedItemCount() > 300 * 7);
        robot.clickOn("#treeSearch").write("param-299");
        waitUntil(() -> tree.getSelectionModel().getSelectedItem() != null);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().path().toString())
                .contains("authParameters[299]");
    }

    @Test
    void theConnectFormIsPreparedWhenItsTabOpensForTheConnectorThenShown(FxRobot robot) {
        selectConnector(robot, "Zendesk");
        TreeTableView<ConfigNode> tree = robot.lookup("#configTree").query();
        waitUntil(() -> tree.getRoot() != null);
        assertThat(window.connect().getSpec())
                .as("nothing built for a hidden tab")
                .isNull();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);

        waitUntil(() -> window.connect().getSpec() != null);
        assertThat(window.connect().getSpec().connectorName()).isEqualTo("Zendesk");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.clickOn("#connectorFilter");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Northwind").press(KeyCode.DOWN).release(KeyCode.DOWN);
        waitUntil(() -> window.connect().getSpec() == null);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> window.connect().getSpec() != null);
        assertThat(window.connect().getSpec().connectorName()).startsWith("Northwind");
    }

    @Test
    void expandAllAndCollapseAllKeepTheSelectedRowSelectedAndInView(FxRobot robot) {
        selectConnector(robot, "Huge");
        TreeTableView<ConfigNode> tree = robot.lookup("#configTree").query();
        waitUntil(() -> tree.getRoot() != null);
        robot.clickOn("#treeSearch").write("param-150");
        waitUntil(() -> tree.getSelectionModel().getSelectedItem() != null);
        var selected = tree.getSelectionModel().getSelectedItem();
        int collapsedRows = tree.getExpandedItemCount();

        robot.clickOn("#expandAllButton");

        waitUntil(() -> tree.getExpandedItemCount() > 300 * 7);
        assertThat(tree.getSelectionModel().getSelectedItem()).isSameAs(selected);
        assertThat(tree.getSelectionModel().getSelectedIndices()).containsExactly(tree.getRow(selected));
        assertThat(tree.getFocusModel().getFocusedItem()).isSameAs(selected);

        robot.clickOn("#collapseAllButton");

        waitUntil(() -> tree.getExpandedItemCount() < collapsedRows);
        assertThat(tree.getRoot().isExpanded()).isTrue();
        // Its parents are collapsed now: nothing hidden stays selected.
        assertThat(tree.getRow(selected)).isEqualTo(-1);
        assertThat(tree.getSelectionModel().getSelectedItem()).isNotSameAs(selected);
    }

    /** Types into the filter, then moves down the list to the connector, as a keyboard user does. */
    @Test
    void closingTheWindowRemembersItsBoundsThemeAndProfileButNoSecret(FxRobot robot) throws Exception {
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        waitUntil(() -> list.getItems().size() == 28);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.asyncFx(() -> {
                    window.shell().stage().setWidth(1000);
                    window.shell().stage().close();
                })
                .get(5, TimeUnit.SECONDS);

        assertThat(settings.values())
                .containsEntry("window.width", "1000.0")
                .containsEntry("theme", "DARK")
                .containsEntry("profile.last", "explorer-test")
                .containsKey("window.divider");
        assertThat(settings.values().toString()).doesNotContain("test-secret-not-real", "TESTACCESSKEY");
        assertThat(settings.flushes()).isPositive();
    }

    private void selectConnector(FxRobot robot, String name) {
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        waitUntil(() -> list.getItems().size() == 28);
        robot.clickOn("#connectorFilter").write(name);
        waitUntil(() -> list.getItems().stream().anyMatch(c -> c.name().startsWith(name)));
        int index = list.getItems()
                .indexOf(list.getItems().stream()
                        .filter(c -> c.name().startsWith(name))
                        .findFirst()
                        .orElseThrow());
        for (int i = 0; i <= index; i++) {
            robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        }
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null);
        assertThat(list.getSelectionModel().getSelectedItem().name()).startsWith(name);
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> condition.getAsBoolean());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 15 s", e);
        }
    }

    /** The demo catalogue plus a custom connector with 300 authentication parameters. */
    static DemoCatalogue catalogue() {
        List<JsonNode> configs = new ArrayList<>(DemoCatalogue.bundled().configurations());
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode huge = f.objectNode();
        huge.put("connectorType", "CustomConnector")
                .put("connectorLabel", "huge-connector")
                .put("connectorName", "Huge")
                .put("canUseAsSource", true)
                .put("canUseAsDestination", true);
        ObjectNode auth = huge.putObject("authenticationConfig").put("isCustomAuthSupported", true);
        ArrayNode params = auth.putArray("customAuthConfigs")
                .addObject()
                .put("customAuthenticationType", "Huge")
                .putArray("authParameters");
        for (int i = 0; i < 300; i++) {
            params.addObject()
                    .put("key", "param-" + i)
                    .put("isRequired", i % 2 == 0)
                    .put("label", "Parameter " + i)
                    .put("description", "Parameter number " + i)
                    .put("isSensitiveField", i % 5 == 0)
                    .putArray("connectorSuppliedValues")
                    .add("a")
                    .add("b");
        }
        configs.add(huge);
        return new DemoCatalogue(configs);
    }
}
