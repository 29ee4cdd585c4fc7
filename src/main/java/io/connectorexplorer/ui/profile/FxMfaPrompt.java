package io.connectorexplorer.ui.profile;

import io.connectorexplorer.core.profile.MfaPrompt;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;

/**
 * Asks for an MFA code in a dialog. Called on the thread that is assuming the role; waits there, never on
 * the FX thread, while the dialog is up.
 */
public final class FxMfaPrompt implements MfaPrompt {

    @Override
    public Optional<String> mfaCode(String profileName, String mfaSerial) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("MFA codes are asked for off the FX thread");
        }
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            TextInputDialog dialog = new TextInputDialog();
            dialog.setTitle("MFA code");
            dialog.setHeaderText("Profile '" + profileName + "' assumes a role that needs MFA");
            dialog.setContentText("Code from " + mfaSerial + ":");
            dialog.getEditor().setId("mfaCodeField");
            dialog.getDialogPane()
                    .lookupButton(ButtonType.OK)
                    .disableProperty()
                    .bind(dialog.getEditor().textProperty().map(t -> !t.strip().matches("\\d{6}")));
            answer.complete(dialog.showAndWait().map(String::strip));
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }
}
