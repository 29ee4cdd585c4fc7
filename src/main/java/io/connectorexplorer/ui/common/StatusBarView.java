package io.connectorexplorer.ui.common;

import atlantafx.base.controls.Spacer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bottom line: active profile, region, endpoint, what the app is doing, and a spinner while it works. */
public final class StatusBarView extends HBox {

    public StatusBarView(
            StatusModel status,
            ObservableValue<String> profile,
            ObservableValue<String> region,
            ObservableValue<String> state,
            ObservableValue<String> identity,
            ObservableValue<String> endpoint) {
        getStyleClass().add("status-bar");
        setId("statusBar");

        Label profileLabel = new Label();
        profileLabel.setId("statusProfile");
        profileLabel.getStyleClass().add("status-profile");
        profileLabel.setGraphic(new FontIcon(Feather.USER));
        profileLabel.textProperty().bind(profile);

        Label regionLabel = new Label();
        regionLabel.setId("statusRegion");
        regionLabel.setGraphic(new FontIcon(Feather.GLOBE));
        regionLabel.textProperty().bind(region);

        Label stateLabel = new Label();
        stateLabel.setId("statusState");
        stateLabel.textProperty().bind(state);

        Label identityLabel = new Label();
        identityLabel.setId("statusIdentity");
        identityLabel.getStyleClass().add("muted");
        identityLabel.textProperty().bind(identity);
        identityLabel.setMinWidth(0);

        Label endpointLabel = new Label();
        endpointLabel.setId("statusEndpoint");
        endpointLabel.getStyleClass().add("muted");
        endpointLabel.textProperty().bind(endpoint);

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("statusProgress");
        progress.setPrefSize(16, 16);
        progress.setMaxSize(16, 16);
        progress.visibleProperty().bind(status.busyProperty());
        progress.managedProperty().bind(status.busyProperty());

        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(status.messageProperty());

        endpointLabel.setMinWidth(0);
        endpointLabel.tooltipProperty().bind(endpoint.map(javafx.scene.control.Tooltip::new));
        getChildren().addAll(profileLabel, regionLabel, stateLabel, identityLabel, new Spacer(), progress, message);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }
}
