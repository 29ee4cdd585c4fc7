package io.connectorexplorer.ui.inventory;

import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.ui.common.SecondaryWindowState;
import io.connectorexplorer.ui.common.Theme;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The Inventory window: one per main window, built the first time it is asked for, brought to the front when asked
 * again. Its size, position and split are remembered; closing it cancels an inventory on its way. Keys: Ctrl+F the
 * filter, Escape cancels, Ctrl+W closes, Ctrl+Shift+D switches the theme (shared with the main window).
 *
 * <p>A window of its own rather than one owned by the main window: an owned window stays above its owner on Windows
 * and under most X11 window managers, so the main window could never come to the front over it to show the connector
 * a cell opened. It closes with the main window instead (the composition root wires that).
 */
public final class InventoryWindow {

    private static final SecondaryWindowState PLACE =
            new SecondaryWindowState("inventory.window.", 1120, 0.24, 0.1, 0.5);

    private final Stage stage;
    private final InventoryView.Models models;
    private final ObjectProperty<Theme> theme;
    private final Settings settings;
    private InventoryView view;
    private ChangeListener<Theme> themeFollower;

    public InventoryWindow(Stage stage, InventoryView.Models models, ObjectProperty<Theme> theme, Settings settings) {
        this.stage = stage;
        this.models = models;
        this.theme = theme;
        this.settings = settings;
    }

    /** Opens the window, or brings it to the front with what it showed. */
    public void show() {
        if (view == null) {
            build();
        }
        if (!stage.isShowing()) {
            theme.get().apply(stage.getScene());
            theme.addListener(themeFollower);
            PLACE.restore(stage, settings);
            stage.show();
            Platform.runLater(() -> PLACE.restoreSplit(view.split(), settings));
            view.focusStart();
        }
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    private void build() {
        view = new InventoryView(models);
        Scene scene = new Scene(view);
        stage.setScene(scene);
        stage.setTitle("Inventory — Connector Explorer");
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        themeFollower = (obs, old, now) -> now.apply(scene);
        scene.getAccelerators().put(shortcut(KeyCode.F), view::focusFilter);
        scene.getAccelerators().put(shortcut(KeyCode.W), stage::close);
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        () -> theme.set(theme.get().other()));
        // After the focused control had its say (a filter with text clears it, an open list closes).
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && models.inventory().isRunning()) {
                models.inventory().cancel();
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            models.inventory().close();
            theme.removeListener(themeFollower);
            PLACE.save(stage, view.split(), settings);
        });
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
