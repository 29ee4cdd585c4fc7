package io.connectorexplorer.ui.form;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Below the form, always in view and one row high, so the form keeps the room: Create, Copy as AWS CLI command, the
 * rest in a menu, the preview toggle; then where the form stands.
 */
final class CreateActionsBar extends VBox {

    /** Below this width the buttons say less, so that they stay on one row. */
    private static final double NARROW = 640;

    CreateActionsBar(ConnectFormViewModel form, CreateProfileViewModel actions, BooleanProperty previewShown) {
        super(4);
        setId("connectActions");
        getStyleClass().add("connect-actions");
        setPadding(new Insets(8, 12, 8, 12));
        Button create = new Button();
        create.setId("createProfileButton");
        create.getStyleClass().add(Styles.ACCENT);
        create.setTooltip(new Tooltip("Create the connector profile in the account shown, after a confirmation"));
        create.disableProperty()
                .bind(form.validProperty()
                        .not()
                        .or(actions.creatingProperty())
                        .or(actions.createdProperty().isNotNull()));
        create.setOnAction(e -> actions.create());
        Button copy = new Button();
        copy.setId("copyCliButton");
        copy.setTooltip(new Tooltip("Copy an 'aws appflow create-connector-profile' command for this account and"
                + " region; secrets are read from environment variables unless included"));
        copy.setOnAction(e -> actions.copyCliCommand());
        // Copy and save stay available for an unfinished request (to finish it elsewhere); only Create waits.
        copy.disableProperty().bind(form.specProperty().isNull());
        MenuItem save = new MenuItem("Save request as JSON…");
        save.setId("saveRequestMenuItem");
        save.setOnAction(e -> actions.saveRequest());
        save.disableProperty().bind(form.specProperty().isNull());
        CheckMenuItem secrets = new CheckMenuItem("Include secrets in the next copy");
        secrets.setId("includeSecrets");
        secrets.selectedProperty().bindBidirectional(actions.includeSecretsProperty());
        MenuButton more = new MenuButton(null, new FontIcon(Feather.MORE_HORIZONTAL), save, secrets);
        more.setId("moreActionsButton");
        more.setTooltip(new Tooltip("More: save the request, include secrets in a copy"));
        ToggleButton preview = new ToggleButton(null, new FontIcon(Feather.CODE));
        preview.setId("previewToggle");
        preview.setTooltip(new Tooltip("Show the request as it will be sent (secrets masked)"));
        preview.selectedProperty().bindBidirectional(previewShown);
        HBox buttons = new HBox(8, create, copy, more, new Spacer(), preview);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label warning = new Label("The next copy holds passwords and keys in plain text.");
        warning.setId("includeSecretsWarning");
        warning.getStyleClass().add(Styles.WARNING);
        warning.visibleProperty().bind(secrets.selectedProperty());
        warning.managedProperty().bind(secrets.selectedProperty());
        getChildren().addAll(buttons, warning, new FormStatusLine(form, actions));
        widthProperty().addListener((obs, old, width) -> {
            boolean narrow = width.doubleValue() < NARROW;
            create.setText(narrow ? "Create" : "Create connector profile");
            copy.setText(narrow ? "Copy CLI command" : "Copy as AWS CLI command");
        });
        create.setText("Create connector profile");
        copy.setText("Copy as AWS CLI command");
    }
}
