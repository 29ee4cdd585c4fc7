package io.connectorexplorer.core.connector;

import static io.connectorexplorer.core.connector.Capability.NO;
import static io.connectorexplorer.core.connector.Capability.NOT_STATED;
import static io.connectorexplorer.core.connector.Capability.UNKNOWN;
import static io.connectorexplorer.core.connector.Capability.YES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
                new ConnectorSummary(ConnectorKey.amazon("Salesforce"), "Salesforce CRM", null, null, YES, NO);
        ConnectorSummary fromDetail = new ConnectorSummary(
                ConnectorKey.amazon("Salesforce"), "Salesforce.com", "CRM records", "Salesforce", UNKNOWN, YES);

        ConnectorSummary merged = fromConfiguration.mergedWith(fromDetail);

        assertThat(merged.key()).isEqualTo(ConnectorKey.amazon("Salesforce"));
        assertThat(merged.name()).isEqualTo("Salesforce CRM");
        assertThat(merged.description()).isEqualTo("CRM records");
        assertThat(merged.owner()).isEqualTo("Salesforce");
        assertThat(merged.source()).isEqualTo(YES);
        assertThat(merged.destination()).as("no is known, not missing").isEqualTo(NO);
    }

    @Test
    void mergingTakesTheOtherNameWhenThisOneWasOnlyTheFallback() {
        ConnectorSummary withoutName =
                new ConnectorSummary(ConnectorKey.custom("acme-crm"), null, null, null, YES, YES);

        assertThat(withoutName.mergedWith(ACME).name()).isEqualTo("Acme CRM");
        assertThat(ACME.mergedWith(withoutName).name()).isEqualTo("Acme CRM");
        assertThat(withoutName.mergedWith(withoutName).name()).isEqualTo("acme-crm");
    }

    @Test
    void flagsAreKnownOnlyWhenBothAreSettled() {
        assertThat(ACME.source()).isEqualTo(UNKNOWN);
        assertThat(ACME.flagsKnown()).isFalse();
        assertThat(ACME.withFlags(YES, UNKNOWN).flagsKnown()).isFalse();
        assertThat(ACME.withFlags(YES, NOT_STATED).flagsKnown())
                .as("described, the service said nothing: settled")
                .isTrue();

        ConnectorSummary known = ACME.withFlags(YES, NO);

        assertThat(known.flagsKnown()).isTrue();
        assertThat(known.source()).isEqualTo(YES);
        assertThat(known.destination()).isEqualTo(NO);
        assertThat(known)
                .usingRecursiveComparison()
                .ignoringFields("source", "destination")
                .isEqualTo(ACME);
    }

    @Test
    void aDescriptionWithOneFlagSettlesBothAndKeepsTheKnownOne() {
        ConnectorSummary learned = ACME.learnedFrom(description("{\"canUseAsDestination\": true}"));

        assertThat(learned.source()).isEqualTo(NOT_STATED);
        assertThat(learned.destination()).isEqualTo(YES);
    }

    @Test
    void aDescriptionThatSaysNothingDoesNotUndoWhatTheListingStated() {
        ConnectorSummary fromModes = ACME.withFlags(YES, NO);

        ConnectorSummary learned = fromModes.learnedFrom(description("{}"));

        assertThat(learned.source()).isEqualTo(YES);
        assertThat(learned.destination()).isEqualTo(NO);
        assertThat(ACME.withFlags(YES, YES)
                        .learnedFrom(description("{\"canUseAsSource\": false}"))
                        .source())
                .as("the description's own word wins")
                .isEqualTo(NO);
    }

    private static ConnectorDescription description(String json) {
        try {
            JsonNode configuration = io.connectorexplorer.core.json.JsonFormat.parse(json);
            return new ConnectorDescription(ACME.key(), configuration);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
