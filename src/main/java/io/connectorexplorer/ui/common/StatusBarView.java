package io.connectorexplorer.ui.common;

import atlantafx.base.controls.Spacer;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bottom line: the target (profile, region) and its state, who the credentials are, and what the app is doing. The
 * target and state never shrink; the message is what gets cut (whole in its tooltip), and it fades a few seconds after
 * the work it tells of is over.
 */
public final class StatusBarView extends HBox {

    private static final Duration SHOWN = Duration.seconds(6);

    public StatusBarView(
            StatusModel status,
            ObservableValue<String> profile,
            ObservableValue<String> region,
            ObservableValue<String> state,
            ObservableValue<String> identity,
            ObservableValue<String> endpoint) {
        getStyleClass().add("status-bar");
        setId("statusBar");
        setSpacing(8);
        Label profileLabel = fixed("statusProfile", profile, Feather.USER);
        profileLabel.getStyleClass().add("status-profile");
        Label regionLabel = fixed("statusRegion", region, Feather.GLOBE);
        Label stateLabel = fixed("statusState", state, null);
        Label identityLabel = shrinking("statusIdentity", identity);
        identityLabel.getStyleClass().add("muted");
        identityLabel.tooltipProperty().unbind();
        identityLabel
                .tooltipProperty()
                .bind(Bindings.createObjectBinding(
                        () -> identity.getValue().isEmpty()
                                        && endpoint.getValue().isEmpty()
                                ? null
                                : new Tooltip((identity.getValue() + "\nEndpoint: " + endpoint.getValue()).strip()),
                        identity,
                        endpoint));

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("statusProgress");
        progress.setPrefSize(16, 16);
        progress.setMaxSize(16, 16);
        progress.setMinSize(16, 16);
        progress.visibleProperty().bind(status.busyProperty());
        progress.managedProperty().bind(status.busyProperty());

        Label message = shrinking("statusMessage", status.messageProperty());
        message.setTextOverrun(OverrunStyle.ELLIPSIS);
        message.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(message, Priority.SOMETIMES);
        SequentialTransition fade = fadeOut(message);
        status.messageProperty().addListener((obs, old, now) -> show(fade, message, status.isBusy()));
        status.busyProperty().addListener((obs, was, busy) -> show(fade, message, busy));

        getChildren().addAll(profileLabel, regionLabel, stateLabel, identityLabel, new Spacer(), progress, message);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** Shown in full: the line gives way around it. */
    private static Label fixed(String id, ObservableValue<String> text, Feather icon) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.setMinWidth(Label.USE_PREF_SIZE);
        if (icon != null) {
            label.setGraphic(new FontIcon(icon));
        }
        return label;
    }

    /** Cut when the line is short of room, and whole in a tooltip. */
    private static Label shrinking(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.setMinWidth(0);
        label.tooltipProperty().bind(text.map(t -> t.isEmpty() ? null : new Tooltip(t)));
        return label;
    }

    private static SequentialTransition fadeOut(Label message) {
        FadeTransition fade = new FadeTransition(Duration.millis(600), message);
        fade.setToValue(0);
        return new SequentialTransition(message, new PauseTransition(SHOWN), fade);
    }

    /** Full strength while work runs; once it is over, the message stays a moment and then fades. */
    private static void show(SequentialTransition fade, Label message, boolean busy) {
        fade.stop();
        message.setOpacity(1);
        if (!busy) {
            fade.playFromStart();
        }
    }
}
