package io.connectorexplorer.ui.connector;

import static io.connectorexplorer.core.connector.Capability.NO;
import static io.connectorexplorer.core.connector.Capability.UNKNOWN;
import static io.connectorexplorer.core.connector.Capability.YES;
import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectorListViewModelTest {

    private final ConnectorListViewModel model = new ConnectorListViewModel();
    private final ConnectorSummary salesforce =
            new ConnectorSummary(ConnectorKey.amazon("Salesforce"), "Salesforce", "CRM", null, YES, YES);
    private final ConnectorSummary s3 =
            new ConnectorSummary(ConnectorKey.amazon("S3"), "Amazon S3", "Object storage", null, YES, YES);
    private final ConnectorSummary acme =
            new ConnectorSummary(ConnectorKey.custom("acme-crm"), "Acme CRM", null, null, null, null);

    @Test
    void filterNarrowsByNameTypeLabelOrDescriptionIgnoringCase() {
        model.setConnectors(List.of(salesforce, s3, acme), null);

        model.setFilter("ACME");
        assertThat(model.getVisible()).containsExactly(acme);
        model.setFilter("storage");
        assertThat(model.getVisible()).containsExactly(s3);
        model.setFilter("customconnector");
        assertThat(model.getVisible()).containsExactly(acme);
        assertThat(model.countTextProperty().get()).isEqualTo("1 of 3 connectors");
        model.setFilter("");
        assertThat(model.getVisible()).hasSize(3);
        assertThat(model.countTextProperty().get()).isEqualTo("3 connectors");
    }

    @Test
    void keepsTheSelectionWhenTheNewListHasTheSameConnector() {
        model.setConnectors(List.of(salesforce, s3), null);
        ConnectorSummary otherAccountsS3 =
                new ConnectorSummary(ConnectorKey.amazon("S3"), "S3 elsewhere", null, null, YES, NO);
        model.setConnectors(List.of(otherAccountsS3), ConnectorKey.amazon("S3"));
        assertThat(model.getSelected()).isSameAs(otherAccountsS3);

        model.setConnectors(List.of(salesforce), ConnectorKey.amazon("S3"));
        assertThat(model.getSelected()).isNull();
    }

    @Test
    void flagsLearnedLaterFillTheRowAndKeepItSelected() {
        model.setConnectors(List.of(salesforce, acme), null);
        model.setSelected(acme);
        model.setFillingFlags(true);
        model.updateFlags(List.of(acme.withFlags(YES, NO)));

        assertThat(model.getSelected().source()).isEqualTo(YES);
        assertThat(model.getSelected().destination()).isEqualTo(NO);
        assertThat(model.getConnectors().get(1).flagsKnown()).isTrue();
    }

    @Test
    void flagsForManyRowsArriveAsOneChangeAndARowStillUnknownIsNotKnownRatherThanLoading() {
        ConnectorSummary globex = new ConnectorSummary(ConnectorKey.custom("globex"), "Globex", null, null);
        model.setConnectors(List.of(salesforce, acme, globex), null);
        model.setFillingFlags(true);
        List<javafx.collections.ListChangeListener.Change<? extends ConnectorSummary>> changes =
                new java.util.ArrayList<>();
        model.getVisible().addListener((javafx.collections.ListChangeListener<ConnectorSummary>) changes::add);
        assertThat(model.isFillingFlags(globex.key())).as("still loading").isTrue();

        model.updateFlags(List.of(acme.withFlags(YES, NO), globex));

        assertThat(changes).as("list changes for the batch").hasSize(1);
        assertThat(model.find(acme.key()).orElseThrow().flagsKnown()).isTrue();
        assertThat(model.getUndescribed()).containsExactly(globex.key());
        assertThat(model.isFillingFlags(globex.key()))
                .as("could not be described")
                .isFalse();
        assertThat(model.isFillingFlags(acme.key())).isTrue();

        model.setConnectors(List.of(salesforce, acme, globex), null);
        assertThat(model.getUndescribed()).as("a new list is asked again").isEmpty();
    }

    @Test
    void aLaterLookupThatFailedDoesNotUndoWhatADescriptionTaught() {
        model.setConnectors(List.of(salesforce, acme), null);
        model.updateFlags(List.of(acme.withFlags(YES, NO)));

        model.updateFlags(List.of(acme.withFlags(UNKNOWN, UNKNOWN)));

        assertThat(model.find(acme.key()).orElseThrow().source()).isEqualTo(YES);
        assertThat(model.find(acme.key()).orElseThrow().destination()).isEqualTo(NO);
    }
}
