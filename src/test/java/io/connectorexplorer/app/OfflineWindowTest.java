package io.connectorexplorer.app;

import static io.connectorexplorer.app.ConnectFormRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.account.ConnectionState;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.store.SnapshotKey;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
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
 * An account that stops answering, through the real SDK clients: after alpha was read once, its endpoint goes down and
 * F5 reloads — the list shows the connectors the history kept, marked offline with their time, the banner still offers
 * Retry, the connector described before shows its configuration, one never described says why there is none, and once
 * the endpoint is back Retry shows the account live again.
 */
@ExtendWith(ApplicationExtension.class)
class OfflineWindowTest {

    @TempDir
    static Path folder;

    private InventoryWindowBed bed;

    @Start
    void start(Stage stage) throws Exception {
        bed = new InventoryWindowBed(stage, Files.createDirectories(folder.resolve("run-" + System.nanoTime())));
    }

    @AfterEach
    void stop() throws Exception {
        bed.close();
    }

    @Test
    void anAccountOutOfReachShowsWhatTheHistoryKept(FxRobot robot) {
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        waitUntil(() -> bed.window.explorer().getSession() != null
                && list.getSelectionModel().getSelectedItem() != null);
        ConnectorSummary described = list.getSelectionModel().getSelectedItem();
        var store = bed.services.history().store();
        String eu = InventoryWindowBed.EU;
        waitUntil(() ->
                store.latest(SnapshotKey.connectorList("111111111111", eu)).isPresent()
                        && store.latest(SnapshotKey.configuration("111111111111", eu, described.key()))
                                .isPresent());

        bed.alpha.down(eu);
        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitUntil(() -> bed.window.explorer().getState() instanceof ConnectionState.Offline);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(list.getItems()).extracting(ConnectorSummary::key).contains(ConnectorKey.custom("acme-crm"));
        assertThat(list.getSelectionModel().getSelectedItem().key()).isEqualTo(described.key());
        TreeTableView<?> tree = robot.lookup("#configTree").queryAs(TreeTableView.class);
        waitUntil(() -> tree.getRoot() != null);
        assertThat(text(robot, "#problemTitle"))
                .startsWith("Offline: showing alpha · eu-west-1 as of ")
                .contains("from the history — could not load the connectors of alpha in eu-west-1");
        assertThat(robot.lookup("#retryButton").queryButton().getText()).isEqualTo("Retry");
        assertThat(robot.lookup("#statusState").queryAs(Label.class).getText()).startsWith("Offline · as of ");

        // Compare with… works offline: the kept configuration against another account that answers.
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        waitUntil(() -> bed.window.compare() != null && bed.window.compare().isShowing());
        robot.targetWindow(bed.window.compare().stage());
        robot.write("beta", 0);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> !text(robot, "#compareCount").isEmpty());
        TreeTableView<?> compared = robot.lookup("#compareTree").queryAs(TreeTableView.class);
        assertThat(compared.getColumns().get(2).getText())
                .startsWith("Left: alpha · eu-west-1, as of ")
                .endsWith(" (offline)");
        assertThat(compared.getColumns().get(3).getText()).isEqualTo("Right: beta · eu-west-1");
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(() -> !bed.window.compare().isShowing());
        robot.targetWindow(bed.window.shell().stage());

        ConnectorSummary never = list.getItems().stream()
                .filter(c -> !c.key().equals(described.key()))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(never));
        waitUntil(() -> tree.getRoot() == null
                && robot.lookup("#treePlaceholder")
                        .queryAs(Label.class)
                        .getText()
                        .contains("never opened here"));

        bed.alpha.hook(eu, (operation, body) -> java.util.Optional.empty());
        robot.clickOn("#retryButton");
        waitUntil(() -> bed.window.explorer().getState() instanceof ConnectionState.Ready);
        assertThat(bed.window.explorer().account().getKept()).isNull();
    }

    @Test
    void theConnectionsTabShowsWhatTheHistoryKeptWhenTheAccountIsOutOfReach(FxRobot robot) {
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        waitUntil(() ->
                bed.window.explorer().getSession() != null && !list.getItems().isEmpty());
        ConnectorSummary salesforce = list.getItems().stream()
                .filter(c -> c.key().equals(ConnectorKey.amazon("Salesforce")))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(salesforce));
        waitUntil(() ->
                bed.window.explorer().getSession().cached(salesforce.key()).isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        ListView<?> connections = robot.lookup("#connectionList").queryListView();
        TreeView<io.connectorexplorer.core.connection.EntitySummary> entities =
                robot.lookup("#entityTree").queryAs(TreeView.class);
        TableView<?> fields = robot.lookup("#fieldsTable").queryAs(TableView.class);
        waitUntil(() -> !connections.getItems().isEmpty() && entities.getRoot() != null);
        robot.interact(() -> entities.getSelectionModel()
                .select(entities.getRoot().getChildren().get(0).getChildren().get(0)));
        waitUntil(() -> !fields.getItems().isEmpty());
        int fieldCount = fields.getItems().size();
        var store = bed.services.history().store();
        String eu = InventoryWindowBed.EU;
        waitUntil(() -> store.keys("111111111111", eu).stream()
                .anyMatch(k -> k.kind() == io.connectorexplorer.core.store.SnapshotKind.FIELDS));

        bed.alpha.down(eu);
        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitUntil(() -> bed.window.explorer().getState() instanceof ConnectionState.Offline);
        waitUntil(() -> text(robot, "#connectionsTitle").equals("Connections of Salesforce (offline, from the history)")
                && !connections.getItems().isEmpty()
                && entities.getRoot() != null);
        robot.interact(() -> entities.getSelectionModel()
                .select(entities.getRoot().getChildren().get(0).getChildren().get(0)));
        waitUntil(() -> fields.getItems().size() == fieldCount);

        robot.interact(() -> entities.getSelectionModel()
                .select(entities.getRoot().getChildren().get(0).getChildren().get(1)));
        waitUntil(() -> ((Label) fields.getPlaceholder()).getText().contains("could not be read"));
        assertThat(text(robot, "#problemTitle")).startsWith("Could not read the fields of");
        assertThat(text(robot, "#problemDetail"))
                .contains("were never read here while alpha · eu-west-1 could be reached");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
