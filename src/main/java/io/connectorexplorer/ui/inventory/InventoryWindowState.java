package io.connectorexplorer.ui.inventory;

import io.connectorexplorer.core.settings.Settings;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the Inventory window's size, position and split, as the main window's are; put back when on screen. */
final class InventoryWindowState {

    private static final String PREFIX = "inventory.window.";

    private InventoryWindowState() {}

    static void restore(Stage stage, Settings settings) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = settings.getDouble(PREFIX + "width", Math.min(1120, screen.getWidth() * 0.9));
        double height = settings.getDouble(PREFIX + "height", Math.min(720, screen.getHeight() * 0.9));
        // Never larger than the screen (a size kept from a bigger monitor would put the title bar out of reach).
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

    /** The split between the target list and the matrix, once the window has its size. */
    static void restoreSplit(SplitPane split, Settings settings) {
        split.setDividerPositions(Math.min(0.5, Math.max(0.1, settings.getDouble(PREFIX + "divider", 0.24))));
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
