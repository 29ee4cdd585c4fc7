package io.connectorexplorer.app;

import static io.connectorexplorer.app.ConnectFormRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.connection.ConnectionSummary;
import io.connectorexplorer.core.connection.EntityField;
import io.connectorexplorer.core.connection.EntitySummary;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.ClippedRows;
import io.connectorexplorer.testsupport.MemorySettings;
import io.connectorexplorer.testsupport.RecordingClipboard;
import io.connectorexplorer.testsupport.TestThreads;
import io.connectorexplorer.ui.common.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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
 * The Connections tab on the demo account, through the real SDK client and its loopback endpoint, by the keyboard:
 * Salesforce's connection, its entities, an entity's fields as a table that filters and copies; the custom
 * connector's nested entities read when opened; a connection whose credentials expired says so with Retry; Refresh
 * metadata asks first and reads the fields again.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionsWindowTest {

    @TempDir
    Path folder;

    private Path saved;
    private Path cliHome;

    private Services services;
    private FxTaskRunner tasks;
    private ExplorerWindow window;
    private final RecordingClipboard clipboard = new RecordingClipboard();

    @Start
    void start(Stage stage) throws Exception {
        Path run = Files.createDirectories(folder.resolve("run-" + System.nanoTime()));
        saved = Files.createDirectories(run.resolve("saved"));
        cliHome = Files.createDirectories(run.resolve("cli"));
        services = Services.create(
                new AwsEnvironment(
                        Map.of(
                                "AWS_CONFIG_FILE", run.resolve("no-config").toString(),
                                "AWS_SHARED_CREDENTIALS_FILE",
                                        run.resolve("no-credentials").toString(),
                                "CONNECTOR_EXPLORER_HOME", run.resolve("home").toString()),
                        run),
                AppFlowAccounts.Timeouts.DEFAULT);
        tasks = new FxTaskRunner(TestThreads.background());
        window = ExplorerWindow.open(
                stage,
                services,
                new MemorySettings(),
                tasks,
                ExplorerWindow.Options.of(owner -> (title, name) -> Optional.of(saved.resolve(name)), clipboard));
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.shell().stage().close()).get(5, TimeUnit.SECONDS);
        tasks.close();
        services.close();
    }

    @Test
    void aConnectionsEntitiesAndFieldsByTheKeyboard(FxRobot robot) {
        show(robot, ConnectorKey.amazon("Salesforce"));
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        ListView<ConnectionSummary> connections =
                robot.lookup("#connectionList").queryListView();
        waitUntil(() -> !connections.getItems().isEmpty());
        assertThat(connections.getItems())
                .extracting(ConnectionSummary::name)
                .containsExactly("salesforce-prod", "salesforce-sandbox");
        waitUntil(() -> focused(robot) == connections);

        press(robot, KeyCode.ENTER);
        TreeView<EntitySummary> entities = robot.lookup("#entityTree").queryAs(TreeView.class);
        waitUntil(() -> entities.getRoot() != null && focused(robot) == entities);
        assertThat(entities.getRoot().getChildren()).hasSize(1);
        TreeItem<EntitySummary> objects = entities.getRoot().getChildren().get(0);
        assertThat(objects.getValue().label()).isEqualTo("Objects");
        assertThat(objects.getChildren())
                .extracting(i -> i.getValue().name())
                .contains("Account", "Contact", "Opportunity");
        assertThat(ClippedRows.in(entities))
                .as("entity rows cut off at the bottom (descenders, underscores)")
                .isEmpty();

        robot.interact(() -> entities.getSelectionModel()
                .select(objects.getChildren().stream()
                        .filter(i -> i.getValue().name().equals("Account"))
                        .findFirst()
                        .orElseThrow()));
        press(robot, KeyCode.ENTER);
        TableView<EntityField> fields = robot.lookup("#fieldsTable").queryAs(TableView.class);
        waitUntil(() -> !fields.getItems().isEmpty() && focused(robot) == fields);
        int all = fields.getItems().size();
        assertThat(all).isGreaterThan(20);
        assertThat(text(robot, "#fieldsTitle")).isEqualTo("Account · " + all + " fields");
        assertThat(ClippedRows.in(fields)).isEmpty();
        assertThat(ClippedRows.in(connections)).isEmpty();

        robot.interact(
                () -> robot.lookup("#fieldFilter").queryTextInputControl().setText("Name"));
        waitUntil(() -> fields.getItems().size() < all);
        assertThat(text(robot, "#fieldsTitle"))
                .isEqualTo("Account · " + fields.getItems().size() + " of " + all + " fields");
        assertThat(fields.getItems())
                .allSatisfy(f -> assertThat((f.identifier() + f.label() + f.type() + f.description()).toLowerCase())
                        .contains("name"));
        robot.clickOn("#fieldsMoreButton").clickOn("#copyFieldsMenuItem");
        String copied = clipboard.text();
        assertThat(copied.lines().findFirst().orElseThrow()).startsWith("Identifier\tLabel\tType\t");
        assertThat(copied.lines().count()).isEqualTo(fields.getItems().size() + 1L);
    }

    @Test
    void entitiesAndFieldsAreSavedAsTheCommandLinePrintsThem(FxRobot robot) throws Exception {
        show(robot, ConnectorKey.amazon("Salesforce"));
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        TreeView<EntitySummary> entities = robot.lookup("#entityTree").queryAs(TreeView.class);
        waitUntil(() -> entities.getRoot() != null);
        robot.clickOn("#saveEntitiesButton");
        Path entitiesFile = saved.resolve("salesforce-prod-entities.json");
        waitUntil(() -> Files.exists(entitiesFile));
        assertThat(Files.readString(entitiesFile))
                .isEqualTo(cli("entities", "--demo", "--connection", "salesforce-prod", "--json"));

        robot.interact(() -> entities.getSelectionModel()
                .select(entities.getRoot().getChildren().get(0).getChildren().get(0)));
        TableView<EntityField> fields = robot.lookup("#fieldsTable").queryAs(TableView.class);
        waitUntil(() -> !fields.getItems().isEmpty());
        robot.clickOn("#fieldsMoreButton");
        robot.clickOn("#saveFieldsJsonMenuItem");
        Path json = saved.resolve("salesforce-prod-Account-fields.json");
        waitUntil(() -> Files.exists(json));
        assertThat(Files.readString(json))
                .isEqualTo(cli("entity", "--demo", "--connection", "salesforce-prod", "--entity", "Account", "--json"));
        robot.clickOn("#fieldsMoreButton");
        robot.clickOn("#saveFieldsCsvMenuItem");
        Path csv = saved.resolve("salesforce-prod-Account-fields.csv");
        waitUntil(() -> Files.exists(csv));
        assertThat(Files.readString(csv))
                .isEqualTo(cli("entity", "--demo", "--connection", "salesforce-prod", "--entity", "Account", "--csv"));
    }

    private String cli(String... args) {
        var run = io.connectorexplorer.testsupport.AppFlowTestAccount.runIn(
                Map.of(
                        "AWS_CONFIG_FILE", cliHome.resolve("no-config").toString(),
                        "AWS_SHARED_CREDENTIALS_FILE",
                                cliHome.resolve("no-credentials").toString()),
                cliHome,
                AppFlowAccounts.Timeouts.DEFAULT,
                args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run.out();
    }

    @Test
    void anEntitysFieldsAreComparedWithAnotherConnectionAsTheCommandLineDiffsThem(FxRobot robot) throws Exception {
        showAccountFields(robot);

        press(robot, KeyCode.CONTROL, KeyCode.D);
        waitUntil(() -> window.compare() != null && window.compare().isShowing());
        Stage compare = window.compare().stage();
        robot.targetWindow(compare);
        assertThat(compare.getTitle()).isEqualTo("Compare Account in salesforce-prod — Connector Explorer");
        ListView<io.connectorexplorer.ui.compare.CompareTargetPickerViewModel.Choice> choices =
                robot.lookup("#compareTargetList").queryListView();
        waitUntil(() -> !choices.getItems().isEmpty());
        assertThat(choices.getItems().get(0).title())
                .as("the target's other connection of Salesforce comes first")
                .startsWith("salesforce-sandbox · ");
        waitUntil(() -> compare.getScene().getFocusOwner() != null
                && "compareTarget".equals(compare.getScene().getFocusOwner().getId()));

        press(robot, KeyCode.ENTER);
        waitUntil(() -> !text(robot, "#compareCount").isEmpty());
        assertThat(text(robot, "#compareCount")).isEqualTo("4 differences: 1 changed, 2 added, 1 removed");
        javafx.scene.control.TreeTableView<?> tree =
                robot.lookup("#compareTree").queryAs(javafx.scene.control.TreeTableView.class);
        assertThat(tree.getColumns().get(2).getText()).startsWith("Left: salesforce-prod · ");
        assertThat(tree.getColumns().get(3).getText()).startsWith("Right: salesforce-sandbox · ");
        assertThat(compare.getScene().getFocusOwner()).isSameAs(tree);

        press(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> savedStartingWith("Account-salesforce-prod-").isPresent());
        Path file = savedStartingWith("Account-salesforce-prod-").orElseThrow();
        assertThat(file.getFileName().toString()).endsWith("-vs-salesforce-sandbox-Demo-offline-us-east-1.json");
        var run = io.connectorexplorer.testsupport.AppFlowTestAccount.runIn(
                Map.of(
                        "AWS_CONFIG_FILE", cliHome.resolve("no-config").toString(),
                        "AWS_SHARED_CREDENTIALS_FILE",
                                cliHome.resolve("no-credentials").toString()),
                cliHome,
                AppFlowAccounts.Timeouts.DEFAULT,
                "diff",
                "--entity",
                "Account",
                "--left",
                io.connectorexplorer.core.profile.AwsProfile.DEMO_NAME,
                "--left-connection",
                "salesforce-prod",
                "--right",
                io.connectorexplorer.core.profile.AwsProfile.DEMO_NAME,
                "--right-connection",
                "salesforce-sandbox",
                "--json");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(Files.readString(file))
                .as("the saved differences are diff --entity --json's")
                .isEqualTo(run.out());
        robot.interact(compare::close);
    }

    /** The file saved whose name starts so; written atomically, so whole once it is there. */
    private Optional<Path> savedStartingWith(String prefix) {
        try (var files = Files.list(saved)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .findFirst();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Salesforce's first connection on the Connections tab, its entity Account chosen and its fields shown. */
    private TableView<EntityField> showAccountFields(FxRobot robot) {
        show(robot, ConnectorKey.amazon("Salesforce"));
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        ListView<ConnectionSummary> connections =
                robot.lookup("#connectionList").queryListView();
        waitUntil(() -> !connections.getItems().isEmpty() && focused(robot) == connections);
        press(robot, KeyCode.ENTER);
        TreeView<EntitySummary> entities = robot.lookup("#entityTree").queryAs(TreeView.class);
        waitUntil(() -> entities.getRoot() != null
                && !entities.getRoot().getChildren().isEmpty()
                && focused(robot) == entities);
        TreeItem<EntitySummary> objects = entities.getRoot().getChildren().get(0);
        robot.interact(() -> entities.getSelectionModel()
                .select(objects.getChildren().stream()
                        .filter(i -> i.getValue().name().equals("Account"))
                        .findFirst()
                        .orElseThrow()));
        press(robot, KeyCode.ENTER);
        TableView<EntityField> fields = robot.lookup("#fieldsTable").queryAs(TableView.class);
        waitUntil(() -> !fields.getItems().isEmpty() && focused(robot) == fields);
        return fields;
    }

    @Test
    void refreshMetadataAsksNamingWhatItResetsThenReadsTheFieldsAgain(FxRobot robot) {
        show(robot, ConnectorKey.amazon("Salesforce"));
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        TreeView<EntitySummary> entities = robot.lookup("#entityTree").queryAs(TreeView.class);
        waitUntil(() -> entities.getRoot() != null);
        robot.interact(() -> entities.getSelectionModel()
                .select(entities.getRoot().getChildren().get(0).getChildren().get(0)));
        TableView<EntityField> fields = robot.lookup("#fieldsTable").queryAs(TableView.class);
        waitUntil(() -> !fields.getItems().isEmpty());

        robot.clickOn("#refreshMetadataButton");
        javafx.scene.control.DialogPane question = waitForDialog(robot);
        assertThat(question.getHeaderText()).isEqualTo("Refresh the fields of Account in salesforce-prod?");
        robot.interact(() -> ((javafx.scene.control.Button) question.lookupButton(question.getButtonTypes().stream()
                        .filter(b -> b.getText().equals("Cancel"))
                        .findFirst()
                        .orElseThrow()))
                .fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#statusMessage")).doesNotStartWith("Refreshed");

        robot.clickOn("#refreshMetadataButton");
        javafx.scene.control.DialogPane again = waitForDialog(robot);
        java.util.List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.lookup("#statusMessage")
                .queryAs(Label.class)
                .textProperty()
                .addListener((obs, old, now) -> messages.add(now));
        robot.interact(() -> ((javafx.scene.control.Button) again.lookupButton(again.getButtonTypes().stream()
                        .filter(b -> b.getText().equals("Refresh"))
                        .findFirst()
                        .orElseThrow()))
                .fire());
        waitUntil(() -> messages.contains("Refreshed the fields of Account in salesforce-prod")
                && messages.stream().anyMatch(m -> m.startsWith("Reading the fields of Account"))
                && !fields.getItems().isEmpty());
        assertThat(messages.indexOf("Refreshed the fields of Account in salesforce-prod"))
                .as("read again after the reset")
                .isLessThan(messages.stream()
                        .filter(m -> m.startsWith("Reading the fields of Account"))
                        .map(messages::indexOf)
                        .max(Integer::compare)
                        .orElse(-1));
    }

    private static javafx.scene.control.DialogPane waitForDialog(FxRobot robot) {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
    }

    @Test
    void usedByListsTheConnectorsFlowsThenThoseOfTheConnectionAndCopiesAName(FxRobot robot) {
        show(robot, ConnectorKey.amazon("Salesforce"));
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        ListView<ConnectionSummary> connections =
                robot.lookup("#connectionList").queryListView();
        waitUntil(() -> !connections.getItems().isEmpty());
        robot.clickOn("#usedByTab");
        TableView<io.connectorexplorer.core.connection.FlowSummary> flows =
                robot.lookup("#flowsTable").queryAs(TableView.class);
        waitUntil(() -> !flows.getItems().isEmpty());
        assertThat(flows.getItems())
                .extracting(io.connectorexplorer.core.connection.FlowSummary::name)
                .containsExactly("salesforce-accounts-to-s3", "acme-projects-to-salesforce");
        assertThat(text(robot, "#flowsTitle")).isEqualTo("2 flows use Salesforce");

        robot.clickOn("#flowsOfConnectionButton");
        waitUntil(() -> text(robot, "#flowsTitle").equals("2 flows use the connection salesforce-prod"));
        robot.interact(() -> flows.getSelectionModel().select(1));
        robot.doubleClickOn(robot.lookup("#flowsTable .table-row-cell").nth(1).queryAs(Node.class));
        waitUntil(() -> "acme-projects-to-salesforce".equals(clipboard.text()));
    }

    @Test
    void nestedEntitiesAreReadWhenOpened(FxRobot robot) {
        show(robot, ConnectorKey.custom("acme-crm"));
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        TreeView<EntitySummary> entities = robot.lookup("#entityTree").queryAs(TreeView.class);
        waitUntil(() -> entities.getRoot() != null);
        TreeItem<EntitySummary> projects = entities.getRoot().getChildren().get(0).getChildren().stream()
                .filter(i -> i.getValue().hasNestedEntities())
                .findFirst()
                .orElseThrow();
        assertThat(projects.isLeaf()).isFalse();
        robot.interact(() -> projects.setExpanded(true));
        waitUntil(() -> !projects.getChildren().isEmpty()
                && !projects.getChildren().get(0).getValue().name().isEmpty());
        assertThat(projects.getChildren()).extracting(i -> i.getValue().name()).isNotEmpty();
    }

    @Test
    void aConnectionWhoseCredentialsExpiredSaysSoWithRetryUntilAnotherAnswers(FxRobot robot) {
        show(robot, ConnectorKey.amazon("Zendesk"));
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntil(() ->
                robot.lookup("#problemTitle").tryQuery().map(Node::isVisible).orElse(false)
                        && !text(robot, "#problemTitle").isEmpty());
        assertThat(text(robot, "#problemTitle")).isEqualTo("The credentials of zendesk-support no longer work");
        assertThat(robot.lookup("#retryButton").queryButton().getText()).isEqualTo("Retry");

        show(robot, ConnectorKey.amazon("Salesforce"));
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        ListView<ConnectionSummary> connections =
                robot.lookup("#connectionList").queryListView();
        waitUntil(() -> !connections.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problemBanner").query().isVisible())
                .as("Zendesk's expired credentials are not Salesforce's: the banner goes once a connection answers")
                .isFalse();
    }

    private void show(FxRobot robot, ConnectorKey key) {
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        waitUntil(
                () -> window.explorer().getSession() != null && !list.getItems().isEmpty());
        ConnectorSummary found = list.getItems().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(found));
        waitUntil(() -> window.shell().stage().getScene() != null
                && robot.lookup("#configTree").tryQuery().isPresent()
                && window.explorer().getSession().cached(key).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focused(FxRobot robot) {
        return window.shell().stage().getScene().getFocusOwner();
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
