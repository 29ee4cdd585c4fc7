package io.connectorexplorer.ui.inventory;

import io.connectorexplorer.core.inventory.ConnectorRow;
import io.connectorexplorer.core.inventory.InventoryCell;
import io.connectorexplorer.core.inventory.TargetState;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A target column's heading: the profile, the region, and a word on its state — the account ID
 * once it answered, "failed", "needs sign-in" — with the whole story in the tooltip.
 */
final class TargetHeader extends VBox {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass SIGN_IN = PseudoClass.getPseudoClass("sign-in");
    private static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");

    private final Label profile = new Label();
    private final Label region = new Label();
    private final Label state = new Label();
    private Tooltip tooltip;
    private final int index;
    private TargetStatus shown;

    TargetHeader(int column) {
        this.index = column;
        setId("targetHeader-" + column);
        getStyleClass().add("target-header");
        profile.getStyleClass().add("target-header-profile");
        // One line each, cut with an ellipsis (the tooltip has it all): wrapped text is measured again for every
        // one of a hundred headers whenever the header row is laid out.
        region.getStyleClass().add("target-header-region");
        state.setId("targetHeaderState-" + column);
        state.getStyleClass().add("target-header-state");
        getChildren().addAll(profile, region, state);
        // Made when the pointer first rests on the heading: a hundred columns need not build a hundred popups.
        setOnMouseEntered(e -> {
            if (tooltip == null) {
                tooltip = new Tooltip();
                tooltip.setOnShowing(shown -> tooltip.setText(this.shown == null ? "" : this.shown.tooltip()));
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(520);
                Tooltip.install(this, tooltip);
            }
        });
    }

    void show(TargetStatus status) {
        if (shown == null || !shown.target().equals(status.target())) {
            profile.setText(status.target().profileName());
            region.setText(status.target().region());
        }
        shown = status;
        state.setText(status.shortState());
        TargetState s = status.state();
        pseudoClassStateChanged(FAILED, s instanceof TargetState.Failed);
        pseudoClassStateChanged(SIGN_IN, s instanceof TargetState.NeedsSignIn);
        pseudoClassStateChanged(PENDING, !s.isFinal());
        if (tooltip != null && tooltip.isShowing()) {
            tooltip.setText(status.tooltip());
        }
    }

    /** Its column: the cells of its target, sorted present first, then absent, then not answered. */
    TableColumn<ConnectorRow, InventoryCell> column(InventoryViewModel model) {
        int index = this.index;
        TableColumn<ConnectorRow, InventoryCell> column = new TableColumn<>();
        column.setId("targetColumn-" + index);
        column.setUserData(index);
        column.setPrefWidth(150);
        column.setMinWidth(56);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cell(index)));
        column.setCellFactory(c -> new MatrixCells.Target(index, model));
        column.setComparator(MatrixTexts.CELL_ORDER);
        column.setGraphic(this);
        return column;
    }
}
