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
    // Made the first time the row shows them: most rows never do, and every label is styled and laid out when the
    // list first fills (the window's longest pulse at start).
    private Label custom;
    private Label both;
    private Label changedBadge;
    private final java.util.Set<ConnectorKey> changed;
    private final HBox second;
    private final HBox badges;
    private final HBox root;

    /**
     * {@code fillingFlags}: whether a row's unknown flags are being looked up (else they are not known); the list
     * refreshes when that changes.
     */
    ConnectorCell(Predicate<ConnectorKey> fillingFlags, java.util.Set<ConnectorKey> changed) {
        this.fillingFlags = fillingFlags;
        this.changed = changed;
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
        second = new HBox(4, type);
        second.setAlignment(Pos.CENTER_LEFT);
        second.setMinWidth(0);
        VBox text = new VBox(1, name, second);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        badges = new HBox(4, source, destination);
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
        if (flags.both() != null || both != null) {
            show(both(), flags.both());
        }
        if (isCustom || custom != null) {
            show(custom(), isCustom);
        }
        boolean isChanged = changed.contains(item.key());
        if (isChanged || changedBadge != null) {
            show(changedBadge(), isChanged);
        }
        setText(null);
        setGraphic(root);
        setAccessibleText(item.name() + ", " + item.key().displayId() + ", " + FlagBadges.spoken(item, filling)
                + (isChanged ? ", changed since you last looked" : ""));
    }

    /** After the destination badge, before the custom one. */
    private Label both() {
        if (both == null) {
            both = badge("…", "badge-unknown");
            badges.getChildren().add(badges.getChildren().indexOf(destination) + 1, both);
        }
        return both;
    }

    /** Last of the badges. */
    private Label custom() {
        if (custom == null) {
            custom = badge("CUSTOM", "badge-custom");
            badges.getChildren().add(custom);
        }
        return custom;
    }

    /** Before the type, under the name. */
    private Label changedBadge() {
        if (changedBadge == null) {
            changedBadge = badge("● changed", "badge-changed");
            changedBadge.setTooltip(new Tooltip("Changed since you last looked: the account's listing differs from the"
                    + " one before. Open it to see it; Compare with… (Ctrl+D) offers the earlier version the history"
                    + " kept."));
            second.getChildren().add(0, changedBadge);
        }
        return changedBadge;
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
            // Changed only when it differs: each change of the style classes styles the label again.
            if (!label.getStyleClass().contains(badge.style())) {
                label.getStyleClass().removeAll("badge-source", "badge-destination", "badge-unknown");
                label.getStyleClass().add(badge.style());
            }
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
