package io.connectorexplorer.core.connector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectorSummaryTest {

    private static final ConnectorSummary ACME = new ConnectorSummary(
            ConnectorKey.custom("acme-crm"), "Acme CRM", "Tickets and accounts from Acme", "Acme Corp", null, null);

    @Test
    void aMissingOrBlankNameFallsBackToTheLabelThenTheType() {
        assertThat(new ConnectorSummary(ConnectorKey.custom("acme-crm"), null, null, null, null, null).name())
                .isEqualTo("acme-crm");
        assertThat(new ConnectorSummary(ConnectorKey.amazon("Salesforce"), "  ", null, null, null, null).name())
                .isEqualTo("Salesforce");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void anEmptyFilterMatchesEverything(String filter) {
        assertThat(ACME.matches(filter)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"customconnector", "ACME-CRM", "crm", "tickets AND", "  acme  "})
    void theFilterLooksAtTypeLabelNameAndDescriptionIgnoringCase(String filter) {
        assertThat(ACME.matches(filter)).isTrue();
    }

    @Test
    void theFilterDoesNotLookAtTheOwner() {
        assertThat(ACME.matches("corp")).isFalse();
        assertThat(ACME.matches("salesforce")).isFalse();
    }

    @Test
    void mergingFillsWhatIsMissingAndKeepsWhatIsKnown() {
        ConnectorSummary fromConfiguration =
                new ConnectorSummary(ConnectorKey.amazon("Salesforce"), "Salesforce CRM", null, null, true, false);
        ConnectorSummary fromDetail = new ConnectorSummary(
                ConnectorKey.amazon("Salesforce"), "Salesforce.com", "CRM records", "Salesforce", null, true);

        ConnectorSummary merged = fromConfiguration.mergedWith(fromDetail);

        assertThat(merged.key()).isEqualTo(ConnectorKey.amazon("Salesforce"));
        assertThat(merged.name()).isEqualTo("Salesforce CRM");
        assertThat(merged.description()).isEqualTo("CRM records");
        assertThat(merged.owner()).isEqualTo("Salesforce");
        assertThat(merged.canUseAsSource()).isTrue();
        assertThat(merged.canUseAsDestination())
                .as("false is known, not missing")
                .isFalse();
    }

    @Test
    void mergingTakesTheOtherNameWhenThisOneWasOnlyTheFallback() {
        ConnectorSummary withoutName =
                new ConnectorSummary(ConnectorKey.custom("acme-crm"), null, null, null, true, true);

        assertThat(withoutName.mergedWith(ACME).name()).isEqualTo("Acme CRM");
        assertThat(ACME.mergedWith(withoutName).name()).isEqualTo("Acme CRM");
        assertThat(withoutName.mergedWith(withoutName).name()).isEqualTo("acme-crm");
    }

    @Test
    void flagsAreKnownOnlyWhenBothAre() {
        assertThat(ACME.flagsKnown()).isFalse();
        assertThat(ACME.source()).isEmpty();
        assertThat(ACME.withFlags(true, null).flagsKnown()).isFalse();

        ConnectorSummary known = ACME.withFlags(true, false);

        assertThat(known.flagsKnown()).isTrue();
        assertThat(known.source()).contains(true);
        assertThat(known.destination()).contains(false);
        assertThat(known)
                .usingRecursiveComparison()
                .ignoringFields("canUseAsSource", "canUseAsDestination")
                .isEqualTo(ACME);
    }
}
