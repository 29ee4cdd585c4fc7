package io.connectorexplorer.ui.inventory;

import io.connectorexplorer.core.inventory.ConnectorRow;
import io.connectorexplorer.core.inventory.InventoryCell;
import io.connectorexplorer.core.inventory.TargetState;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;

/**
 * The matrix's cells, kept cheap to draw — a text and a pseudo-class, a tooltip made only when the pointer first
 * rests on the cell — and a double-click opens the connector in the main window.
 */
final class MatrixCells {

    private static final PseudoClass PRESENT = PseudoClass.getPseudoClass("present");
    private static final PseudoClass ABSENT = PseudoClass.getPseudoClass("absent");
    private static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass SIGN_IN = PseudoClass.getPseudoClass("sign-in");
    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");

    private MatrixCells() {}

    /** One target's cell: "✓ S D", "3.2.0 S –", "—", "…", "!", "sign in". */
    static final class Target extends TableCell<ConnectorRow, InventoryCell> {
        private final int column;
        private final InventoryViewModel model;

        Target(int column, InventoryViewModel model) {
            this.column = column;
            this.model = model;
            getStyleClass().add("matrix-cell");
            setAlignment(Pos.CENTER_LEFT);
            setOnMouseEntered(e -> {
                if (getTooltip() == null && !isEmpty()) {
                    Tooltip tip = new Tooltip();
                    tip.setOnShowing(shown -> tip.setText(describe()));
                    tip.setWrapText(true);
                    tip.setMaxWidth(480);
                    setTooltip(tip);
                }
            });
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row() != null) {
                    model.open(row(), column);
                }
            });
        }

        @Override
        protected void updateItem(InventoryCell cell, boolean empty) {
            super.updateItem(cell, empty);
            boolean shown = !empty && cell != null;
            setText(shown ? MatrixTexts.cell(cell) : null);
            TargetState state = shown && cell instanceof InventoryCell.Unanswered u ? u.state() : null;
            pseudoClassStateChanged(PRESENT, shown && cell instanceof InventoryCell.Present);
            pseudoClassStateChanged(ABSENT, shown && cell instanceof InventoryCell.Absent);
            pseudoClassStateChanged(PENDING, state != null && !state.isFinal());
            pseudoClassStateChanged(FAILED, state instanceof TargetState.Failed);
            pseudoClassStateChanged(SIGN_IN, state instanceof TargetState.NeedsSignIn);
        }

        private ConnectorRow row() {
            return getTableRow() == null ? null : getTableRow().getItem();
        }

        private String describe() {
            ConnectorRow row = row();
            if (row == null || column >= model.getTargets().size()) {
                return "";
            }
            return MatrixTexts.describe(row, model.getTargets().get(column), row.cell(column));
        }
    }

    /** The connector: its name, and dimmed its type or custom label; marked when the targets disagree on it. */
    static final class Connector extends TableCell<ConnectorRow, ConnectorRow> {
        private final Label name = new Label();
        private final Label kind = new Label();
        private final HBox box = new HBox(6, name, kind);

        Connector(InventoryViewModel model) {
            getStyleClass().add("matrix-connector-cell");
            name.getStyleClass().add("connector-name");
            name.setMinWidth(0);
            kind.getStyleClass().add("muted");
            kind.setMinWidth(Label.USE_PREF_SIZE);
            box.setAlignment(Pos.CENTER_LEFT);
            setOnMouseEntered(e -> {
                if (getTooltip() == null && getItem() != null) {
                    Tooltip tip = new Tooltip();
                    tip.setOnShowing(shown -> tip.setText(getItem() == null ? "" : tooltip(getItem())));
                    setTooltip(tip);
                }
            });
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                    model.openAnywhere(getItem());
                }
            });
        }

        @Override
        protected void updateItem(ConnectorRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                pseudoClassStateChanged(DIFFERS, false);
                return;
            }
            name.setText(row.name());
            kind.setText(MatrixTexts.kind(row.key(), row.name()));
            setGraphic(box);
            pseudoClassStateChanged(DIFFERS, row.differs());
        }

        private static String tooltip(ConnectorRow row) {
            return row.name() + "\n" + row.key().displayId()
                    + (row.differs() ? "\nThe targets that answered disagree on it." : "");
        }
    }
}
