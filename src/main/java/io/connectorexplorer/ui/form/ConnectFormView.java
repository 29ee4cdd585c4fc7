package io.connectorexplorer.ui.form;

import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;

/** The Connect tab: the generated form above, the actions and the live request preview below. */
public final class ConnectFormView extends SplitPane {

    public ConnectFormView(ConnectFormViewModel form, CreateProfileViewModel actions) {
        setId("connectPane");
        ScrollPane scroll = new ScrollPane(new FormFieldsView(form));
        scroll.setFitToWidth(true);
        setOrientation(Orientation.VERTICAL);
        getItems().addAll(scroll, new RequestActionsView(form, actions));
        setDividerPositions(0.62);
        // The form's own widths must not push the list aside.
        setPrefWidth(520);
        setMinWidth(0);
    }
}
