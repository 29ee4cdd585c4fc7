package io.connectorexplorer.cli;

import static io.connectorexplorer.testsupport.TestCatalogues.amazon;
import static io.connectorexplorer.testsupport.TestCatalogues.custom;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.AppFlowTestAccount.Run;
import io.connectorexplorer.testsupport.CannedResponse;
import io.connectorexplorer.testsupport.JsonTrees;
import io.connectorexplorer.testsupport.RecordingHook;
import io.connectorexplorer.testsupport.TestCatalogues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code list} and {@code list --json} through the real SDK client against the loopback endpoint. */
class ListCommandEndToEndTest {

    @TempDir
    Path folder;

    @Test
    void jsonListsEveryConnectorOfTheBundledCatalogueWithExactlyTheDocumentedMembers() throws Exception {
        DemoCatalogue catalogue = DemoCatalogue.bundled();
        assertThat(catalogue.amazonConnectors()).hasSize(23);
        assertThat(catalogue.customConnectors()).hasSize(4);
        try (AppFlowTestAccount account = AppFlowTestAccount.start(catalogue, folder)) {
            Run run = account.run("list", "--json");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.err()).isEmpty();
            JsonNode printed = JsonTrees.parse(run.out());
            assertThat(printed).isEqualTo(TestCatalogues.listRows(catalogue));
            for (JsonNode row : printed) {
                List<String> members = new ArrayList<>();
                row.fieldNames().forEachRemaining(members::add);
                assertThat(members)
                        .as(row.toString())
                        .containsExactlyElementsOf(
                                row.has("connectorLabel")
                                        ? List.of(
                                                "connectorType",
                                                "connectorLabel",
                                                "connectorName",
                                                "canUseAsSource",
                                                "canUseAsDestination")
                                        : List.of(
                                                "connectorType",
                                                "connectorName",
                                                "canUseAsSource",
                                                "canUseAsDestination"));
            }
            assertThat(run.out())
                    .startsWith("[\n    {\n        \"connectorType\": \"Salesforce\",\n")
                    .endsWith("}\n]\n");
            // One page of each listing (the client asks for 100 at a time); the custom connectors' flags come from
            // the connectorModes ListConnectors reports for each, so none is described.
            assertThat(account.endpoint().callCount("DescribeConnectors")).isEqualTo(1);
            assertThat(account.endpoint().callCount("ListConnectors")).isEqualTo(1);
            assertThat(account.endpoint().callCount("DescribeConnector")).isZero();
        }
    }

    @Test
    void tableHasAHeaderAndOneAlignedRowPerConnector() throws Exception {
        DemoCatalogue catalogue = TestCatalogues.of(
                amazon("S3", "Amazon S3", true, true),
                amazon("Slack", "Slack", true, false),
                custom("acme-crm", "Acme CRM", false, true));
        try (AppFlowTestAccount account = AppFlowTestAccount.start(catalogue, folder)) {
            Run run = account.run("list");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out().replace(System.lineSeparator(), "\n")).isEqualTo("""
                    TYPE             LABEL     NAME       SOURCE  DESTINATION
                    S3               -         Amazon S3  yes     yes
                    Slack            -         Slack      yes     no
                    CustomConnector  acme-crm  Acme CRM   no      yes
                    """);
        }
    }

    @Test
    void tableOfTheBundledCatalogueNamesEveryConnector() throws Exception {
        DemoCatalogue catalogue = DemoCatalogue.bundled();
        try (AppFlowTestAccount account = AppFlowTestAccount.start(catalogue, folder)) {
            Run run = account.run("list");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            List<String> lines = run.out().lines().toList();
            assertThat(lines).hasSize(1 + 27);
            assertThat(lines.get(0).split(" +")).containsExactly("TYPE", "LABEL", "NAME", "SOURCE", "DESTINATION");
            int nameColumn = lines.get(0).indexOf("NAME");
            List<JsonNode> expected = new ArrayList<>(catalogue.amazonConnectors());
            expected.addAll(catalogue.customConnectors());
            for (int i = 0; i < expected.size(); i++) {
                JsonNode c = expected.get(i);
                String line = lines.get(i + 1);
                String label =
                        c.hasNonNull("connectorLabel") ? c.get("connectorLabel").asText() : "-";
                assertThat(line).startsWith(c.get("connectorType").asText() + " ");
                assertThat(line.substring(nameColumn))
                        .startsWith(c.get("connectorName").asText() + "  ");
                assertThat(line.split(" +"))
                        .contains(label)
                        .endsWith(yesNo(c.get("canUseAsSource")), yesNo(c.get("canUseAsDestination")));
            }
        }
    }

    @Test
    void followsNextTokenThroughEveryPageOfBothListings() throws Exception {
        // More than the 100 the client asks for per page: three pages of connector types, two of custom connectors.
        DemoCatalogue catalogue = TestCatalogues.synthetic(230, 101);
        try (AppFlowTestAccount account = AppFlowTestAccount.start(catalogue, folder)) {
            RecordingHook recorder = new RecordingHook();
            account.endpoint().setHook(recorder);

            Run run = account.run("list", "--json");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(JsonTrees.parse(run.out())).isEqualTo(TestCatalogues.listRows(catalogue));
            assertThat(account.endpoint().callCount("DescribeConnectors")).isEqualTo(3);
            assertThat(account.endpoint().callCount("ListConnectors")).isEqualTo(2);
            List<JsonNode> describePages = recorder.requests().stream()
                    .filter(r -> r.operation().equals("DescribeConnectors"))
                    .map(RecordingHook.Request::body)
                    .toList();
            assertThat(describePages.get(0).has("nextToken")).isFalse();
            assertThat(describePages.get(1).path("nextToken").asText())
                    .isNotEmpty()
                    .isNotEqualTo(describePages.get(2).path("nextToken").asText());
            assertThat(describePages)
                    .allSatisfy(
                            body -> assertThat(body.path("maxResults").asInt()).isEqualTo(100));
        }
    }

    @Test
    void aCustomConnectorThatCannotBeDescribedIsListedWithUnknownFlags() throws Exception {
        DemoCatalogue catalogue = TestCatalogues.of(
                amazon("S3", "Amazon S3", true, true),
                custom("acme-crm", "Acme CRM", true, true),
                custom("gone-away", "Gone Away", true, false));
        try (AppFlowTestAccount account = AppFlowTestAccount.start(catalogue, folder)) {
            account.endpoint()
                    .setHook((operation, body) ->
                            body.path("connectorLabel").asText().equals("gone-away")
                                    ? Optional.of(CannedResponse.error(
                                            404, "ResourceNotFoundException", "Connector gone-away was deleted."))
                                    : Optional.empty());

            Run json = account.run("list", "--json");
            Run table = account.run("list");

            assertThat(json.exitCode()).as(json.toString()).isZero();
            assertThat(JsonTrees.parse(json.out()).get(2)).isEqualTo(JsonTrees.parse("""
                    {"connectorType": "CustomConnector", "connectorLabel": "gone-away", "connectorName": "Gone Away",
                     "canUseAsSource": null, "canUseAsDestination": null}"""));
            assertThat(JsonTrees.parse(json.out()).get(1).get("canUseAsSource").booleanValue())
                    .isTrue();
            assertThat(table.exitCode()).as(table.toString()).isZero();
            assertThat(table.out().lines().toList().get(3).split(" +"))
                    .containsExactly("CustomConnector", "gone-away", "Gone", "Away", "?", "?");
        }
    }

    @Test
    void aFlagTheDescriptionDoesNotStateIsLeftOutOfTheJsonAndSaidInTheTable() throws Exception {
        ObjectNode destinationOnly = custom("dest-only", "Dest Only", true, true);
        destinationOnly.remove("canUseAsSource");
        ObjectNode silent = amazon("Silent", "Silent", true, true);
        silent.remove(List.of("canUseAsSource", "canUseAsDestination"));
        DemoCatalogue catalogue = TestCatalogues.of(silent, destinationOnly);
        try (AppFlowTestAccount account = AppFlowTestAccount.start(catalogue, folder)) {
            Run json = account.run("list", "--json");
            Run table = account.run("list");

            assertThat(json.exitCode()).as(json.toString()).isZero();
            assertThat(JsonTrees.parse(json.out())).isEqualTo(JsonTrees.parse("""
                    [{"connectorType": "Silent", "connectorName": "Silent"},
                     {"connectorType": "CustomConnector", "connectorLabel": "dest-only", "connectorName": "Dest Only",
                      "canUseAsDestination": true}]"""));
            assertThat(table.out().replace(System.lineSeparator(), "\n")).isEqualTo("""
                    TYPE             LABEL      NAME       SOURCE      DESTINATION
                    Silent           -          Silent     not stated  not stated
                    CustomConnector  dest-only  Dest Only  not stated  yes
                    """);
        }
    }

    @Test
    void connectorModesFromListConnectorsAreUsedWithoutDescribingTheConnector() throws Exception {
        ObjectNode sourceOnly = custom("source-only", "Source Only", true, false);
        sourceOnly.putArray("connectorModes").add("SOURCE");
        ObjectNode undeclared = custom("undeclared", "Undeclared", false, true);
        DemoCatalogue catalogue = TestCatalogues.of(sourceOnly, undeclared);
        try (AppFlowTestAccount account = AppFlowTestAccount.start(catalogue, folder)) {
            RecordingHook recorder = new RecordingHook();
            account.endpoint().setHook(recorder);

            Run run = account.run("list", "--json");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(JsonTrees.parse(run.out())).isEqualTo(TestCatalogues.listRows(catalogue));
            assertThat(recorder.requests())
                    .filteredOn(r -> r.operation().equals("DescribeConnector"))
                    .extracting(r -> r.body().path("connectorLabel").asText())
                    .containsExactly("undeclared");
        }
    }

    @Test
    void aListingThatFailsExitsWithOneAndPrintsNothingOnStandardOutput() throws Exception {
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder)) {
            account.endpoint()
                    .setHook((operation, body) -> operation.equals("ListConnectors")
                            ? Optional.of(CannedResponse.error(
                                    403,
                                    "AccessDeniedException",
                                    "User is not authorized to perform appflow:ListConnectors"))
                            : Optional.empty());

            Run run = account.run("list", "--json");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err())
                    .contains("ListConnectors failed: AccessDeniedException (HTTP 403): "
                            + "User is not authorized to perform appflow:ListConnectors");
        }
    }

    private static String yesNo(JsonNode flag) {
        return flag.booleanValue() ? "yes" : "no";
    }
}
