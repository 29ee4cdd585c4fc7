package io.connectorexplorer.ui.form;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The CreateConnectorProfile request as it stands, secrets masked, redrawn as the user types. */
final class RequestPreviewPane extends VBox {

    RequestPreviewPane(ConnectFormViewModel model) {
        super(6);
        setId("requestPreviewPane");
        Label title = new Label("CreateConnectorProfile request (secrets shown as ****)");
        title.getStyleClass().add("pane-title");
        TextArea preview = new TextArea();
        preview.setId("requestPreview");
        preview.setEditable(false);
        preview.getStyleClass().add("monospace");
        preview.textProperty().bind(model.previewProperty());
        preview.setMinHeight(60);
        VBox.setVgrow(preview, Priority.ALWAYS);
        getChildren().addAll(title, preview);
        setPadding(new Insets(8, 12, 8, 12));
        setMinSize(0, 0);
    }
}
