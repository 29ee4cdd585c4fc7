package io.connectorexplorer.cli;

import static io.connectorexplorer.testsupport.TestConnections.connection;
import static io.connectorexplorer.testsupport.TestConnections.entity;
import static io.connectorexplorer.testsupport.TestConnections.field;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.demo.DemoConnections;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.AppFlowTestAccount.Run;
import io.connectorexplorer.testsupport.JsonTrees;
import io.connectorexplorer.testsupport.RecordingHook;
import io.connectorexplorer.testsupport.TestConnections;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entities} and {@code entity} through the real SDK client against the loopback endpoint. */
class EntitiesCommandEndToEndTest {

    @TempDir
    Path folder;

    @Test
    void fiveThousandEntitiesComeInFivePagesMergedGroupByGroup() throws Exception {
        DemoConnections data = TestConnections.builder()
                .connections(connection("big-crm", "Salesforce", null))
                .generatedEntities("big-crm", 5_000)
                .build();
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), data, folder)) {
            RecordingHook requests = new RecordingHook();
            account.endpoint().setHook(requests);

            Run run = account.run("entities", "--connection", "big-crm", "--json");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(account.endpoint().callCount("ListConnectorEntities")).isEqualTo(5);
            // No --connector-type: the connection's own was asked for first.
            assertThat(account.endpoint().callCount("DescribeConnectorProfiles"))
                    .isEqualTo(1);
            JsonNode firstList = requests.requests().get(1).body();
            assertThat(firstList.get("connectorProfileName").asText()).isEqualTo("big-crm");
            assertThat(firstList.get("connectorType").asText()).isEqualTo("Salesforce");
            assertThat(firstList.get("maxResults").asInt()).isEqualTo(1000);
            assertThat(firstList.has("entitiesPath")).isFalse();
            JsonNode printed = JsonTrees.parse(run.out());
            assertThat(ConnectionsCommandEndToEndTest.names(printed)).containsExactly("connectorEntityMap");
            JsonNode map = printed.get("connectorEntityMap");
            assertThat(ConnectionsCommandEndToEndTest.names(map)).containsExactly("Standard", "Custom", "Reports");
            assertThat(map.get("Standard")).hasSize(1667);
            assertThat(map.get("Custom")).hasSize(1667);
            assertThat(map.get("Reports")).hasSize(1666);
            assertThat(map.get("Standard").get(1).get("name").asText()).isEqualTo("Entity00003");
            assertThat(map.get("Reports").get(1665).get("name").asText()).isEqualTo("Entity04997");
        }
    }

    @Test
    void aNestedEntityIsListedWithItsPathAndTheConnectorTypeGivenSkipsTheLookUp() throws Exception {
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder)) {
            RecordingHook requests = new RecordingHook();
            account.endpoint().setHook(requests);

            Run top = account.run("entities", "--connection", "acme-crm-main", "--connector-type", "CustomConnector");
            Run nested = account.run(
                    "entities",
                    "--connection",
                    "acme-crm-main",
                    "--connector-type",
                    "CustomConnector",
                    "--entities-path",
                    "reports/sales",
                    "--api-version",
                    "v2",
                    "--json");

            assertThat(top.exitCode()).as(top.toString()).isZero();
            assertThat(top.out().lines().toList())
                    .containsExactly(
                            "GROUP     NAME      LABEL     NESTED",
                            "Acme CRM  accounts  Accounts  no",
                            "Acme CRM  contacts  Contacts  no",
                            "Acme CRM  projects  Projects  yes",
                            "Acme CRM  reports   Reports   yes");
            assertThat(nested.exitCode()).as(nested.toString()).isZero();
            assertThat(JsonTrees.parse(nested.out())).isEqualTo(JsonTrees.parse("""
                            {"connectorEntityMap": {"Sales reports": [
                              {"name": "reports/sales/monthly", "label": "Monthly sales", "hasNestedEntities": false},
                              {"name": "reports/sales/quarterly", "label": "Quarterly sales", "hasNestedEntities": false}
                            ]}}
                            """));
            assertThat(account.endpoint().callCount("DescribeConnectorProfiles"))
                    .isZero();
            JsonNode sent = requests.requests().get(1).body();
            assertThat(sent.get("entitiesPath").asText()).isEqualTo("reports/sales");
            assertThat(sent.get("apiVersion").asText()).isEqualTo("v2");
        }
    }

    @Test
    void entityJsonKeepsEveryFieldAndWhatIsNewerThanTheSdk() throws Exception {
        ObjectNode future = field("Embedding", "Embedding", "vector"); // a field type no SDK names
        future.put("isEncrypted", true); // a member newer than the SDK
        ((ObjectNode) future.at("/supportedFieldTypeDetails/v1")).put("dimensions", 1536);
        ObjectNode nestedEntity = entity("Thing", "Thing", false);
        nestedEntity.put("description", "An entity member newer than the SDK");
        DemoConnections data = TestConnections.builder()
                .connections(connection("wide", "Salesforce", null))
                .entities("wide", "", "Objects", nestedEntity)
                .generatedFields("wide", "Thing", 2_000)
                .fields("wide", "Thing", future)
                .build();
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), data, folder)) {
            Run json = account.run("entity", "--connection", "wide", "--entity", "Thing", "--json");
            Run csv = account.run("entity", "--connection", "wide", "--entity", "Thing", "--csv");
            Run entities = account.run("entities", "--connection", "wide", "--json");

            assertThat(json.exitCode()).as(json.toString()).isZero();
            JsonNode fields = JsonTrees.parse(json.out()).get("connectorEntityFields");
            assertThat(fields).hasSize(2_001);
            assertThat(fields.get(0).get("identifier").asText()).isEqualTo("Field_0000__c");
            JsonNode last = fields.get(2_000);
            assertThat(last.at("/supportedFieldTypeDetails/v1/fieldType").asText())
                    .isEqualTo("vector");
            assertThat(last.get("isEncrypted").asBoolean()).isTrue();
            assertThat(last.at("/supportedFieldTypeDetails/v1/dimensions").asInt())
                    .isEqualTo(1536);
            assertThat(JsonTrees.parse(entities.out())
                            .at("/connectorEntityMap/Objects/0/description")
                            .asText())
                    .isEqualTo("An entity member newer than the SDK");

            assertThat(csv.exitCode()).as(csv.toString()).isZero();
            List<String> lines = List.of(csv.out().split("\r\n", -1));
            assertThat(lines).hasSize(2_003); // heading, 2,001 fields, and the empty rest after the last CRLF
            assertThat(lines.get(1))
                    .isEqualTo(
                            "Field_0000__c,Field 0,string,true,EQUAL_TO NOT_EQUAL_TO PROJECTION,"
                                    + "regex ^[A-Z]{2}-\\d+$; length 1–80,true,true,,true,true,true,true,INSERT UPDATE UPSERT,,,,custom=true; index=0");
            assertThat(lines.get(5))
                    .startsWith("Field_0004__c,Field 4,picklist,false,EQUAL_TO NOT_EQUAL_TO PROJECTION,"
                            + "\"one of Red, Green, or blue, \"\"Quoted\"\"\",");
        }
    }

    @Test
    void theFieldsTableOfTheDemoSalesforceAccountHasOneRowPerField() throws Exception {
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder)) {
            Run run = account.run("entity", "--connection", "salesforce-prod", "--entity", "Account");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            List<String> lines = run.out().lines().toList();
            assertThat(lines.get(0))
                    .matches("IDENTIFIER +LABEL +TYPE +PK +FILTER OPERATORS +CONSTRAINTS +SOURCE +DESTINATION"
                            + " +WRITE OPERATIONS");
            assertThat(lines).hasSize(45);
            assertThat(lines.get(1))
                    .startsWith("Id ")
                    .contains(" yes ")
                    .contains("regex ^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$; length 15–18")
                    .contains(" read,query ");
            assertThat(lines)
                    .anySatisfy(l -> assertThat(l)
                            .startsWith("Industry ")
                            .contains("one of Agriculture, Apparel, Banking")
                            .endsWith("INSERT,UPDATE,UPSERT,DELETE"));
            assertThat(lines)
                    .anySatisfy(
                            l -> assertThat(l).startsWith("LastModifiedDate ").contains("read,query,incremental"));
        }
    }

    @Test
    void jsonAndCsvTogetherAreAUsageErrorBeforeAnyCall() throws Exception {
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder)) {
            Run both = account.run("entity", "--connection", "c", "--entity", "e", "--json", "--csv");
            Run noEntity = account.run("entity", "--connection", "c");
            Run noConnection = account.run("entities");

            assertThat(both.exitCode()).isEqualTo(2);
            assertThat(both.err()).startsWith("connector-explorer entity: --json and --csv cannot be combined\n");
            assertThat(noEntity.exitCode()).isEqualTo(2);
            assertThat(noEntity.err()).startsWith("connector-explorer entity: --entity is required\n");
            assertThat(noConnection.exitCode()).isEqualTo(2);
            assertThat(noConnection.err()).startsWith("connector-explorer entities: --connection is required\n");
            assertThat(account.totalCalls()).isZero();
        }
    }
}
