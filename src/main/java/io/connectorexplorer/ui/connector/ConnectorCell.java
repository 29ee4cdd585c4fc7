package io.connectorexplorer.ui.connector;

import io.connectorexplorer.core.connector.ConnectorSummary;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A row: icon, name, type (and label), and badges for source, destination and custom. */
final class ConnectorCell extends ListCell<ConnectorSummary> {

    private final FontIcon icon = new FontIcon();
    private final Label name = new Label();
    private final Label type = new Label();
    private final Label source = badge("SOURCE", "badge-source");
    private final Label destination = badge("DEST", "badge-destination");
    private final Label custom = badge("CUSTOM", "badge-custom");
    private final Label unknown = badge("…", "badge-unknown");
    private final HBox root;

    ConnectorCell() {
        getStyleClass().add("connector-cell");
        // Fit the list's width instead of widening it: long names are cut, badges always show.
        setPrefWidth(0);
        name.getStyleClass().add("connector-name");
        name.setMinWidth(0);
        type.setMinWidth(0);
        type.getStyleClass().add("connector-type");
        icon.setIconSize(20);
        unknown.setTooltip(new Tooltip("Source and destination are known once the connector is described"));
        VBox text = new VBox(1, name, type);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        HBox badges = new HBox(4, source, destination, custom, unknown);
        badges.setAlignment(Pos.CENTER_RIGHT);
        badges.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        root = new HBox(8, icon, text, badges);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(ConnectorSummary item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        boolean isCustom = item.key().isCustom();
        icon.setIconCode(isCustom ? Feather.TOOL : Feather.PACKAGE);
        name.setText(item.name());
        type.setText(item.key().displayId());
        show(source, Boolean.TRUE.equals(item.canUseAsSource()));
        show(destination, Boolean.TRUE.equals(item.canUseAsDestination()));
        show(custom, isCustom);
        show(unknown, !item.flagsKnown());
        setText(null);
        setGraphic(root);
        setAccessibleText(item.name() + ", " + item.key().displayId());
    }

    private static Label badge(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().addAll("badge", style);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static void show(Label badge, boolean visible) {
        badge.setVisible(visible);
        badge.setManaged(visible);
    }
}
