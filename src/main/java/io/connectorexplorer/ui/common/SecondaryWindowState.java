package io.connectorexplorer.ui.common;

import io.connectorexplorer.core.settings.Settings;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * A window beside the main one (Inventory, Compare): its size, position, maximised state and split remembered under
 * {@code prefix} in the settings, put back when on a screen, never larger than the screen.
 */
public final class SecondaryWindowState {

    private final String prefix;
    private final double defaultWidth;
    private final double defaultDivider;
    private final double minDivider;
    private final double maxDivider;

    /** {@code prefix}: "inventory.window."; the divider is kept between {@code minDivider} and {@code maxDivider}. */
    public SecondaryWindowState(
            String prefix, double defaultWidth, double defaultDivider, double minDivider, double maxDivider) {
        this.prefix = prefix;
        this.defaultWidth = defaultWidth;
        this.defaultDivider = defaultDivider;
        this.minDivider = minDivider;
        this.maxDivider = maxDivider;
    }

    public void restore(Stage stage, Settings settings) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = settings.getDouble(prefix + "width", Math.min(defaultWidth, screen.getWidth() * 0.9));
        double height = settings.getDouble(prefix + "height", Math.min(720, screen.getHeight() * 0.9));
        // Never larger than the screen (a size kept from a bigger monitor would put the title bar out of reach).
        stage.setWidth(Math.min(screen.getWidth(), Math.max(stage.getMinWidth(), width)));
        stage.setHeight(Math.min(screen.getHeight(), Math.max(stage.getMinHeight(), height)));
        double x = settings.getDouble(prefix + "x", Double.NaN);
        double y = settings.getDouble(prefix + "y", Double.NaN);
        if (!Double.isNaN(x)
                && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(width, 200), 40))
                        .isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.getBoolean(prefix + "maximized", false));
    }

    /** The split, once the window has its size. */
    public void restoreSplit(SplitPane split, Settings settings) {
        split.setDividerPositions(
                Math.min(maxDivider, Math.max(minDivider, settings.getDouble(prefix + "divider", defaultDivider))));
    }

    public void save(Stage stage, SplitPane split, Settings settings) {
        settings.put(prefix + "maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.put(prefix + "x", Double.toString(stage.getX()));
            settings.put(prefix + "y", Double.toString(stage.getY()));
            settings.put(prefix + "width", Double.toString(stage.getWidth()));
            settings.put(prefix + "height", Double.toString(stage.getHeight()));
        }
        if (split.getDividerPositions().length > 0) {
            settings.put(prefix + "divider", Double.toString(split.getDividerPositions()[0]));
        }
    }
}
