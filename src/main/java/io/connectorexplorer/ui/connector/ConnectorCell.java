package io.connectorexplorer.ui.connector;

import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A row: icon, name, type (and label), and badges for source, destination and custom ({@link FlagBadges}). */
final class ConnectorCell extends ListCell<ConnectorSummary> {

    private final Predicate<ConnectorKey> fillingFlags;
    private final FontIcon icon = new FontIcon();
    private final Label name = new Label();
    private final Label type = new Label();
    private final Label source = badge(FlagBadges.SOURCE, "badge-source");
    private final Label destination = badge(FlagBadges.DESTINATION, "badge-destination");
    private final Label custom = badge("CUSTOM", "badge-custom");
    private final Label both = badge("…", "badge-unknown");
    private final Label changedBadge = badge("● changed", "badge-changed");
    private final java.util.Set<ConnectorKey> changed;
    private final HBox root;

    /**
     * {@code fillingFlags}: whether a row's unknown flags are being looked up (else they are not known); the list
     * refreshes when that changes.
     */
    ConnectorCell(Predicate<ConnectorKey> fillingFlags, java.util.Set<ConnectorKey> changed) {
        this.fillingFlags = fillingFlags;
        this.changed = changed;
        changedBadge.setTooltip(new Tooltip("Changed since you last looked: the account's listing differs from the one"
                + " before. Open it to see it; Compare with… (Ctrl+D) offers the earlier version the history kept."));
        getStyleClass().add("connector-cell");
        // Fit the list's width instead of widening it: long names are cut, badges always show.
        setPrefWidth(0);
        name.getStyleClass().add("connector-name");
        name.setMinWidth(0);
        type.setMinWidth(0);
        type.getStyleClass().add("connector-type");
        icon.setIconSize(20);
        // The mark goes with the type, under the name: beside the flag badges it would squeeze the name out of a
        // narrow list.
        HBox second = new HBox(4, changedBadge, type);
        second.setAlignment(Pos.CENTER_LEFT);
        second.setMinWidth(0);
        VBox text = new VBox(1, name, second);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        HBox badges = new HBox(4, source, destination, both, custom);
        badges.setAlignment(Pos.CENTER_RIGHT);
        badges.setMinWidth(Region.USE_PREF_SIZE);
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
        boolean filling = fillingFlags.test(item.key());
        FlagBadges flags = FlagBadges.of(item, filling);
        show(source, flags.source());
        show(destination, flags.destination());
        show(both, flags.both());
        show(custom, isCustom);
        show(changedBadge, changed.contains(item.key()));
        setText(null);
        setGraphic(root);
        setAccessibleText(item.name() + ", " + item.key().displayId() + ", " + FlagBadges.spoken(item, filling)
                + (changed.contains(item.key()) ? ", changed since you last looked" : ""));
    }

    private static Label badge(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().addAll("badge", style);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static void show(Label label, FlagBadges.Badge badge) {
        show(label, badge != null);
        if (badge != null) {
            label.setText(badge.text());
            label.getStyleClass().removeAll("badge-source", "badge-destination", "badge-unknown");
            label.getStyleClass().add(badge.style());
            label.setTooltip(badge.tooltip() == null ? null : tooltip(label, badge.tooltip()));
        }
    }

    /** The label's tooltip with this text, reused: a cell is redrawn on every scroll. */
    private static Tooltip tooltip(Label label, String text) {
        Tooltip tip = label.getTooltip() != null ? label.getTooltip() : new Tooltip();
        tip.setText(text);
        return tip;
    }

    private static void show(Label badge, boolean visible) {
        badge.setVisible(visible);
        badge.setManaged(visible);
    }
}
