package io.connectorexplorer.ui.connector;

import io.connectorexplorer.core.connector.ConnectorSummary;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Tells the view model which rows of the list are on screen, after each layout pulse of the window: scrolling,
 * filtering, resizing and new rows all end in a layout. Asking the list's flow for its first and last visible cell
 * costs next to nothing, and the view model hears only of a range that changed.
 */
final class ShownRowsReporter {

    private final ListView<ConnectorSummary> list;
    private final ConnectorListViewModel model;
    private final Runnable afterLayout = this::report;
    private VirtualFlow<?> flow;

    ShownRowsReporter(ListView<ConnectorSummary> list, ConnectorListViewModel model) {
        this.list = list;
        this.model = model;
        list.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            listenTo(scene);
        });
        listenTo(list.getScene());
        list.skinProperty().addListener((obs, old, skin) -> flow = null);
    }

    private void listenTo(Scene scene) {
        if (scene != null) {
            scene.addPostLayoutPulseListener(afterLayout);
        }
    }

    private void report() {
        if (flow == null && list.getSkin() != null) {
            flow = list.lookup(".virtual-flow") instanceof VirtualFlow<?> found ? found : null;
        }
        if (flow == null || !list.isVisible()) {
            return;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first == null || last == null || list.getItems().isEmpty()) {
            model.setShownRows(0, -1);
        } else {
            model.setShownRows(first.getIndex(), last.getIndex());
        }
    }
}
