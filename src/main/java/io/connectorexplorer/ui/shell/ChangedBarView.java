package io.connectorexplorer.ui.shell;

import io.connectorexplorer.ui.common.Moments;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The strip above a configuration opened because it changed since the user last looked: what changed in the listing,
 * in a few words, and "Show what changed" (Ctrl+Shift+H), which compares it with the version the history kept before.
 */
final class ChangedBarView extends HBox {

    ChangedBarView(ObservableValue<ChangedNotice> notice, ObservableBooleanValue canCompare, Runnable showChanges) {
        super(8);
        Label text = new Label();
        text.setId("changedBarText");
        text.setMinWidth(0);
        // Two lines rather than an ellipsis in a narrow window: what changed is the point.
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.textProperty().bind(notice.map(ChangedBarView::text).orElse(""));
        text.tooltipProperty().bind(notice.map(n -> new Tooltip(text(n) + when(n))));
        HBox.setHgrow(text, Priority.ALWAYS);
        Button show = new Button("Show what changed", new FontIcon(Feather.GIT_PULL_REQUEST));
        show.setId("showChangesButton");
        show.setMinWidth(Button.USE_PREF_SIZE);
        show.setTooltip(new Tooltip("Compare it with the version the history kept before (Ctrl+Shift+H)"));
        show.disableProperty().bind(javafx.beans.binding.Bindings.not(canCompare));
        show.setOnAction(e -> showChanges.run());
        Label mark = new Label("●");
        mark.getStyleClass().add("changed-mark");
        getChildren().addAll(mark, text, show);
        setId("changedBar");
        getStyleClass().add("changed-bar");
        setAlignment(Pos.CENTER_LEFT);
        visibleProperty().bind(notice.map(n -> true).orElse(false));
        managedProperty().bind(visibleProperty());
    }

    static String text(ChangedNotice notice) {
        return "Changed since you last looked" + (notice.what().isEmpty() ? "" : ": " + notice.what());
    }

    private static String when(ChangedNotice notice) {
        return notice.listedAt() == null
                ? ""
                : " (in the listing of " + Moments.shown(notice.listedAt()) + ", against the one before)";
    }
}
