package io.connectorexplorer.ui.connector;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectorListViewModelTest {

    private final ConnectorListViewModel model = new ConnectorListViewModel();
    private final ConnectorSummary salesforce =
            new ConnectorSummary(ConnectorKey.amazon("Salesforce"), "Salesforce", "CRM", null, true, true);
    private final ConnectorSummary s3 =
            new ConnectorSummary(ConnectorKey.amazon("S3"), "Amazon S3", "Object storage", null, true, true);
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
                new ConnectorSummary(ConnectorKey.amazon("S3"), "S3 elsewhere", null, null, true, false);
        model.setConnectors(List.of(otherAccountsS3), ConnectorKey.amazon("S3"));
        assertThat(model.getSelected()).isSameAs(otherAccountsS3);

        model.setConnectors(List.of(salesforce), ConnectorKey.amazon("S3"));
        assertThat(model.getSelected()).isNull();
    }

    @Test
    void flagsLearnedLaterFillTheRowAndKeepItSelected() {
        model.setConnectors(List.of(salesforce, acme), null);
        model.setSelected(acme);
        model.updateFlags(List.of(acme.withFlags(true, false)));

        assertThat(model.getSelected().canUseAsSource()).isTrue();
        assertThat(model.getSelected().canUseAsDestination()).isFalse();
        assertThat(model.getConnectors().get(1).flagsKnown()).isTrue();
    }
}
