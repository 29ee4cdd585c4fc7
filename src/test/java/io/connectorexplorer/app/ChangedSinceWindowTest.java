package io.connectorexplorer.app;

import static io.connectorexplorer.app.ConnectFormRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.diff.DiffTree;
import io.connectorexplorer.core.store.SnapshotKey;
import io.connectorexplorer.testsupport.TestCatalogues;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
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
                .isEqualTo("acme-crm connector · alpha · eu-west-1 — changed since you last looked: Show what changed"
                        + " compares it with the version the history kept before");
        assertThat(barText(robot)).isEqualTo("Changed since you last looked: connectorVersion 3.2.0 → 3.3.0");
        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitUntil(() -> bed.window.explorer().getSession() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(changedRows(robot)).as("opened since it changed").isZero();
        assertThat(barShown(robot)).as("still the one that changed").isTrue();

        select(robot, list, ConnectorKey.amazon("S3"));
        assertThat(barShown(robot)).as("another connector: no bar").isFalse();
    }

    @Test
    void showWhatChangedComparesWithTheVersionDescribedBefore(FxRobot robot) {
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        String eu = InventoryWindowBed.EU;
        var store = bed.services.history().store();
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && store.latest(SnapshotKey.connectorList("111111111111", eu)).isPresent());
        select(robot, list, ConnectorKey.custom("acme-crm"));
        SnapshotKey acme = SnapshotKey.configuration("111111111111", eu, ConnectorKey.custom("acme-crm"));
        waitUntil(() -> store.latest(acme).isPresent());
        select(robot, list, ConnectorKey.amazon("S3"));

        bed.alpha.serves(
                eu, InventoryWindowBed.with(bed.alphaAmazon, InventoryWindowBed.registered("acme-crm", "3.3.0")));
        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitUntil(() -> changedRows(robot) == 1);
        select(robot, list, ConnectorKey.custom("acme-crm"));
        waitUntil(() -> barShown(robot)
                && !robot.lookup("#showChangesButton").queryButton().isDisabled());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> bed.window.compare() != null && bed.window.compare().isShowing());
        robot.targetWindow(bed.window.compare().stage());
        waitUntil(() -> !text(robot, "#compareCount").isEmpty());
        assertThat(text(robot, "#compareCount")).isEqualTo("1 difference: 1 changed");
        TreeTableView<DiffTree.Node> tree = robot.lookup("#compareTree").queryAs(TreeTableView.class);
        assertThat(tree.getColumns().get(2).getText())
                .as("the earlier version on the left")
                .startsWith("Left: alpha · eu-west-1, ")
                .endsWith(" (history)");
        assertThat(tree.getColumns().get(3).getText()).isEqualTo("Right: alpha · eu-west-1");
        assertThat(robot.lookup("#compareLeftValue").queryAs(TextArea.class).getText())
                .isEqualTo("3.2.0");
        assertThat(robot.lookup("#compareRightValue").queryAs(TextArea.class).getText())
                .isEqualTo("3.3.0");
        assertThat(bed.window.compare().stage().getScene().getFocusOwner().getId())
                .isEqualTo("compareTree");
    }

    @Test
    void anAmazonTypeNeverOpenedIsComparedWithWhatItsListingHadBefore(FxRobot robot) {
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        String eu = InventoryWindowBed.EU;
        var store = bed.services.history().store();
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && store.latest(SnapshotKey.connectorList("111111111111", eu)).isPresent());

        var salesforce = TestCatalogues.amazon("Salesforce", "Salesforce", true, true);
        salesforce.putArray("supportedWriteOperations").add("INSERT").add("UPSERT");
        var changed = TestCatalogues.of(
                TestCatalogues.amazon("S3", "Amazon S3", true, true),
                salesforce,
                TestCatalogues.amazon("Redshift", "Amazon Redshift", false, true),
                TestCatalogues.amazon("Slack", "Slack", true, false));
        bed.alpha.serves(eu, InventoryWindowBed.with(changed, InventoryWindowBed.registered("acme-crm", "3.2.0")));
        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitUntil(() -> changedRows(robot) == 1);
        select(robot, list, ConnectorKey.amazon("Salesforce"));
        waitUntil(() -> barShown(robot)
                && !robot.lookup("#showChangesButton").queryButton().isDisabled());
        assertThat(barText(robot)).isEqualTo("Changed since you last looked: 1 added: supportedWriteOperations");

        robot.clickOn("#showChangesButton");
        waitUntil(() -> bed.window.compare() != null && bed.window.compare().isShowing());
        robot.targetWindow(bed.window.compare().stage());
        waitUntil(() -> !text(robot, "#compareCount").isEmpty());
        assertThat(text(robot, "#compareCount")).isEqualTo("1 difference: 1 added");
        TreeTableView<DiffTree.Node> tree = robot.lookup("#compareTree").queryAs(TreeTableView.class);
        assertThat(tree.getColumns().get(2).getText())
                .as("the listing before, never described")
                .startsWith("Left: alpha · eu-west-1, listed ");
    }

    private static void select(FxRobot robot, ListView<ConnectorSummary> list, ConnectorKey key) {
        ConnectorSummary found = list.getItems().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(found));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean barShown(FxRobot robot) {
        return robot.lookup("#changedBar").query().isVisible();
    }

    private static String barText(FxRobot robot) {
        return text(robot, "#changedBarText");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static long changedRows(FxRobot robot) {
        return robot.lookup(".badge-changed").queryAll().stream()
                .filter(Node::isVisible)
                .filter(n -> n.getParent() != null && n.getParent().isVisible())
                .count();
    }
}
