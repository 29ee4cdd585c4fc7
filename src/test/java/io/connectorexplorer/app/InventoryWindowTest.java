package io.connectorexplorer.app;

import static io.connectorexplorer.app.ConnectFormRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.inventory.ConnectorRow;
import io.connectorexplorer.testsupport.ClippedRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View ▸ Inventory by the keyboard alone, against a loopback fleet through the real SDK clients: Ctrl+I, all profiles,
 * a second region, Enter; the matrix fills with the failures named in their columns; Ctrl+F and a few letters, a cell,
 * Enter — and the main window shows that connector in that target. Focus is checked after every step.
 */
@ExtendWith(ApplicationExtension.class)
class InventoryWindowTest {

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
    void inventoryFilledAndACellOpensTheConnectorInTheMainWindow(FxRobot robot) {
        waitUntil(() -> bed.window.explorer().getSession() != null);

        press(robot, KeyCode.CONTROL, KeyCode.I);
        waitUntil(() -> bed.window.inventory() != null && bed.window.inventory().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        // What the robot types goes to the Inventory window (it starts out typing into the window it was started on).
        robot.targetWindow(bed.window.inventory().stage());
        waitUntil(() -> focusIs(robot, "profileList"));
        assertThat(text(robot, "#targetCount"))
                .as("the main window's profile and region")
                .isEqualTo("1 target");

        press(robot, KeyCode.SHIFT, KeyCode.TAB);
        assertThat(focusIs(robot, "allProfiles")).isTrue();
        press(robot, KeyCode.SPACE);
        assertThat(robot.lookup("#allProfiles").queryAs(CheckBox.class).isSelected())
                .isTrue();
        assertThat(text(robot, "#targetCount"))
                .as("alpha, beta, gamma; not the demo")
                .isEqualTo("3 targets");

        press(robot, KeyCode.TAB);
        press(robot, KeyCode.TAB);
        assertThat(focusIs(robot, "allRegions")).isTrue();
        press(robot, KeyCode.TAB);
        assertThat(focusIs(robot, "regionList")).isTrue();
        robot.write("us-east-1", 0);
        WaitForAsyncUtils.waitForFxEvents();
        press(robot, KeyCode.SPACE);
        assertThat(text(robot, "#targetCount")).isEqualTo("6 targets");

        press(robot, KeyCode.ENTER);
        TableView<ConnectorRow> table = robot.lookup("#inventoryTable").queryTableView();
        waitUntil(() -> !bed.window.inventory().isShowing()
                || text(robot, "#inventoryProgressText").startsWith("6 targets:"));
        assertThat(text(robot, "#inventoryProgressText"))
                .isEqualTo("6 targets: 3 answered · 1 failed · 2 need sign-in");
        assertThat(robot.lookup("#targetPicker").queryAs(TitledPane.class).isExpanded())
                .isFalse();
        assertThat(focusIs(robot, "inventoryTable"))
                .as("the keyboard in the matrix")
                .isTrue();
        assertThat(ClippedRows.in(table))
                .as("matrix rows cut off at the bottom")
                .isEmpty();

        List<String> headers = headerStates(robot, 6);
        assertThat(headers)
                .containsExactly(
                        "111111111111", "111111111111", "222222222222", "failed", "needs sign-in", "needs sign-in");
        assertThat(columnTargets(table))
                .containsExactly(
                        "alpha · eu-west-1",
                        "alpha · us-east-1",
                        "beta · eu-west-1",
                        "beta · us-east-1",
                        "gamma · eu-west-1",
                        "gamma · us-east-1");
        ListView<?> targets = robot.lookup("#targetList").queryListView();
        assertThat(targets.getItems()).hasSize(6);
        // The failed target's line offers Retry, those needing sign-in Sign in; the answered ones no button at all.
        assertThat(robot.lookup("#targetList .list-cell").queryAll().stream()
                        .filter(cell -> ((ListCell<?>) cell).getItem() != null)
                        .map(cell -> robot.from(cell).lookup(".button").queryAll().stream()
                                .filter(Node::isVisible)
                                .map(b -> ((Button) b).getText())
                                .findFirst()
                                .orElse("-"))
                        .toList())
                .containsExactly("-", "-", "-", "Retry", "Sign in", "Sign in");
        assertThat(text(robot, "#inventoryCount")).isEqualTo("5 connectors, 2 differ");

        press(robot, KeyCode.CONTROL, KeyCode.F);
        assertThat(focusIs(robot, "inventoryFilter")).isTrue();
        robot.write("acme", 0);
        waitUntil(() -> table.getItems().size() == 1);
        press(robot, KeyCode.ENTER);
        assertThat(focusIs(robot, "inventoryTable")).isTrue();
        assertThat(table.getFocusModel().getFocusedCell().getRow()).isZero();
        press(robot, KeyCode.RIGHT);
        press(robot, KeyCode.RIGHT);
        assertThat(table.getFocusModel().getFocusedCell().getTableColumn().getId())
                .isEqualTo("targetColumn-2");
        assertThat(text(robot, "#inventoryCellText"))
                .startsWith("acme-crm connector in beta · eu-west-1, version 3.1.0: source yes, destination no");

        press(robot, KeyCode.ENTER);

        Target betaEu = bed.window.explorer().account().getTarget();
        waitUntil(() -> bed.window.explorer().getSession() != null
                && bed.window.explorer().getSession().target().displayName().equals("beta · eu-west-1"));
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().key().equals(ConnectorKey.custom("acme-crm")));
        assertThat(betaEu.profileName()).isEqualTo("beta");
        assertThat(text(robot, "#inventoryStatus"))
                .isEqualTo("Opened acme-crm connector of beta · eu-west-1 in the main window");
    }

