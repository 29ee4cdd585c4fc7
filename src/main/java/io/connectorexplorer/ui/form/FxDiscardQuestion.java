package io.connectorexplorer.ui.form;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The discard question as a dialog, with "Keep editing" as the safe default. */
public final class FxDiscardQuestion implements DiscardQuestion {

    private final Window owner;

    public FxDiscardQuestion(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean discard(String connectorName, String instead) {
        // The button says what happens ("Discard and switch"); the text says to which account.
        ButtonType discard = new ButtonType("Discard and " + instead.split(" ")[0], ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, discard, keep);
        alert.initOwner(owner);
        alert.setTitle("Discard the connection form?");
        alert.setHeaderText("Discard the connection form for " + connectorName + "?");
        alert.setContentText("What you typed into the Connect tab is kept only there, and nothing has been created"
                + " from it. To " + instead + ", the form is cleared.");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(discard::equals).isPresent();
    }
}
