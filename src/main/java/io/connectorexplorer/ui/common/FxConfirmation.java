package io.connectorexplorer.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The question as a dialog, with Cancel as the safe default: what is removed cannot be brought back. */
public final class FxConfirmation implements Confirmation {

    private final Window owner;

    public FxConfirmation(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String header, String text, String action) {
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, go, cancel);
        alert.initOwner(owner);
        alert.setTitle(action);
        alert.setHeaderText(header);
        alert.setGraphic(null);
        ((Button) alert.getDialogPane().lookupButton(go)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().filter(go::equals).isPresent();
    }
}
