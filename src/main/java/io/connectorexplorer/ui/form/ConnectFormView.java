package io.connectorexplorer.ui.form;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/**
 * The Connect tab. The form is what the user works in and gets the room; the actions stay in view beneath it. The
 * request preview is shown on demand: beside the form when the tab is wide, beneath it when not.
 */
public final class ConnectFormView extends BorderPane {

    /** From this width the preview goes beside the form rather than beneath it. */
    private static final double BESIDE = 1000;

    private final ScrollPane formScroll = new ScrollPane();
    private final RequestPreviewPane preview;
    private final SplitPane body = new SplitPane();
    private final BooleanProperty previewShown = new SimpleBooleanProperty();
    private boolean previewChosen;
    private boolean arranging;

    public ConnectFormView(ConnectFormViewModel form, CreateProfileViewModel actions) {
        setId("connectPane");
        formScroll.setContent(new FormFieldsView(form, this::scrollTo));
        formScroll.setFitToWidth(true);
        formScroll.setId("connectFormScroll");
        preview = new RequestPreviewPane(form);
        body.getItems().add(formScroll);
        setCenter(body);
        setBottom(new CreateActionsBar(form, actions, previewShown));
        setMinSize(0, 0);
        // The form's own widths must not push the connector list aside.
        setPrefWidth(520);
        widthProperty().addListener((obs, old, width) -> arrange());
        previewShown.addListener((obs, was, shown) -> {
            previewChosen |= !arranging;
            arrange();
        });
    }

    /** Until the user chooses, the preview shows when there is room for it beside the form. */
    private void arrange() {
        boolean wide = getWidth() >= BESIDE;
        if (!previewChosen && previewShown.get() != wide) {
            arranging = true;
            try {
                previewShown.set(wide);
            } finally {
                arranging = false;
            }
        }
        body.setOrientation(wide ? Orientation.HORIZONTAL : Orientation.VERTICAL);
        if (previewShown.get() && !body.getItems().contains(preview)) {
            body.getItems().add(preview);
            body.setDividerPositions(wide ? 0.62 : 0.6);
        } else if (!previewShown.get()) {
            body.getItems().remove(preview);
        }
    }

    /** Scrolls the form so that {@code node} is in view. */
    private void scrollTo(Node node) {
        Node content = formScroll.getContent();
        content.applyCss();
        formScroll.layout();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double free = content.getBoundsInLocal().getHeight()
                - formScroll.getViewportBounds().getHeight();
        if (free > 0) {
            formScroll.setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - 24) / free)));
        }
    }
}
