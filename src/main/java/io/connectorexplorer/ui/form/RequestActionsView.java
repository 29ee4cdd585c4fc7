package io.connectorexplorer.ui.form;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Below the form: the actions on the request, what is left to fill in, the outcome, and the live preview. */
final class RequestActionsView extends VBox {

    RequestActionsView(ConnectFormViewModel model, CreateProfileViewModel actions) {
        super(6);
        TextArea preview = new TextArea();
        preview.setId("requestPreview");
        preview.setEditable(false);
        preview.getStyleClass().add("monospace");
        preview.textProperty().bind(model.previewProperty());
        VBox.setVgrow(preview, Priority.ALWAYS);
        Label remaining = new Label();
        remaining.setId("formRemaining");
        remaining.textProperty().bind(model.remainingProperty());
        Label formMessages = new Label();
        formMessages.setId("formMessages");
        formMessages.getStyleClass().add(Styles.DANGER);
        formMessages.setWrapText(true);
        formMessages.textProperty().bind(model.formMessagesProperty());
        CheckBox secrets = new CheckBox("Include secrets in the next copy");
        secrets.setId("includeSecrets");
        secrets.selectedProperty().bindBidirectional(actions.includeSecretsProperty());
        Label warning = new Label("The copied command will hold passwords and keys in plain text.");
        warning.getStyleClass().add(Styles.WARNING);
        warning.visibleProperty().bind(secrets.selectedProperty());
        warning.managedProperty().bind(secrets.selectedProperty());
        Button copy = new Button("Copy as AWS CLI command");
        copy.setId("copyCliButton");
        copy.setOnAction(e -> actions.copyCliCommand());
        // Copy and save stay available for an unfinished request (to finish it elsewhere); only Create waits.
        copy.disableProperty().bind(model.specProperty().isNull());
        Button save = new Button("Save request as JSON…");
        save.setId("saveRequestButton");
        save.setOnAction(e -> actions.saveRequest());
        save.disableProperty().bind(model.specProperty().isNull());
        Button create = new Button("Create connector profile");
        create.setId("createProfileButton");
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(model.validProperty().not().or(actions.creatingProperty()));
        create.setOnAction(e -> actions.create());
        Label result = new Label();
        result.setId("createResult");
        result.setWrapText(true);
        result.getStyleClass().add(Styles.SUCCESS);
        result.textProperty().bind(actions.resultProperty());
        FlowPane buttons = new FlowPane(8, 6, create, copy, save, secrets);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("CreateConnectorProfile request (secrets shown as ****)");
        title.getStyleClass().add("pane-title");
        Label error = new Label();
        error.setId("createError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(actions.createErrorProperty());
        error.visibleProperty().bind(actions.createErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        HBox status = new HBox(12, remaining, result);
        status.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(buttons, warning, status, error, formMessages, title, preview);
        setPadding(new Insets(12));
    }
}
