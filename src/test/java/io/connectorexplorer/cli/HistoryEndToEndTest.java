package io.connectorexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.AppFlowTestAccount.Run;
import io.connectorexplorer.testsupport.JsonTrees;
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
 * The history through the real SDK clients: what {@code list} and {@code describe} read is kept, by the account the
 * profile reaches; a connector that changed gets a second snapshot; {@code history} lists both with what changed;
 * {@code --offline} and {@code --as-of} read them back with the endpoint gone; {@code diff --left-as-of} compares a
 * connector then and now.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class HistoryEndToEndTest {

    private static final String EU = "eu-west-1";
    private static final String[] ACME = {"--connector-type", "CustomConnector", "--connector-label", "acme-crm"};

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
    void whatWasReadIsKeptAndReadBackOfflineThenAndNow() {
        assertThat(run("list", "--profile", "alpha").exitCode()).isZero();
        assertThat(run(with("describe", "--profile", "alpha")).exitCode()).isZero();
        // The connector changes in the account: reading it again keeps a second snapshot.
        alpha.serves(EU, io.connectorexplorer.testsupport.ChangedAcme.in(DemoCatalogue.bundled()));
        Run now = run(with("describe", "--profile", "alpha"));
        assertThat(version(now)).isEqualTo("3.3.0");

        Run history = run(with("history", "--profile", "alpha", "--json"));
        assertThat(history.exitCode()).as(history.toString()).isZero();
        JsonNode entries = JsonTrees.parse(history.out());
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("changes").asText())
                .as("newest first, with what changed from the one before")
                .isEqualTo("2 changed, 2 added: connectorVersion, authParameters sandbox.isRequired, supportedOperators"
                        + " and 1 more");
        assertThat(entries.get(0).get("differences").asInt()).isEqualTo(4);
        assertThat(entries.get(1).get("changes").asText()).isEqualTo("first kept");
        assertThat(entries.get(1).get("accountId").asText()).isEqualTo("111111111111");
        String then = entries.get(1).get("recordedAt").asText();
        Run table = run(with("history", "--profile", "alpha"));
        assertThat(table.out().lines().toList()).hasSize(3).first().asString().startsWith("RECORDED");

        fleet.close();

        Run offline = run(with("describe", "--profile", "alpha", "--offline"));
        assertThat(offline.exitCode()).as(offline.toString()).isZero();
        assertThat(offline.out()).isEqualTo(now.out());
        assertThat(offline.err())
                .contains("CustomConnector/acme-crm of alpha · eu-west-1 (account 111111111111) as of");
        Run asOf = run(with("describe", "--profile", "alpha", "--as-of", then));
        assertThat(version(asOf)).as(asOf.toString()).isEqualTo("3.2.0");

        Run list = run("list", "--profile", "alpha", "--offline", "--json");
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(JsonTrees.parse(list.out()))
                .hasSize(DemoCatalogue.bundled().configurations().size());

        Run diff = run(with(
                "diff", "--left", "alpha", "--left-as-of", then, "--right", "alpha", "--right-as-of", "2100-01-01"));
        assertThat(diff.exitCode()).as(diff.toString()).isEqualTo(1);
        assertThat(diff.out().lines())
                .hasSize(4)
                .contains("~ $.connectorConfiguration.connectorVersion: \"3.2.0\" → \"3.3.0\"");
    }

    @Test
    void anExportFromTheHistoryNamesWhatWasNeverDescribed() throws Exception {
        run("list", "--profile", "alpha");
        run(with("describe", "--profile", "alpha"));
        Path file = home.resolve("kept.json");

        Run export = run("export", "--all", "--offline", "--profile", "alpha", "--output", file.toString());

        assertThat(export.exitCode()).as(export.toString()).isEqualTo(1);
        assertThat(export.err())
                .contains("Exported 1 connectors from the history to " + file)
                .contains("connectors of the list have no configuration in the history")
                .contains("Salesforce");
        assertThat(JsonTrees.parse(Files.readString(file)).get("connectorConfigurations"))
                .hasSize(1);
    }

    @Test
    void aProfileNeverReadHereHasNoHistoryAndSaysWhatToDo() {
        Run run = run("list", "--profile", "alpha", "--offline");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("No history for the profile 'alpha' on this machine")
                .contains("Run the command once without --offline");
        Run badTime = run("list", "--profile", "alpha", "--as-of", "last tuesday");
        assertThat(badTime.exitCode()).isEqualTo(2);
        assertThat(badTime.err()).contains("--as-of last tuesday is not an ISO-8601 date or date-time");
    }

    @Test
    void theDemoIsNotKept() {
        assertThat(run("list", "--demo").exitCode()).isZero();

        Run offline = run("list", "--demo", "--offline");

        assertThat(offline.exitCode()).isEqualTo(2);
        assertThat(offline.err()).contains("the demo account keeps no history");
    }

    private static String version(Run describe) {
        return JsonTrees.parse(describe.out())
                .at("/connectorConfiguration/connectorVersion")
                .asText();
    }

    private static String[] with(String command, String... more) {
        String[] args = new String[1 + ACME.length + more.length];
        args[0] = command;
        System.arraycopy(ACME, 0, args, 1, ACME.length);
        System.arraycopy(more, 0, args, 1 + ACME.length, more.length);
        return args;
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
