package io.connectorexplorer.app;

import static io.connectorexplorer.app.ConnectFormRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.store.SnapshotKey;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
 * "Changed since you last looked", through the real SDK clients and the history: alpha's acme-crm is registered again
 * in a new version; after F5 its row says CHANGED (a symbol and a word, not a colour alone), the others do not; opening
 * it takes the mark away and says how to see what changed; after another reload it stays unmarked.
 */
@ExtendWith(ApplicationExtension.class)
class ChangedSinceWindowTest {

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
    void aConnectorThatChangedIsMarkedUntilOpened(FxRobot robot) {
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        String eu = InventoryWindowBed.EU;
        var store = bed.services.history().store();
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && store.latest(SnapshotKey.connectorList("111111111111", eu)).isPresent());
        assertThat(changedRows(robot)).isZero();

        bed.alpha.serves(
                eu, InventoryWindowBed.with(bed.alphaAmazon, InventoryWindowBed.registered("acme-crm", "3.3.0")));
        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitUntil(() -> changedRows(robot) == 1);
        ConnectorSummary acme = list.getItems().stream()
                .filter(c -> c.key().equals(ConnectorKey.custom("acme-crm")))
                .findFirst()
                .orElseThrow();

        robot.interact(() -> list.getSelectionModel().select(acme));
        waitUntil(() -> robot.lookup("#statusMessage")
                .queryAs(Label.class)
                .getText()
                .startsWith("acme-crm connector · alpha · eu-west-1"));

        assertThat(changedRows(robot)).isZero();
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText())
                .isEqualTo("acme-crm connector · alpha · eu-west-1 — changed since you last looked: Compare with…"
                        + " (Ctrl+D) offers the version the history kept before");
        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitUntil(() -> bed.window.explorer().getSession() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(changedRows(robot)).as("opened since it changed").isZero();
    }

    private static long changedRows(FxRobot robot) {
        return robot.lookup(".badge-changed").queryAll().stream()
                .filter(Node::isVisible)
                .filter(n -> n.getParent() != null && n.getParent().isVisible())
                .count();
    }
}