    @Test
    void aClickedTickTakesTheKeyboardAndEnterTakesTheInventory(FxRobot robot) {
        waitUntil(() -> bed.window.explorer().getSession() != null);
        press(robot, KeyCode.CONTROL, KeyCode.I);
        waitUntil(() -> bed.window.inventory() != null && bed.window.inventory().isShowing());
        robot.targetWindow(bed.window.inventory().stage());

        // A click on an entry's tick ticks it and puts the keyboard in that list, on that entry.
        robot.clickOn(robot.lookup("#regionList .check-box").nth(0).queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusIs(robot, "regionList")).isTrue();
        assertThat(text(robot, "#targetCount")).isEqualTo("2 targets");

        // Enter on the "All profiles" tick takes the inventory; it does not flip the tick.
        robot.clickOn("#allProfiles");
        assertThat(focusIs(robot, "allProfiles")).isTrue();
        assertThat(text(robot, "#targetCount")).isEqualTo("6 targets");
        press(robot, KeyCode.ENTER);
        assertThat(robot.lookup("#allProfiles").queryAs(CheckBox.class).isSelected())
                .isTrue();
        waitUntil(() -> text(robot, "#inventoryProgressText").startsWith("6 targets:"));
        assertThat(focusIs(robot, "inventoryTable")).isTrue();
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Whether the Inventory window's keyboard focus is on {@code id} or inside it. */
    private boolean focusIs(FxRobot robot, String id) {
        Window window = bed.window.inventory().stage();
        Node target = window.getScene().lookup("#" + id);
        for (Node n = window.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == target) {
                return true;
            }
        }
        return false;
    }

    private List<String> headerStates(FxRobot robot, int columns) {
        return java.util.stream.IntStream.range(0, columns)
                .mapToObj(i ->
                        ((Label) bed.window.inventory().stage().getScene().lookup("#targetHeaderState-" + i)).getText())
                .toList();
    }

    private static List<String> columnTargets(TableView<ConnectorRow> table) {
        return table.getColumns().stream()
                .filter(c -> c.getUserData() instanceof Integer)
                .map(c -> ((javafx.scene.layout.VBox) c.getGraphic())
                        .getChildren().stream()
                                .limit(2)
                                .map(n -> ((Label) n).getText())
                                .reduce((a, b) -> a + " · " + b)
                                .orElse(""))
                .toList();
    }
}
