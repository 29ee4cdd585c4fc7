package io.connectorexplorer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Horizontal virtualisation on a table of a hundred 150-pixel target columns in an 800-pixel window:
 * only the columns in view and next to it are visible and have cells, the spacers keep every column's place and the
 * scroll range, and scrolling, the arrows, revealing a column and dragging a header move the window with the user.
 */
@ExtendWith(ApplicationExtension.class)
class ColumnWindowTest {

    private static final int TARGETS = 100;
    private static final double WIDTH = 150;

    private final List<TableColumn<Integer, ?>> targets = new ArrayList<>();
    private TableView<Integer> table;
    private TableColumn<Integer, Integer> connector;
    private ColumnWindow<Integer> window;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        connector = new TableColumn<>("Connector");
        table.setFixedCellSize(30);
        connector.setPrefWidth(200);
        connector.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        table.getColumns().add(connector);
        window = new ColumnWindow<>(table, connector);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setItems(
                FXCollections.observableArrayList(IntStream.range(0, 12).boxed().toList()));
        stage.setScene(new Scene(new StackPane(table), 800, 400));
        stage.show();
    }

    @BeforeEach
    void columns() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    for (int i = 0; i < TARGETS; i++) {
                        int index = i;
                        TableColumn<Integer, String> column = new TableColumn<>("t" + i);
                        column.setUserData(index);
                        column.setPrefWidth(WIDTH);
                        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() + "/" + index));
                        targets.add(column);
                    }
                    window.show(targets);
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void onlyTheColumnsInViewAndBesideItAreVisibleAndHaveCells() {
        assertThat(visibleTargets()).containsExactly(0, 1, 2, 3, 4, 5);
        long targetCells = table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c
                        && c.getIndex() >= 0
                        && c.getTableColumn() != null
                        && c.getTableColumn().getUserData() instanceof Integer)
                .count();
        // Six columns' cells in the twelve rows and the empty one under them, where a cell per target would be 1,300.
        assertThat(targetCells).isBetween(12L, 13L * 6);
        assertThat(contentWidth()).isEqualTo(200 + TARGETS * WIDTH);
    }

    @Test
    void scrollingMovesTheWindowAndKeepsEveryColumnInPlace() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> scrollBar().setValue(6000)).get();
        WaitForAsyncUtils.waitForFxEvents();

        // In view: 6000..6800 of the content, the connector's 200 first; a column's width either side.
        assertThat(visibleTargets()).first().isEqualTo(37);
        assertThat(visibleTargets()).last().isEqualTo(45);
        assertThat(spacerWidth("#columnSpacerBefore")).isEqualTo(37 * WIDTH);
        assertThat(contentWidth()).isEqualTo(200 + TARGETS * WIDTH);
    }

    @Test
    void revealScrollsAHiddenColumnIntoView() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.reveal(targets.get(80))).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(visibleTargets()).contains(80);
        double left = 200 + 80 * WIDTH;
        assertThat(scrollBar().getValue()).isEqualTo(left);
        assertThat(spacerWidth("#columnSpacerBefore")).isEqualTo(78 * WIDTH);
    }

    @Test
    void theArrowsWalkPastTheViewOnTargetsNeverTheSpacers(FxRobot robot) throws Exception {
        keyboardOn(0, 0);
        for (int i = 0; i < 20; i++) {
            robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(table.getFocusModel().getFocusedCell().getTableColumn().getUserData())
                    .isEqualTo(i + 1);
        }
        assertThat(visibleTargets()).contains(20).doesNotContain(0);
        // The rows are there, the cell drawn as selected the one the keyboard is on.
        assertThat(selectedCellColumns()).containsExactly(20);

        for (int i = 0; i < 25; i++) {
            robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(table.getFocusModel().getFocusedCell().getTableColumn()).isSameAs(connector);
        assertThat(visibleTargets()).contains(0);
    }

    @Test
    void afterTheMouseScrolledAwayTheArrowsGoOnFromTheCellTheKeyboardIsOn(FxRobot robot) throws Exception {
        keyboardOn(3, 2);
        WaitForAsyncUtils.asyncFx(() -> scrollBar().setValue(9000)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleTargets()).doesNotContain(2, 3);
        assertThat(selectedCellColumns())
                .as("no other cell drawn as the selected one")
                .isEmpty();

        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getFocusModel().getFocusedCell().getTableColumn()).isSameAs(targets.get(3));
        assertThat(visibleTargets()).contains(3);
        assertThat(selectedCellColumns()).containsExactly(3);
    }

    @Test
    void aDraggedHeaderKeepsTheSpacersAroundTheTargets() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    // What the header row does when a header is dropped before the connector's.
                    TableColumn<Integer, ?> third = targets.get(2);
                    table.getColumns().remove(third);
                    table.getColumns().add(0, third);
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents();

        List<TableColumn<Integer, ?>> columns = table.getColumns();
        assertThat(columns.get(0)).isSameAs(connector);
        assertThat(columns.get(1).getId()).isEqualTo("columnSpacerBefore");
        assertThat(columns.get(2)).isSameAs(targets.get(2));
        assertThat(columns.get(columns.size() - 1).getId()).isEqualTo("columnSpacerAfter");
        assertThat(visibleTargets()).startsWith(2, 0, 1);
    }

    /** The keyboard in the table, on row {@code row}'s cell of target {@code target}, selected. */
    private void keyboardOn(int row, int target) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    table.requestFocus();
                    table.getSelectionModel().clearAndSelect(row, targets.get(target));
                    table.getFocusModel().focus(row, targets.get(target));
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The target columns of the cells drawn as selected. */
    private List<Object> selectedCellColumns() {
        return table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.isSelected() && c.getTableColumn() != null)
                .map(n -> ((TableCell<?, ?>) n).getTableColumn().getUserData())
                .toList();
    }

    private List<Integer> visibleTargets() {
        return table.getColumns().stream()
                .filter(TableColumn::isVisible)
                .filter(c -> c.getUserData() instanceof Integer)
                .map(c -> (Integer) c.getUserData())
                .toList();
    }

    private double contentWidth() {
        return table.getVisibleLeafColumns().stream()
                .mapToDouble(TableColumn::getWidth)
                .sum();
    }

    private double spacerWidth(String id) {
        return table.getColumns().stream()
                .filter(c -> id.equals("#" + c.getId()))
                .findFirst()
                .orElseThrow()
                .getWidth();
    }

    private ScrollBar scrollBar() {
        return table.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar s && s.getOrientation() == Orientation.HORIZONTAL)
                .map(ScrollBar.class::cast)
                .findFirst()
                .orElseThrow();
    }
}
