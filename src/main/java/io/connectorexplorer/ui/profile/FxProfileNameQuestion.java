package io.connectorexplorer.ui.profile;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for the name of the profile "Save as profile…" writes: the proposed name selected, ready to type over; Save
 * stays disabled, with the reason under the field, while the name is taken or not one the AWS CLI reads.
 */
public final class FxProfileNameQuestion implements DiscoveredAccountsViewModel.NameQuestion {

    private final Window owner;

    public FxProfileNameQuestion(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<String> ask(String account, String proposed, Function<String, Optional<String>> problem) {
        TextInputDialog dialog = new TextInputDialog(proposed);
        dialog.initOwner(owner);
        dialog.setTitle("Save as profile");
        dialog.setHeaderText("Save " + account + " as a profile in the AWS config file");
        dialog.setGraphic(null);
        ButtonType save = new ButtonType("Save profile", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getEditor().setId("profileNameField");
        Label why = new Label();
        why.setId("profileNameProblem");
        why.getStyleClass().add(Styles.DANGER);
        why.setWrapText(true);
        Label hint = new Label("The AWS CLI and SDKs then know it by this name (--profile, AWS_PROFILE).");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox content = new VBox(6, new Label("Profile name:"), dialog.getEditor(), why, hint);
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        why.textProperty()
                .bind(dialog.getEditor()
                        .textProperty()
                        .map(name -> problem.apply(name.strip()).orElse("")));
        dialog.getDialogPane()
                .lookupButton(save)
                .disableProperty()
                .bind(why.textProperty().isNotEmpty());
        dialog.setResultConverter(
                button -> button == save ? dialog.getEditor().getText().strip() : null);
        dialog.setOnShown(e -> {
            dialog.getEditor().requestFocus();
            dialog.getEditor().selectAll();
        });
        return dialog.showAndWait();
    }
}
