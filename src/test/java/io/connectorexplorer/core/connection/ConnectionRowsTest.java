package io.connectorexplorer.core.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.json.JsonFormat;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rows the tables show, read off the wire JSON. */
class ConnectionRowsTest {

    @Test
    void aFieldsConstraintsSayWhatItsValuesMustBeInOrder() throws Exception {
        JsonNode v1 = json("""
                {"valueRegexPattern": "^\\\\d+$", "fieldValueRange": {"minimum": 0, "maximum": 100.5},
                 "fieldLengthRange": {"minimum": 1, "maximum": 80}, "supportedValues": ["A", "B"],
                 "supportedDateFormat": "yyyy-MM-dd"}
                """);

        assertThat(EntityField.constraints(v1))
                .isEqualTo("regex ^\\d+$; 0–100.5; length 1–80; one of A, B; date yyyy-MM-dd");
        assertThat(EntityField.constraints(json("{\"fieldValueRange\": {\"maximum\": 9}}")))
                .isEqualTo("–9");
        assertThat(EntityField.constraints(json("{\"fieldLengthRange\": {}, \"supportedValues\": []}")))
                .isEmpty();
    }

    @Test
    void aFieldsUnstatedFlagsAreNullNotFalse() throws Exception {
        EntityField field = EntityField.of(json("""
                        {"connectorEntityFields": [{"identifier": "Id", "isPrimaryKey": true,
                          "supportedFieldTypeDetails": {"v1": {"fieldType": "id", "filterOperators": ["EQUAL_TO"]}},
                          "sourceProperties": {"isQueryable": false},
                          "destinationProperties": {"supportedWriteOperations": ["UPSERT"]},
                          "customProperties": {"z": "1", "a": "2"}}]}
                        """)).get(0);

        assertThat(field.primaryKey()).isTrue();
        assertThat(field.queryable()).isFalse();
        assertThat(field.retrievable()).isNull();
        assertThat(field.deprecated()).isNull();
        assertThat(field.creatable()).isNull();
        assertThat(field.writeOperations()).containsExactly("UPSERT");
        assertThat(field.filterOperators()).containsExactly("EQUAL_TO");
        assertThat(field.customProperties()).containsExactly(Map.entry("a", "2"), Map.entry("z", "1"));
        assertThat(field.label()).isEmpty();
    }

    @Test
    void aConnectionNamesItsConnectorAndItsPrivateConnectionState() throws Exception {
        List<ConnectionSummary> rows = ConnectionSummary.of(json("""
                {"connectorProfileDetails": [
                  {"connectorProfileName": "acme", "connectorType": "CustomConnector", "connectorLabel": "acme-crm",
                   "connectionMode": "Private", "lastUpdatedAt": 1700000000.5,
                   "privateConnectionProvisioningState": {"status": "FAILED", "failureMessage": "no endpoint"}},
                  {"connectorProfileName": "future", "connectorType": "Locke", "connectionMode": "Hybrid"}]}
                """));

        assertThat(rows.get(0).connector()).isEqualTo(ConnectorKey.custom("acme-crm"));
        assertThat(rows.get(0).privateConnectionStatus()).isEqualTo("FAILED");
        assertThat(rows.get(0).privateConnectionFailure()).isEqualTo("no endpoint");
        assertThat(rows.get(0).lastUpdatedAt()).contains(Instant.ofEpochSecond(1_700_000_000, 500_000_000));
        assertThat(rows.get(1).connector()).isEqualTo(ConnectorKey.amazon("Locke"));
        assertThat(rows.get(1).connectionMode()).isEqualTo("Hybrid");
        assertThat(rows.get(1).createdAt()).isEqualTo(Optional.empty());
    }

    @Test
    void entitiesKeepTheirGroupsAndFlowsNameTheConnectionsTheyUse() throws Exception {
        List<EntitySummary> entities = EntitySummary.of(json("""
                {"connectorEntityMap": {"B": [{"name": "b1", "hasNestedEntities": true}], "A": [{"name": "a1", "label": "A one"}]}}
                """));
        assertThat(entities)
                .extracting(EntitySummary::group, EntitySummary::displayName, EntitySummary::hasNestedEntities)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("B", "b1", true),
                        org.assertj.core.groups.Tuple.tuple("A", "A one", false));

        JsonNode describeFlow = json("""
                {"sourceFlowConfig": {"connectorProfileName": "sf"},
                 "destinationFlowConfigList": [{"connectorType": "S3"}, {"connectorProfileName": "snow"}]}
                """);
        assertThat(FlowSummary.connectionsOf(describeFlow)).containsExactly("sf", "snow");

        FlowSummary flow = FlowSummary.of(json("""
                        {"flows": [{"flowName": "f", "sourceConnectorType": "CustomConnector",
                          "sourceConnectorLabel": "acme-crm", "destinationConnectorType": "S3"}]}
                        """)).get(0);
        assertThat(flow.uses(ConnectorKey.custom("acme-crm"))).isTrue();
        assertThat(flow.uses(ConnectorKey.amazon("S3"))).isTrue();
        assertThat(flow.uses(ConnectorKey.amazon("Salesforce"))).isFalse();
        assertThat(flow.lastRunAt()).isEmpty();
    }

    private static JsonNode json(String text) throws Exception {
        return JsonFormat.parse(text);
    }
}
