package io.connectorexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.AppFlowTestAccount.Run;
import io.connectorexplorer.testsupport.LoopbackFleet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connections, entities and fields are kept in the history like configurations, through the real SDK clients: what
 * {@code connections}, {@code entities} and {@code entity} read is printed again by {@code --offline} with the endpoint
 * gone — the same bytes — and the snapshot's time said on standard error; what was never read says so.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ConnectionsHistoryEndToEndTest {

    private static final String EU = "eu-west-1";

    @TempDir
    Path home;

    private LoopbackFleet fleet;
    private LoopbackFleet.Account alpha;

    @BeforeEach
    void start() throws Exception {
        fleet = LoopbackFleet.start();
        alpha = fleet.account("111111111111", DemoCatalogue.bundled());
        Files.writeString(home.resolve("config"), fleet.profileSection("alpha", EU));
        Files.writeString(home.resolve("credentials"), alpha.credentialsSection("alpha"));
    }

    @AfterEach
    void stop() {
        fleet.close();
    }

    @Test
    void whatWasReadIsPrintedAgainOfflineByteForByte() {
        String[][] commands = {
            {"connections", "--profile", "alpha", "--connector-type", "Salesforce", "--json"},
            {"connections", "--profile", "alpha", "--connector-type", "Salesforce"},
            {"entities", "--profile", "alpha", "--connection", "salesforce-prod", "--json"},
            {"entities", "--profile", "alpha", "--connection", "acme-crm-main", "--entities-path", "projects"},
            {"entity", "--profile", "alpha", "--connection", "salesforce-prod", "--entity", "Account", "--json"},
            {"entity", "--profile", "alpha", "--connection", "salesforce-prod", "--entity", "Account", "--csv"},
        };
        String[] online = new String[commands.length];
        for (int i = 0; i < commands.length; i++) {
            Run run = run(commands[i]);
            assertThat(run.exitCode()).as(run.toString()).isZero();
            online[i] = run.out();
        }

        alpha.down(EU);
        for (int i = 0; i < commands.length; i++) {
            Run offline = run(with(commands[i], "--offline"));
            assertThat(offline.exitCode()).as(offline.toString()).isZero();
            assertThat(offline.out()).as(String.join(" ", commands[i])).isEqualTo(online[i]);
            assertThat(offline.err())
                    .contains("of alpha · eu-west-1 (account 111111111111) as of ")
                    .contains("from the history (offline)");
        }

        Run never = run(
                "entity", "--profile", "alpha", "--connection", "salesforce-prod", "--entity", "Contact", "--offline");
        assertThat(never.exitCode()).isEqualTo(1);
        assertThat(never.err())
                .contains("No fields of Contact in salesforce-prod of alpha · eu-west-1 (account 111111111111) in the"
                        + " history: it has not been read here yet.");
        Run anyConnector = run("connections", "--profile", "alpha", "--offline");
        assertThat(anyConnector.exitCode()).isEqualTo(2);
        assertThat(anyConnector.err()).contains("--offline and --as-of need --connector-type");
    }

    @Test
    void anEntitysFieldsAreComparedAcrossTimeAndWithAFile() throws Exception {
        Run json =
                run("entity", "--profile", "alpha", "--connection", "salesforce-prod", "--entity", "Account", "--json");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        com.fasterxml.jackson.databind.node.ObjectNode edited = (com.fasterxml.jackson.databind.node.ObjectNode)
                io.connectorexplorer.testsupport.JsonTrees.parse(json.out());
        var fields = (com.fasterxml.jackson.databind.node.ArrayNode) edited.get("connectorEntityFields");
        // Another order, and one flag changed: one difference, at the field's identifier.
        var first = fields.remove(0);
        fields.add(first);
        ((com.fasterxml.jackson.databind.node.ObjectNode) fields.get(0).get("sourceProperties"))
                .put("isQueryable", false);
        String changed = fields.get(0).get("identifier").asText();
        Path file = home.resolve("edited.json");
        Files.writeString(file, edited.toPrettyString());

        Run withFile = run(
                "diff",
                "--entity",
                "Account",
                "--connection",
                "salesforce-prod",
                "--left",
                "alpha",
                "--right",
                "file:" + file);
        assertThat(withFile.exitCode()).as(withFile.toString()).isEqualTo(1);
        assertThat(withFile.out())
                .isEqualTo("~ $.connectorEntityFields[identifier=" + changed
                        + "].sourceProperties.isQueryable: true → false\n");

        Run thenAndNow = run(
                "diff",
                "--entity",
                "Account",
                "--connection",
                "salesforce-prod",
                "--left",
                "alpha",
                "--left-as-of",
                "2100-01-01",
                "--right",
                "alpha");
        assertThat(thenAndNow.exitCode()).as(thenAndNow.toString()).isZero();
        assertThat(thenAndNow.err()).contains("fields of Account in salesforce-prod of alpha · eu-west-1");

        Run noConnection = run("diff", "--entity", "Account", "--left", "alpha", "--right", "file:" + file);
        assertThat(noConnection.exitCode()).isEqualTo(2);
        assertThat(noConnection.err()).contains("--entity needs --connection");
    }

    private static String[] with(String[] command, String more) {
        String[] all = java.util.Arrays.copyOf(command, command.length + 1);
        all[command.length] = more;
        return all;
    }

    private Run run(String... args) {
        return AppFlowTestAccount.runIn(
                Map.of(
                        "AWS_CONFIG_FILE", home.resolve("config").toString(),
                        "AWS_SHARED_CREDENTIALS_FILE",
                                home.resolve("credentials").toString()),
                home,
                AppFlowTestAccount.TIMEOUTS,
                args);
    }
}
