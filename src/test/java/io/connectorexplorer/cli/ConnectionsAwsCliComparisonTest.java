package io.connectorexplorer.cli;

import static io.connectorexplorer.testsupport.TestConnections.connection;
import static io.connectorexplorer.testsupport.TestConnections.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.AppFlowTestAccount.Run;
import io.connectorexplorer.testsupport.AwsCli;
import io.connectorexplorer.testsupport.JsonTrees;
import io.connectorexplorer.testsupport.TestConnections;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code connections}, {@code entities}, {@code entity} and {@code flows} with {@code --json} against what the AWS
 * CLI prints for the same endpoint, its pages fetched with {@code --next-token} until the last and put together here
 * (the CLI has no paginator for AppFlow and asks for the endpoint's default page of 20, so every listing here takes
 * several). Every member and value the CLI prints must be in ours and equal; the one allowed difference is the
 * members newer than the CLI's model, which it drops and ours keeps. Skipped when {@code aws} is not on PATH.
 */
class ConnectionsAwsCliComparisonTest {

    private static final String REGION = "us-east-1";

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
    void theFourListingsAreWhatTheCliPrintsWithItsPagesPutTogether() throws Exception {
        TestConnections data = TestConnections.builder();
        ObjectNode newer = connection("newer", "Salesforce", null);
        newer.put("rotationPolicy", "Monthly");
        newer.put("createdAt", new BigDecimal("1707669350.8194326"));
        data.connections(newer).generatedConnections("generated", 44, "Zendesk");
        data.generatedEntities("newer", 50).generatedFields("newer", "Entity00001", 30);
        ObjectNode field = TestConnections.field("Vector", "Vector", "vector");
        field.put("isEncrypted", true);
        data.fields("newer", "Entity00001", field);
        for (int i = 0; i < 25; i++) {
            ObjectNode f = flow(String.format(Locale.ROOT, "flow-%02d", i), "Salesforce", "newer", "S3", "bucket");
            if (i == 24) {
                f.put("flowStatus", "Paused");
                f.put("ownerTeam", "revops");
            }
            data.flows(f);
        }
        SoftAssertions soft = new SoftAssertions();
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), data.build(), folder)) {
            compare(
                    soft,
                    cliPages(account, "describe-connector-profiles"),
                    ours(account, "connections", "--json"),
                    "$.connectorProfileDetails[0].rotationPolicy");
            compare(
                    soft,
                    cliPages(account, "list-connector-entities", "--connector-profile-name", "newer"),
                    ours(account, "entities", "--connection", "newer", "--json"));
            compare(
                    soft,
                    cliPages(
                            account,
                            "describe-connector-entity",
                            "--connector-profile-name",
                            "newer",
                            "--connector-entity-name",
                            "Entity00001"),
                    ours(account, "entity", "--connection", "newer", "--entity", "Entity00001", "--json"),
                    "$.connectorEntityFields[30].isEncrypted");
            compare(soft, cliPages(account, "list-flows"), ours(account, "flows", "--json"), "$.flows[24].ownerTeam");
        }
        soft.assertAll();
    }

    @Test
    void theDemoAccountsConnectionsNestedEntitiesAndFieldsAreWhatTheCliPrints() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder)) {
            compare(soft, cliPages(account, "describe-connector-profiles"), ours(account, "connections", "--json"));
            compare(
                    soft,
                    cliPages(
                            account,
                            "list-connector-entities",
                            "--connector-profile-name",
                            "acme-crm-main",
                            "--entities-path",
                            "reports/sales"),
                    ours(
                            account,
                            "entities",
                            "--connection",
                            "acme-crm-main",
                            "--entities-path",
                            "reports/sales",
                            "--json"));
            compare(
                    soft,
                    cliPages(
                            account,
                            "describe-connector-entity",
                            "--connector-profile-name",
                            "salesforce-prod",
                            "--connector-entity-name",
                            "Opportunity"),
                    ours(account, "entity", "--connection", "salesforce-prod", "--entity", "Opportunity", "--json"));
            compare(soft, cliPages(account, "list-flows"), ours(account, "flows", "--json"));
        }
        soft.assertAll();
    }

    private static void compare(SoftAssertions soft, JsonNode theirs, JsonNode ours, String... newerThanTheCli) {
        soft.assertThat(JsonTrees.notContained(theirs, ours))
                .as("what the CLI prints that ours lacks")
                .isEmpty();
        soft.assertThat(JsonTrees.extraMembers(ours, theirs))
                .as("members only ours has")
                .containsExactlyInAnyOrder(newerThanTheCli);
    }

    private static JsonNode ours(AppFlowTestAccount account, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--region", REGION));
        Run run = account.run(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return JsonTrees.parse(run.out());
    }

    /** The CLI's answer, every page asked for in turn and put together: lists concatenated, maps of lists by key. */
    private JsonNode cliPages(AppFlowTestAccount account, String operation, String... args) throws Exception {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        String token = null;
        int pages = 0;
        do {
            List<String> command = new ArrayList<>(List.of("appflow", operation));
            command.addAll(List.of(args));
            if (token != null) {
                command.addAll(List.of("--next-token", token));
            }
            command.addAll(List.of(
                    "--endpoint-url", account.endpointUri().toString(), "--region", REGION, "--output", "json"));
            AwsCli.Result result = cli.run(command.toArray(String[]::new));
            assertThat(result.exitCode()).as("aws %s\n%s", command, result).isZero();
            JsonNode page = JsonTrees.parse(result.out());
            token = page.path("nextToken").asText(null);
            page.fields().forEachRemaining(member -> {
                if (member.getKey().equals("nextToken")) {
                    return;
                }
                JsonNode have = merged.get(member.getKey());
                if (have == null) {
                    merged.set(member.getKey(), member.getValue());
                } else if (have.isArray()) {
                    ((ArrayNode) have).addAll((ArrayNode) member.getValue());
                } else {
                    member.getValue().fields().forEachRemaining(group -> {
                        if (have.has(group.getKey())) {
                            ((ArrayNode) have.get(group.getKey())).addAll((ArrayNode) group.getValue());
                        } else {
                            ((ObjectNode) have).set(group.getKey(), group.getValue());
                        }
                    });
                }
            });
            pages++;
        } while (token != null && pages < 100);
        assertThat(token).as("the CLI's listing ended").isNull();
        return merged;
    }
}
