package io.connectorexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.AppFlowTestAccount.Run;
import io.connectorexplorer.testsupport.AwsCli;
import io.connectorexplorer.testsupport.JsonTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our {@code describe}, {@code export} and {@code list} against what the AWS CLI prints for the same endpoint:
 * every member and value the CLI prints must be in ours and equal (timestamps compared as text). The one allowed
 * difference: members ours keeps that the CLI's model does not know, which the CLI drops.
 * Skipped when {@code aws} is not on PATH.
 */
class AwsCliComparisonTest {

    /** The region both sides use; the endpoint does not care, the signatures do. */
    private static final String REGION = "us-east-1";

    private static final String ISO_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{6})?\\+00:00";

    @TempDir
    Path folder;

    private AwsCli cli;

    @BeforeEach
    void findTheCli() throws Exception {
        Optional<Path> aws = AwsCli.findOnPath();
        assumeTrue(aws.isPresent(), "the AWS CLI ('aws') is not on PATH");
        cli = AwsCli.create(aws.get(), folder);
    }

    @Test
    void everyConnectorOfTheBundledCatalogueIsDescribedAndExportedAsTheCliDescribesIt() throws Exception {
        DemoCatalogue catalogue = DemoCatalogue.bundled();
        List<JsonNode> connectors = new ArrayList<>(catalogue.amazonConnectors());
        connectors.addAll(catalogue.customConnectors());
        assertThat(connectors).hasSize(27);
        SoftAssertions soft = new SoftAssertions();
        try (AppFlowTestAccount account = AppFlowTestAccount.start(catalogue, folder)) {
            Path exportFile = folder.resolve("export.json");
            Run export = account.run("export", "--all", "--output", exportFile.toString(), "--region", REGION);
            assertThat(export.exitCode()).as(export.toString()).isZero();
            JsonNode exported = JsonTrees.parse(Files.readString(exportFile)).get("connectorConfigurations");
            assertThat(exported).hasSize(27);

            for (int i = 0; i < connectors.size(); i++) {
                String type = connectors.get(i).get("connectorType").asText();
                String label = connectors.get(i).path("connectorLabel").asText(null);
                String what = label == null ? type : type + "/" + label;

                JsonNode theirs = cliDescribe(account, type, label);
                JsonNode ours = ourDescribe(account, type, label);

                soft.assertThat(JsonTrees.notContained(theirs, ours))
                        .as("%s: what the CLI prints that ours lacks", what)
                        .isEmpty();
                soft.assertThat(JsonTrees.extraMembers(ours, theirs))
                        .as("%s: members only ours has", what)
                        .isEmpty();
                soft.assertThat(JsonTrees.notContained(theirs.get("connectorConfiguration"), exported.get(i)))
                        .as("%s: export entry %d against the CLI", what, i)
                        .isEmpty();
                soft.assertThat(JsonTrees.extraMembers(exported.get(i), theirs.get("connectorConfiguration")))
                        .as("%s: members only the export has", what)
                        .isEmpty();
                JsonNode registeredAt = theirs.at("/connectorConfiguration/registeredAt");
                if (!registeredAt.isMissingNode()) {
                    soft.assertThat(registeredAt.asText())
                            .as("%s: the CLI's timestamp format", what)
                            .matches(ISO_UTC);
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void membersAndValuesUnknownToTheModelsAreTheOnlyDifference() throws Exception {
        List<JsonNode> configurations = new ArrayList<>(DemoCatalogue.fromDocument(
                        JsonTrees.resource(AwsCliComparisonTest.class, "unknown-members-catalogue.json"))
                .configurations());
        configurations.add(JsonTrees.resource(AwsCliComparisonTest.class, "api-reference-sample.json")
                .get("connectorConfiguration"));
        List<Case> cases = List.of(
                // The API reference sample: its members unknown to the models are all null, so nothing is extra.
                new Case("Salesforce", null),
                new Case(
                        "Locke",
                        null,
                        ".connectorMetadata.Salesforce.sandboxSupported",
                        ".connectorMetadata.Locke",
                        ".authenticationConfig.isPasskeySupported",
                        ".authenticationConfig.oAuth2Defaults.oauth2CustomProperties[0].hint",
                        ".authenticationConfig.oAuth2Defaults.pkceSupported",
                        ".connectorRuntimeSettings[0].defaultValue",
                        ".supportedDataTransferApis[0].maxBatchSize",
                        ".lifecycleState",
                        ".regionalAvailability",
                        ".quotas"),
                new Case(
                        "CustomConnector",
                        "futuristic",
                        ".connectorProvisioningConfig.lambda.memoryMb",
                        ".connectorProvisioningConfig.container",
                        ".authenticationConfig.customAuthConfigs[0].authParameters[0].maxLength",
                        ".authenticationConfig.customAuthConfigs[0].rotation",
                        ".deprecatedAt",
                        ".tags"));
        SoftAssertions soft = new SoftAssertions();
        try (AppFlowTestAccount account = AppFlowTestAccount.start(new DemoCatalogue(configurations), folder)) {
            for (Case c : cases) {
                JsonNode theirs = cliDescribe(account, c.type(), c.label());
                JsonNode ours = ourDescribe(account, c.type(), c.label());

                soft.assertThat(JsonTrees.notContained(theirs, ours))
                        .as("%s: what the CLI prints that ours lacks", c.what())
                        .isEmpty();
                soft.assertThat(JsonTrees.extraMembers(ours, theirs))
                        .as("%s: members only ours has", c.what())
                        .containsExactlyInAnyOrderElementsOf(c.extraMembers());
            }
        }
        soft.assertAll();
    }

    @Test
    void listNamesWhatDescribeConnectorsAndListConnectorsReturnToTheCli() throws Exception {
        DemoCatalogue catalogue = DemoCatalogue.bundled();
        try (AppFlowTestAccount account = AppFlowTestAccount.start(catalogue, folder)) {
            String endpoint = account.endpointUri().toString();
            // The CLI has no paginator for AppFlow and sends no maxResults: the endpoint's default page of 20 applies.
            JsonNode firstPage = cliJson(
                    "appflow",
                    "describe-connectors",
                    "--endpoint-url",
                    endpoint,
                    "--region",
                    REGION,
                    "--output",
                    "json");
            assertThat(firstPage.get("connectorConfigurations")).hasSize(20);
            assertThat(firstPage.path("nextToken").asText()).isNotEmpty();
            JsonNode secondPage = cliJson(
                    "appflow",
                    "describe-connectors",
                    "--next-token",
                    firstPage.get("nextToken").asText(),
                    "--endpoint-url",
                    endpoint,
                    "--region",
                    REGION,
                    "--output",
                    "json");
            assertThat(secondPage.has("nextToken")).isFalse();
            Map<String, JsonNode> cliTypes = new LinkedHashMap<>();
            for (JsonNode page : List.of(firstPage, secondPage)) {
                page.get("connectorConfigurations")
                        .fields()
                        .forEachRemaining(e -> cliTypes.put(e.getKey(), e.getValue()));
            }
            JsonNode cliCustom = cliJson(
                            "appflow",
                            "list-connectors",
                            "--endpoint-url",
                            endpoint,
                            "--region",
                            REGION,
                            "--output",
                            "json")
                    .get("connectors");

            Run list = account.run("list", "--json", "--region", REGION);
            Path exportFile = folder.resolve("export.json");
            Run export = account.run("export", "--all", "--output", exportFile.toString(), "--region", REGION);

            assertThat(list.exitCode()).as(list.toString()).isZero();
            assertThat(export.exitCode()).as(export.toString()).isZero();
            JsonNode rows = JsonTrees.parse(list.out());
            JsonNode exported = JsonTrees.parse(Files.readString(exportFile)).get("connectorConfigurations");
            assertThat(rows).hasSize(cliTypes.size() + cliCustom.size());
            SoftAssertions soft = new SoftAssertions();
            int i = 0;
            for (Map.Entry<String, JsonNode> type : cliTypes.entrySet()) {
                JsonNode row = rows.get(i);
                JsonNode theirs = type.getValue();
                soft.assertThat(row.get("connectorType").asText())
                        .as("row %d", i)
                        .isEqualTo(type.getKey());
                soft.assertThat(row.has("connectorLabel"))
                        .as("row %d has a label", i)
                        .isFalse();
                soft.assertThat(row.get("connectorName")).as("row %d name", i).isEqualTo(theirs.get("connectorName"));
                soft.assertThat(row.get("canUseAsSource"))
                        .as("row %d source", i)
                        .isEqualTo(theirs.get("canUseAsSource"));
                soft.assertThat(row.get("canUseAsDestination"))
                        .as("row %d destination", i)
                        .isEqualTo(theirs.get("canUseAsDestination"));
                soft.assertThat(JsonTrees.notContained(theirs, exported.get(i)))
                        .as("export of %s", type.getKey())
                        .isEmpty();
                soft.assertThat(JsonTrees.extraMembers(exported.get(i), theirs))
                        .as("export of %s", type.getKey())
                        .isEmpty();
                i++;
            }
            for (JsonNode detail : cliCustom) {
                JsonNode row = rows.get(i);
                soft.assertThat(row.get("connectorType")).as("row %d type", i).isEqualTo(detail.get("connectorType"));
                soft.assertThat(row.get("connectorLabel"))
                        .as("row %d label", i)
                        .isEqualTo(detail.get("connectorLabel"));
                soft.assertThat(row.get("connectorName")).as("row %d name", i).isEqualTo(detail.get("connectorName"));
                i++;
            }
            soft.assertAll();
        }
    }

    @Test
    void inAnotherTimeZoneTheCliPrintsLocalTimeForTheSameInstant() throws Exception {
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder)) {
            AwsCli.Result result = cli.run(
                    Map.of("TZ", "Asia/Kathmandu"),
                    "appflow",
                    "describe-connector",
                    "--connector-type",
                    "CustomConnector",
                    "--connector-label",
                    "acme-crm",
                    "--endpoint-url",
                    account.endpointUri().toString(),
                    "--region",
                    REGION,
                    "--output",
                    "json");
            assertThat(result.exitCode()).as(result.toString()).isZero();
            String theirs = JsonTrees.parse(result.out())
                    .at("/connectorConfiguration/registeredAt")
                    .asText();
            String ours = ourDescribe(account, "CustomConnector", "acme-crm")
                    .at("/connectorConfiguration/registeredAt")
                    .asText();

            // Ours is always UTC (an export must not depend on the machine's zone); the CLI prints the local zone.
            assertThat(ours).isEqualTo("2023-12-01T12:00:00+00:00");
            assertThat(OffsetDateTime.parse(theirs).toInstant())
                    .isEqualTo(OffsetDateTime.parse(ours).toInstant());
        }
    }

    private JsonNode cliDescribe(AppFlowTestAccount account, String type, String label) {
        List<String> args = new ArrayList<>(List.of("appflow", "describe-connector", "--connector-type", type));
        if (label != null) {
            args.addAll(List.of("--connector-label", label));
        }
        args.addAll(
                List.of("--endpoint-url", account.endpointUri().toString(), "--region", REGION, "--output", "json"));
        return cliJson(args.toArray(String[]::new));
    }

    private JsonNode cliJson(String... args) {
        AwsCli.Result result;
        try {
            result = cli.run(args);
        } catch (Exception e) {
            throw new AssertionError("aws " + String.join(" ", args) + " could not run", e);
        }
        assertThat(result.exitCode())
                .as("aws %s\n%s", String.join(" ", args), result)
                .isZero();
        return JsonTrees.parse(result.out());
    }

    private static JsonNode ourDescribe(AppFlowTestAccount account, String type, String label) {
        Run run = label == null
                ? account.run("describe", "--connector-type", type, "--region", REGION)
                : account.run("describe", "--connector-type", type, "--connector-label", label, "--region", REGION);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return JsonTrees.parse(run.out());
    }

    /** A connector to describe, and the members ours prints that the CLI's model does not know. */
    private record Case(String type, String label, List<String> extraMembers) {
        Case(String type, String label, String... extraMembers) {
            this(
                    type,
                    label,
                    Arrays.stream(extraMembers)
                            .map(m -> "$.connectorConfiguration" + m)
                            .toList());
        }

        String what() {
            return label == null ? type : type + "/" + label;
        }
    }
}
