package io.connectorexplorer.ui.compare;

import io.connectorexplorer.core.account.Target;
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
 * The Compare window: one per main window, built the first time "Compare with…" is asked for, brought to the front
 * when asked again — for the same connector it keeps what it compared, for another it starts over. A window of its
 * own, as the Inventory window is, so the main window stays usable beside it. Size, position and split are
 * remembered; closing it cancels a comparison on its way. Keys: Ctrl+L the other side, F7 / Shift+F7 the differences,
 * Ctrl+H differences only, Ctrl+Shift+C copy, Ctrl+S save, Ctrl+Shift+S swap, Escape cancels, Ctrl+W closes.
 */
public final class CompareWindow {

    private static final SecondaryWindowState PLACE = new SecondaryWindowState("compare.window.", 1100, 0.72, 0.4, 0.9);

    private final Stage stage;
    private final CompareView.Models models;
    private final ObjectProperty<Theme> theme;
    private final Settings settings;
    private CompareView view;
    private ChangeListener<Theme> themeFollower;

    public CompareWindow(Stage stage, CompareView.Models models, ObjectProperty<Theme> theme, Settings settings) {
        this.stage = stage;
        this.models = models;
        this.theme = theme;
        this.settings = settings;
    }

    /**
     * Compares {@code subject} (a connector, an entity's fields), shown at {@code target} as {@code shown} has it; opens
     * or brings the window up.
     */
    public void show(Target target, CompareSubject subject, CompareSource shown) {
        if (view == null) {
            build();
        }
        boolean fresh = models.compare().show(subject, shown);
        if (fresh) {
            models.picker().open(target, subject);
            view.resetPicker();
        }
        bringUp(fresh);
    }

    /**
     * "Show what changed": compares {@code subject} as {@code shown} has it with the version the history kept before
     * it, the earlier on the left; with none kept, says so and leaves the keyboard in the picker.
     */
    public void showChanges(Target target, CompareSubject subject, CompareSource shown) {
        if (view == null) {
            build();
        }
        models.compare().show(subject, shown);
        view.resetPicker();
        models.picker().open(target, subject, earlier -> {
            if (earlier.isEmpty()) {
                models.status()
                        .info("The history kept no earlier version of "
                                + models.compare().subjectName() + " in " + target.displayName()
                                + ": pick what to compare it with");
                view.focusPicker();
            } else {
                view.compareSince(earlier.get(0));
            }
        });
        bringUp(true);
    }

    private void bringUp(boolean fresh) {
        stage.setTitle("Compare " + models.compare().subjectName() + " — Connector Explorer");
        if (!stage.isShowing()) {
            theme.get().apply(stage.getScene());
            theme.addListener(themeFollower);
            PLACE.restore(stage, settings);
            stage.show();
            Platform.runLater(() -> PLACE.restoreSplit(view.split(), settings));
        }
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        if (fresh || models.compare().getTree() == null) {
            view.focusPicker();
        } else {
            view.focusTree();
        }
    }

    public Stage stage() {
        return stage;
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    private void build() {
        view = new CompareView(models);
        Scene scene = new Scene(view);
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        themeFollower = (obs, old, now) -> now.apply(scene);
        CompareViewModel compare = models.compare();
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.F7), () -> step(compare.diffTree()::nextDifference));
        keys.put(
                new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN),
                () -> step(compare.diffTree()::previousDifference));
        keys.put(shortcut(KeyCode.L), view::focusPicker);
        keys.put(
                shortcut(KeyCode.H),
                () -> compare.diffTree().setDifferencesOnly(!compare.diffTree().isDifferencesOnly()));
        keys.put(shortcutShift(KeyCode.C), models.export()::copyDifferences);
        keys.put(shortcut(KeyCode.S), models.export()::saveJson);
        keys.put(shortcutShift(KeyCode.S), compare::swap);
        keys.put(shortcut(KeyCode.W), stage::close);
        keys.put(shortcutShift(KeyCode.D), () -> theme.set(theme.get().other()));
        // After the focused control had its say (the field's Escape goes back to the tree).
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && compare.isRunning()) {
                compare.cancel();
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            compare.close();
            theme.removeListener(themeFollower);
            PLACE.save(stage, view.split(), settings);
        });
    }

    /** F7 from anywhere in the window: the difference, selected, with the keyboard in the tree. */
    private void step(Runnable move) {
        move.run();
        view.focusTree();
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shortcutShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
