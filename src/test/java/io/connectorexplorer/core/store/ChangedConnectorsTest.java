package io.connectorexplorer.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.json.JsonFormat;
import org.junit.jupiter.api.Test;

class ChangedConnectorsTest {

    @Test
    void aTypeWhoseConfigurationChangedAndACustomConnectorWithANewVersionAreChanged() throws Exception {
        JsonNode before = listing("[\"EQUAL_TO\",\"BETWEEN\"]", "3.1.0", "SOURCE");
        JsonNode after = listing("[\"EQUAL_TO\",\"BETWEEN\",\"CONTAINS\"]", "3.2.0", "SOURCE");

        assertThat(ChangedConnectors.between(before, after))
                .containsExactly(ConnectorKey.amazon("Salesforce"), ConnectorKey.custom("acme-crm"));
    }

    @Test
    void whatChangedIsSaidInAFewWords() throws Exception {
        JsonNode before = listing("[\"EQUAL_TO\",\"BETWEEN\"]", "3.1.0", "SOURCE");
        JsonNode after = listing("[\"EQUAL_TO\",\"BETWEEN\",\"CONTAINS\"]", "3.2.0", "SOURCE");

        assertThat(ChangedConnectors.described(before, after))
                .containsEntry(ConnectorKey.amazon("Salesforce"), "1 added: supportedOperators")
                .containsEntry(ConnectorKey.custom("acme-crm"), "connectorVersion 3.1.0 → 3.2.0");
    }

    @Test
    void listsInAnotherOrderAndConnectorsThatCameOrWentAreNotChanges() throws Exception {
        JsonNode before = listing("[\"EQUAL_TO\",\"BETWEEN\"]", "3.1.0", "SOURCE");
        JsonNode after = JsonFormat.parse("""
                {"describeConnectors": {"connectorConfigurations": {
                    "Salesforce": {"supportedOperators": ["BETWEEN", "EQUAL_TO"]},
                    "Slack": {"canUseAsSource": true}}},
                 "listConnectors": {"connectors": [
                    {"connectorLabel": "acme-crm", "connectorVersion": "3.1.0", "connectorModes": ["SOURCE"]},
                    {"connectorLabel": "globex", "connectorVersion": "1.0"}]}}
                """);

        assertThat(ChangedConnectors.between(before, after)).isEmpty();
    }

    private static JsonNode listing(String operators, String version, String mode) throws Exception {
        return JsonFormat.parse("""
                {"describeConnectors": {"connectorConfigurations": {
                    "Salesforce": {"supportedOperators": %s}}},
                 "listConnectors": {"connectors": [
                    {"connectorLabel": "acme-crm", "connectorVersion": "%s", "connectorModes": ["%s"]}]}}
                """.formatted(operators, version, mode));
    }
}
