package io.connectorexplorer.ui.connector;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.connector.Capability;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A row's badges as a reused cell shows one connector after another: the rarer badges (custom, the muted "both", the
 * changed mark) are made when a row first needs them, in their place, and hidden again for the next row.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectorCellTest {

    private static final ConnectorSummary SALESFORCE = new ConnectorSummary(
            ConnectorKey.amazon("Salesforce"), "Salesforce", "", "", Capability.YES, Capability.YES);
    private static final ConnectorSummary ACME_UNKNOWN =
            new ConnectorSummary(ConnectorKey.custom("acme-crm"), "Acme CRM", "", "");
    private static final ConnectorSummary BILLING =
            new ConnectorSummary(ConnectorKey.custom("billing"), "Billing", "", "", Capability.YES, Capability.NO);

    private final Set<ConnectorKey> changed = new HashSet<>();

    @Test
    void aPlainRowMakesNoneOfTheRarerBadges() throws Exception {
        ConnectorCell cell =
                WaitForAsyncUtils.asyncFx(() -> cellShowing(SALESFORCE)).get();

        assertThat(shownBadges(cell)).containsExactly("SOURCE", "DEST");
        assertThat(allBadges(cell)).containsExactly("SOURCE", "DEST");
    }

    @Test
    void rarerBadgesAreMadeInTheirPlaceAndHiddenForTheNextRow() throws Exception {
        changed.add(ACME_UNKNOWN.key());
        ConnectorCell cell =
                WaitForAsyncUtils.asyncFx(() -> cellShowing(BILLING)).get();
        assertThat(shownBadges(cell)).containsExactly("SOURCE", "CUSTOM");

        WaitForAsyncUtils.asyncFx(() -> show(cell, ACME_UNKNOWN)).get();
        assertThat(shownBadges(cell)).containsExactly("● changed", "?", "CUSTOM");
        assertThat(allBadges(cell)).containsExactly("● changed", "SOURCE", "DEST", "?", "CUSTOM");

        WaitForAsyncUtils.asyncFx(() -> show(cell, SALESFORCE)).get();
        assertThat(shownBadges(cell)).containsExactly("SOURCE", "DEST");
        assertThat(cell.getAccessibleText()).isEqualTo("Salesforce, Salesforce, source: yes, destination: yes");
    }

    private ConnectorCell cellShowing(ConnectorSummary item) {
        ConnectorCell cell = new ConnectorCell(key -> false, changed);
        show(cell, item);
        return cell;
    }

    private static ConnectorCell show(ConnectorCell cell, ConnectorSummary item) {
        cell.updateItem(item, false);
        return cell;
    }

    private static List<String> shownBadges(ConnectorCell cell) {
        return badges(cell.getGraphic()).stream()
                .filter(Node::isVisible)
                .map(Label::getText)
                .toList();
    }

    private static List<String> allBadges(ConnectorCell cell) {
        return badges(cell.getGraphic()).stream().map(Label::getText).toList();
    }

    /** The labels styled as badges, in the order they are laid out (depth first). */
    private static List<Label> badges(Node node) {
        List<Label> found = new java.util.ArrayList<>();
        collect(node, found);
        return found;
    }

    private static void collect(Node node, List<Label> found) {
        if (node instanceof Label label && label.getStyleClass().contains("badge")) {
            found.add(label);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }
}
