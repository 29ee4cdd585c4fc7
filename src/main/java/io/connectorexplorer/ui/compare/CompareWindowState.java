package io.connectorexplorer.ui.compare;

import io.connectorexplorer.core.settings.Settings;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the Compare window's size, position and split, as the Inventory window's are; never off screen. */
final class CompareWindowState {

    private static final String PREFIX = "compare.window.";

    private CompareWindowState() {}

    static void restore(Stage stage, Settings settings) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = settings.getDouble(PREFIX + "width", Math.min(1100, screen.getWidth() * 0.9));
        double height = settings.getDouble(PREFIX + "height", Math.min(720, screen.getHeight() * 0.9));
        stage.setWidth(Math.min(screen.getWidth(), Math.max(stage.getMinWidth(), width)));
        stage.setHeight(Math.min(screen.getHeight(), Math.max(stage.getMinHeight(), height)));
        double x = settings.getDouble(PREFIX + "x", Double.NaN);
        double y = settings.getDouble(PREFIX + "y", Double.NaN);
        if (!Double.isNaN(x)
                && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(width, 200), 40))
                        .isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.getBoolean(PREFIX + "maximized", false));
    }

    /** The split between the tree and the values beneath it, once the window has its size. */
    static void restoreSplit(SplitPane split, Settings settings) {
        split.setDividerPositions(Math.min(0.9, Math.max(0.4, settings.getDouble(PREFIX + "divider", 0.72))));
    }

    static void save(Stage stage, SplitPane split, Settings settings) {
        settings.put(PREFIX + "maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.put(PREFIX + "x", Double.toString(stage.getX()));
            settings.put(PREFIX + "y", Double.toString(stage.getY()));
            settings.put(PREFIX + "width", Double.toString(stage.getWidth()));
            settings.put(PREFIX + "height", Double.toString(stage.getHeight()));
        }
        if (split.getDividerPositions().length > 0) {
            settings.put(PREFIX + "divider", Double.toString(split.getDividerPositions()[0]));
        }
    }
}
