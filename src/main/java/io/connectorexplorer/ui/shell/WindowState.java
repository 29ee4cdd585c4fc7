package io.connectorexplorer.ui.shell;

import io.connectorexplorer.core.settings.Settings;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
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
        double x = settings.getDouble(X, Double.NaN);
        double y = settings.getDouble(Y, Double.NaN);
        boolean onScreen = !Double.isNaN(x)
                && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(width, 200), 40))
                        .isEmpty();
        // Never larger than the screen it opens on (less its task bar): a small laptop screen, or a size kept from
        // a bigger monitor, would otherwise put the title bar and the toolbar out of reach.
        Rectangle2D room = (onScreen
                        ? Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(width, 200), 40))
                                .get(0)
                        : Screen.getPrimary())
                .getVisualBounds();
        stage.setWidth(Math.min(room.getWidth(), Math.max(640, width)));
        stage.setHeight(Math.min(room.getHeight(), Math.max(420, height)));
        if (onScreen) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.getBoolean(MAXIMIZED, false));
    }

    /** The most of the window's width the connector list keeps: the configuration gets the room first. */
    private static final double LIST_AT_MOST = 0.4;

    /**
     * The split is set once the window has its size; before that the SplitPane ignores it. The list keeps its width
     * when the window is resized, but never more than {@value #LIST_AT_MOST} of it, so a small window still shows the
     * configuration's member names.
     */
    static void restoreSplit(SplitPane split, Settings settings) {
        split.setDividerPositions(Math.min(LIST_AT_MOST, Math.max(0.15, settings.getDouble(DIVIDER, 0.3))));
        if (split.getDividers().isEmpty()) {
            return;
        }
        split.getDividers().get(0).positionProperty().addListener((obs, old, position) -> {
            Region list = (Region) split.getItems().get(0);
            // Not below the list's own minimum, or the split pane and this would take turns forever.
            double atMost = Math.max(LIST_AT_MOST, list.minWidth(-1) / Math.max(1, split.getWidth()));
            if (position.doubleValue() > atMost + 0.001) {
                split.setDividerPosition(0, atMost);
            }
        });
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
