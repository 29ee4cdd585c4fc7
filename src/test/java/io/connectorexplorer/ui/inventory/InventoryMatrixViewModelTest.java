package io.connectorexplorer.ui.inventory;

import static io.connectorexplorer.ui.inventory.InventoryFixture.ALPHA_EU;
import static io.connectorexplorer.ui.inventory.InventoryFixture.ALPHA_US;
import static io.connectorexplorer.ui.inventory.InventoryFixture.BETA_EU;
import static io.connectorexplorer.ui.inventory.InventoryFixture.amazon;
import static io.connectorexplorer.ui.inventory.InventoryFixture.custom;
import static io.connectorexplorer.ui.inventory.InventoryFixture.done;
import static io.connectorexplorer.ui.inventory.InventoryFixture.failed;
import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.inventory.ConnectorRow;
import io.connectorexplorer.core.inventory.InventoryMatrix;
import io.connectorexplorer.core.inventory.TargetState;
import io.connectorexplorer.ui.inventory.InventoryMatrixViewModel.CellRef;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InventoryMatrixViewModelTest {

    private static final List<Target> TARGETS = List.of(ALPHA_EU, ALPHA_US, BETA_EU);
    private static final ConnectorSummary S3 = amazon("S3", "Amazon S3", true, true);
    private static final ConnectorSummary SLACK = amazon("Slack", "Slack", true, false);
    private static final ConnectorSummary ZENDESK = amazon("Zendesk", "Zendesk", true, false);
    private static final ConnectorSummary ACME_32 = custom("acme-crm", "3.2.0", "Customer records of Acme");
    private static final ConnectorSummary ACME_31 = custom("acme-crm", "3.1.0", "Customer records of Acme");

    private final InventoryMatrixViewModel model = new InventoryMatrixViewModel();

    /** S3 everywhere alike; Slack not in beta; acme-crm in other versions; Zendesk in alpha@us only. */
    private static InventoryMatrix matrix() {
        return InventoryMatrix.of(
                TARGETS,
                Map.of(
                        ALPHA_EU, done(ALPHA_EU, S3, SLACK, ACME_32),
                        ALPHA_US, done(ALPHA_US, S3, SLACK, ZENDESK, ACME_32),
                        BETA_EU, done(BETA_EU, S3, ACME_31)));
    }

    @Test
    void theFilterFindsNameTypeLabelOrDescriptionAsTheConnectorListDoes() {
        model.show(matrix());
        assertThat(model.countTextProperty().get()).isEqualTo("4 connectors, 3 differ");

        model.filterProperty().set("amazon s3");
        assertThat(shown()).containsExactly("S3");
        model.filterProperty().set("ZENDESK");
        assertThat(shown()).containsExactly("Zendesk");
        model.filterProperty().set("acme-crm");
        assertThat(shown()).containsExactly("CustomConnector/acme-crm");
        model.filterProperty().set("customer records");
        assertThat(shown()).as("by description").containsExactly("CustomConnector/acme-crm");
        assertThat(model.countTextProperty().get()).isEqualTo("1 of 4 connectors, 3 differ");
        model.filterProperty().set("nothing like it");
        assertThat(shown()).isEmpty();
        assertThat(model.placeholderTextProperty().get()).isEqualTo("No connector matches the filter.");
    }

    @Test
    void onlyRowsThatDifferLeavesOutWhatEveryTargetAgreesOn() {
        model.show(matrix());
        model.onlyDifferingProperty().set(true);

        assertThat(shown()).containsExactly("Slack", "Zendesk", "CustomConnector/acme-crm");
        assertThat(model.countTextProperty().get()).isEqualTo("3 of 4 connectors, 3 differ");
        model.filterProperty().set("s");
        assertThat(shown()).containsExactly("Slack", "Zendesk", "CustomConnector/acme-crm");
        model.filterProperty().set("s3");
        assertThat(shown()).isEmpty();
    }

    @Test
    void aColumnSortsPresentFirstThenAbsentThenUnanswered() {
        InventoryMatrix partly = InventoryMatrix.of(
                TARGETS,
                Map.of(ALPHA_EU, done(ALPHA_EU, S3, ZENDESK), ALPHA_US, failed("down"), BETA_EU, done(BETA_EU, SLACK)));
        model.show(partly);
        assertThat(shown()).as("the matrix's own order without a sort").containsExactly("S3", "Slack", "Zendesk");

        model.comparatorProperty().set(Comparator.comparing((ConnectorRow r) -> r.cell(2), MatrixTexts.CELL_ORDER));
        assertThat(shown()).containsExactly("Slack", "S3", "Zendesk");

        model.comparatorProperty().set(MatrixTexts.CONNECTOR_ORDER.reversed());
        assertThat(shown()).as("by name: Amazon S3, Slack, Zendesk reversed").containsExactly("Zendesk", "Slack", "S3");
        model.comparatorProperty().set(null);
        assertThat(shown()).containsExactly("S3", "Slack", "Zendesk");
    }

    @Test
    void theSelectedCellStaysOnItsConnectorAndTargetAsRowsArrive() {
        InventoryMatrix first = InventoryMatrix.of(TARGETS, Map.of(BETA_EU, done(BETA_EU, S3, ZENDESK)));
        model.show(first);
        model.selectedProperty().set(new CellRef(ConnectorKey.amazon("Zendesk"), 2));
        assertThat(model.selectedIndex()).isEqualTo(1);
        assertThat(model.selectedTextProperty().get())
                .startsWith("Zendesk in beta · eu-west-1: source yes, destination no");

        model.show(matrix());

        assertThat(shown()).containsExactly("S3", "Slack", "Zendesk", "CustomConnector/acme-crm");
        assertThat(model.selectedProperty().get()).isEqualTo(new CellRef(ConnectorKey.amazon("Zendesk"), 2));
        assertThat(model.selectedIndex()).isEqualTo(2);
        assertThat(model.selectedTextProperty().get()).isEqualTo("beta · eu-west-1 does not have Zendesk.");
    }

    @Test
    void rowsThatDidNotChangeStayTheSameObjects() {
        model.show(InventoryMatrix.of(TARGETS, Map.of(ALPHA_EU, done(ALPHA_EU, S3))));
        ConnectorRow before = model.getRows().get(0);
        int[] changes = {0};
        model.getRows().addListener((javafx.collections.ListChangeListener<ConnectorRow>) c -> changes[0]++);

        model.show(InventoryMatrix.of(TARGETS, Map.of(ALPHA_EU, done(ALPHA_EU, S3))));
        assertThat(changes[0]).isZero();
        assertThat(model.getRows().get(0)).isSameAs(before);

        model.show(InventoryMatrix.of(TARGETS, Map.of(ALPHA_EU, done(ALPHA_EU, S3), ALPHA_US, TargetState.LOADING)));
        assertThat(changes[0]).as("one change for the whole table").isEqualTo(1);
    }

    @Test
    void theExportTakesTheRowsShown() {
        model.show(matrix());
        model.filterProperty().set("a");
        model.onlyDifferingProperty().set(true);

        var keys = model.shownKeys();

        assertThat(keys.test(ConnectorKey.amazon("Slack"))).isTrue();
        assertThat(keys.test(ConnectorKey.custom("acme-crm"))).isTrue();
        assertThat(keys.test(ConnectorKey.amazon("S3")))
                .as("the same everywhere")
                .isFalse();
    }

    private List<String> shown() {
        return model.getShown().stream().map(r -> r.key().displayId()).toList();
    }
}
