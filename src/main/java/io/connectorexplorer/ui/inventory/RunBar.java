package io.connectorexplorer.ui.inventory;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.connectorexplorer.core.inventory.InventoryProgress;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Take inventory (Enter), Cancel (Escape) while it runs, the total progress, and Retry failed once it is over. */
final class RunBar extends HBox {

    RunBar(InventoryViewModel model, TargetPickerViewModel picker, Runnable take) {
        super(8);
        setId("inventoryRunBar");
        getStyleClass().add("inventory-run-bar");
        setAlignment(Pos.CENTER_LEFT);

        Button start = new Button("Take inventory", new FontIcon(Feather.PLAY));
        start.setId("takeInventoryButton");
        start.getStyleClass().add(Styles.ACCENT);
        start.setTooltip(new Tooltip("Ask every ticked profile in every ticked region at once (Enter)"));
        start.disableProperty()
                .bind(model.runningProperty().or(picker.targetCountProperty().isEqualTo(0)));
        start.defaultButtonProperty().bind(model.runningProperty().not());
        start.setOnAction(e -> take.run());

        Button cancel = new Button("Cancel", new FontIcon(Feather.X));
        cancel.setId("cancelInventoryButton");
        cancel.setTooltip(new Tooltip("Stop asking the targets still queued or loading (Escape)"));
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());

        ProgressBar bar = new ProgressBar(0);
        bar.setId("inventoryProgressBar");
        bar.setPrefWidth(180);
        bar.setMinWidth(80);
        bar.progressProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> model.progressProperty().get().total() == 0
                                ? 0
                                : model.progressProperty().get().fraction(),
                        model.progressProperty()));
        Label text = new Label();
        text.setId("inventoryProgressText");
        text.textProperty().bind(model.progressTextProperty());
        text.tooltipProperty().bind(model.progressTextProperty().map(t -> t.isEmpty() ? null : new Tooltip(t)));
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.SOMETIMES);

        Button retry = new Button("Retry failed", new FontIcon(Feather.REFRESH_CW));
        retry.setId("retryFailedButton");
        retry.setTooltip(new Tooltip("Ask the targets that failed or were cancelled again"));
        retry.visibleProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> {
                            InventoryProgress p = model.progressProperty().get();
                            return !model.isRunning() && p.failed() + p.cancelled() > 0;
                        },
                        model.progressProperty(),
                        model.runningProperty()));
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> model.retryFailed());

        // In a narrow window (800 pixels wide) the progress text gives way, not the buttons' words.
        for (Button button : new Button[] {start, cancel, retry}) {
            button.setMinWidth(Button.USE_PREF_SIZE);
        }
        getChildren().addAll(start, cancel, bar, text, new Spacer(), retry);
        bar.visibleProperty().bind(model.progressProperty().map(p -> p.total() > 0));
    }
}
