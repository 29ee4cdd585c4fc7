package io.connectorexplorer.cli;

import static io.connectorexplorer.testsupport.TestConnections.connection;
import static io.connectorexplorer.testsupport.TestConnections.flow;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code connections} and {@code flows} through the real SDK client against the loopback endpoint. */
class ConnectionsCommandEndToEndTest {

    @TempDir
    Path folder;

    @Test
    void jsonMergesEveryPageAndKeepsWhatIsNewerThanTheSdk() throws Exception {
        ObjectNode future = connection("future-conn", "Salesforce", null);
        future.put("connectionMode", "Hybrid"); // an enum value newer than the SDK
        future.put("rotationPolicy", "Monthly"); // a member newer than the SDK
        future.putNull("lastValidatedAt"); // a null structure member: the AWS CLI leaves it out
        future.put("createdAt", new java.math.BigDecimal("1707669350.25"));
        DemoConnections connections = TestConnections.builder()
                .generatedConnections("generated", 250, "Zendesk")
                .connections(future)
                .build();
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), connections, folder)) {
            Run run = account.run("connections", "--json");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.err()).isEmpty();
            // 251 connections, 100 a page.
            assertThat(account.endpoint().callCount("DescribeConnectorProfiles"))
                    .isEqualTo(3);
            JsonNode printed = JsonTrees.parse(run.out());
            assertThat(names(printed)).containsExactly("connectorProfileDetails");
            JsonNode details = printed.get("connectorProfileDetails");
            assertThat(details).hasSize(251);
            assertThat(details.get(0).get("connectorProfileName").asText()).isEqualTo("generated-0000");
            assertThat(details.get(249).get("connectorProfileName").asText()).isEqualTo("generated-0249");
            JsonNode last = details.get(250);
            assertThat(last.get("connectionMode").asText()).isEqualTo("Hybrid");
            assertThat(last.get("rotationPolicy").asText()).isEqualTo("Monthly");
            assertThat(last.has("lastValidatedAt")).isFalse();
            assertThat(last.get("createdAt").asText()).isEqualTo("2024-02-11T16:35:50.250000+00:00");
            assertThat(last.get("lastUpdatedAt").asText()).isEqualTo("2023-11-14T22:13:20+00:00");
            assertThat(run.out())
                    .startsWith("{\n    \"connectorProfileDetails\": [\n        {\n")
                    .endsWith("}\n");
        }
    }

    @Test
    void tableShowsNameConnectorModePrivateStateAndLastUpdate() throws Exception {
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder)) {
            Run run = account.run("connections");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            List<String> lines = run.out().lines().toList();
            assertThat(lines.get(0)).matches("NAME +CONNECTOR +MODE +PRIVATE CONNECTION +LAST UPDATED");
            assertThat(lines).hasSize(6);
            int connectorColumn = lines.get(0).indexOf("CONNECTOR");
            assertThat(lines.get(3).indexOf("CustomConnector/acme-crm")).isEqualTo(connectorColumn);
            assertThat(lines.get(3))
                    .startsWith("acme-crm-main")
                    .contains("Private")
                    .contains("CREATED");
            assertThat(lines.get(1))
                    .startsWith("salesforce-prod")
                    .contains("Public")
                    .endsWith(ConnectionTablesTest.shown(1_733_140_800));
        }
    }

    @Test
    void aConnectorTypeAndLabelAreSentAsTheFilter() throws Exception {
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder)) {
            RecordingHook requests = new RecordingHook();
            account.endpoint().setHook(requests);

            Run custom = account.run("connections", "--connector-label", "acme-crm", "--json");
            Run none = account.run("connections", "--connector-type", "Slack", "--json");

            assertThat(custom.exitCode()).as(custom.toString()).isZero();
            JsonNode body = requests.requests().get(0).body();
            assertThat(body.get("connectorType").asText()).isEqualTo("CustomConnector");
            assertThat(body.get("connectorLabel").asText()).isEqualTo("acme-crm");
            assertThat(body.get("maxResults").asInt()).isEqualTo(100);
            JsonNode details = JsonTrees.parse(custom.out()).get("connectorProfileDetails");
            assertThat(details).hasSize(1);
            assertThat(details.get(0).get("connectorProfileName").asText()).isEqualTo("acme-crm-main");
            assertThat(none.exitCode()).as(none.toString()).isZero();
            assertThat(JsonTrees.parse(none.out()).get("connectorProfileDetails"))
                    .isEmpty();
        }
    }

    @Test
    void aLabelThatCannotBeOneIsAUsageErrorBeforeAnyCall() throws Exception {
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder)) {
            Run run = account.run("connections", "--connector-label", "-bad label");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("connector-explorer connections: The connector label must match");
            assertThat(account.totalCalls()).isZero();
        }
    }

    @Test
    void flowsJsonMergesPagesAndAConnectorTypeKeepsTheFlowsThatUseIt() throws Exception {
        TestConnections data = TestConnections.builder()
                .connections(connection("sf", "Salesforce", null), connection("bucket", "S3", null));
        for (int i = 0; i < 130; i++) {
            data.flows(
                    i % 2 == 0
                            ? flow(name(i), "Salesforce", "sf", "S3", "bucket")
                            : flow(name(i), "Zendesk", "zd", "S3", "bucket"));
        }
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), data.build(), folder)) {
            Run all = account.run("flows", "--json");
            Run salesforce = account.run("flows", "--json", "--connector-type", "Salesforce");

            assertThat(all.exitCode()).as(all.toString()).isZero();
            assertThat(account.endpoint().callCount("ListFlows")).isEqualTo(4); // two pages, twice
            JsonNode flows = JsonTrees.parse(all.out()).get("flows");
            assertThat(flows).hasSize(130);
            assertThat(JsonTrees.parse(all.out()).has("nextToken")).isFalse();
            assertThat(flows.get(0).get("sourceConnectorType").asText()).isEqualTo("Salesforce");
            assertThat(flows.get(0).get("triggerType").asText()).isEqualTo("OnDemand");
            assertThat(flows.get(0)
                            .at("/lastRunExecutionDetails/mostRecentExecutionTime")
                            .asText())
                    .isEqualTo("2024-12-03T12:00:00+00:00");
            assertThat(flows.get(0).has("sourceFlowConfig")).isFalse();
            assertThat(JsonTrees.parse(salesforce.out()).get("flows")).hasSize(65);
            assertThat(account.endpoint().callCount("DescribeFlow")).isZero();
        }
    }

    @Test
    void flowsOfAConnectionDescribeOnlyTheFlowsOfItsConnectorAndKeepThoseThatNameIt() throws Exception {
        DemoConnections data = TestConnections.builder()
                .connections(
                        connection("sf-prod", "Salesforce", null),
                        connection("sf-sandbox", "Salesforce", null),
                        connection("bucket", "S3", null))
                .flows(
                        flow("prod-to-s3", "Salesforce", "sf-prod", "S3", "bucket"),
                        flow("sandbox-to-s3", "Salesforce", "sf-sandbox", "S3", "bucket"),
                        flow("s3-to-prod", "S3", "bucket", "Salesforce", "sf-prod"),
                        flow("zendesk-to-s3", "Zendesk", "zd", "S3", "bucket"))
                .build();
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), data, folder)) {
            Run json = account.run("flows", "--connection", "sf-prod", "--json");

            assertThat(json.exitCode()).as(json.toString()).isZero();
            JsonNode flows = JsonTrees.parse(json.out()).get("flows");
            assertThat(flows).extracting(f -> f.get("flowName").asText()).containsExactly("prod-to-s3", "s3-to-prod");
            // The Zendesk flow uses no Salesforce connection: it is not described.
            assertThat(account.endpoint().callCount("DescribeFlow")).isEqualTo(3);

            Run table = account.run("flows", "--connection", "bucket");
            assertThat(table.out().lines().skip(1).map(l -> l.split(" +")[0]))
                    .containsExactly("prod-to-s3", "sandbox-to-s3", "s3-to-prod", "zendesk-to-s3");
            assertThat(table.out().lines().findFirst().orElseThrow())
                    .matches("NAME +STATUS +TRIGGER +SOURCE +DESTINATION +LAST RUN");
            assertThat(table.out()).contains("Successful " + ConnectionTablesTest.shown(1_733_227_200));
        }
    }

    @Test
    void flowsOfAConnectionThatDoesNotExistSaySoPlainly() throws Exception {
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder)) {
            Run run = account.run("flows", "--connection", "no-such-connection");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err())
                    .isEqualTo("connector-explorer flows: There is no connection named 'no-such-connection' in "
                            + AppFlowTestAccount.PROFILE + " · " + AppFlowTestAccount.PROFILE_REGION + ".\n"
                            + "Check the name (connection names are case-sensitive), --profile and --region;"
                            + " 'connector-explorer connections' lists the connections there.\n");
            assertThat(account.endpoint().callCount("ListFlows")).isZero();
        }
    }

    private static String name(int i) {
        return String.format(Locale.ROOT, "flow-%03d", i);
    }

    static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
