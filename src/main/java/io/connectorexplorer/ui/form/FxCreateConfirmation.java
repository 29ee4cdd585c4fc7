package io.connectorexplorer.ui.form;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks before creating a connector profile, naming the account, region and profile name. */
public final class FxCreateConfirmation implements CreateProfileViewModel.CreateConfirmation {

    private final Window owner;
    private final Supplier<String> accountId;

    public FxCreateConfirmation(Window owner, Supplier<String> accountId) {
        this.owner = owner;
        this.accountId = accountId;
    }

    @Override
    public boolean confirm(String profile, String region, String profileName) {
        String account = accountId.get() == null ? profile : profile + " (account " + accountId.get() + ")";
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, create, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Create connector profile");
        alert.setHeaderText("Create connector profile \"" + profileName + "\"?");
        alert.setContentText("Account: " + account + "\nRegion: " + region
                + "\n\nThis creates a connector profile in AppFlow with the credentials you entered.");
        return alert.showAndWait().filter(create::equals).isPresent();
    }
}
