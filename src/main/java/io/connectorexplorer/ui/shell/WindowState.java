package io.connectorexplorer.ui.shell;

import io.connectorexplorer.core.settings.Settings;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's size, position, maximized state and split, and puts them back when still on screen. */
final class WindowState {

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";
    private static final String DIVIDER = "window.divider";

    private WindowState() {}

    static void restore(Stage stage, SplitPane split, Settings settings) {
        double width = settings.getDouble(WIDTH, 1180);
        double height = settings.getDouble(HEIGHT, 760);
        stage.setWidth(Math.max(640, width));
        stage.setHeight(Math.max(420, height));
        double x = settings.getDouble(X, Double.NaN);
        double y = settings.getDouble(Y, Double.NaN);
        if (!Double.isNaN(x)
                && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(width, 200), 40))
                        .isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.getBoolean(MAXIMIZED, false));
    }

    /** The split is set once the window has its size; before that the SplitPane ignores it. */
    static void restoreSplit(SplitPane split, Settings settings) {
        split.setDividerPositions(Math.min(0.6, Math.max(0.15, settings.getDouble(DIVIDER, 0.32))));
    }

    static void save(Stage stage, SplitPane split, Settings settings) {
        settings.put(MAXIMIZED, Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.put(X, Double.toString(stage.getX()));
            settings.put(Y, Double.toString(stage.getY()));
            settings.put(WIDTH, Double.toString(stage.getWidth()));
            settings.put(HEIGHT, Double.toString(stage.getHeight()));
        }
        if (split.getDividerPositions().length > 0) {
            settings.put(DIVIDER, Double.toString(split.getDividerPositions()[0]));
        }
    }
}
