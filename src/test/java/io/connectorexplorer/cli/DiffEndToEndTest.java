package io.connectorexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.AppFlowTestAccount.Run;
import io.connectorexplorer.testsupport.ChangedAcme;
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
 * {@code diff} through the real SDK clients: two loopback accounts serve different versions of the same custom
 * connector — in {@code beta} its version changed, one auth parameter became optional, an operator was added, a member
 * newer than the SDK appeared, and its lists come in another order (which is no difference) — compared live, against
 * files written by {@code describe} and {@code export}, as text and as JSON, with the exit status of diff(1).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiffEndToEndTest {

    private static final String EU = "eu-west-1";
    private static final String US = "us-east-1";
    private static final String[] ACME = {"--connector-type", "CustomConnector", "--connector-label", "acme-crm"};
    private static final String API_TOKEN = "$.connectorConfiguration.authenticationConfig.customAuthConfigs"
            + "[customAuthenticationType=ApiToken].authParameters[key=sandbox].isRequired";

    @TempDir
    Path home;

    private LoopbackFleet fleet;

    @BeforeEach
    void start() throws Exception {
        fleet = LoopbackFleet.start();
        DemoCatalogue demo = DemoCatalogue.bundled();
        LoopbackFleet.Account alpha = fleet.account("111111111111", demo);
        LoopbackFleet.Account beta = fleet.account("222222222222", ChangedAcme.in(demo));
        beta.down(US);
        Files.writeString(home.resolve("config"), fleet.profileSection("alpha", EU) + fleet.profileSection("beta", EU));
        Files.writeString(
                home.resolve("credentials"), alpha.credentialsSection("alpha") + beta.credentialsSection("beta"));
    }

    @AfterEach
    void stop() {
        fleet.close();
    }

    @Test
    void twoAccountsDifferByMeaningNotByOrder() {
        Run run = run(with("--left", "alpha", "--right", "beta@" + EU));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out().lines().toList())
                .as(run.toString())
                .containsExactly(
                        "~ $.connectorConfiguration.connectorVersion: \"3.2.0\" → \"3.3.0\"",
                        "~ " + API_TOKEN + ": false → true",
                        "+ $.connectorConfiguration.supportedOperators[STARTS_WITH]: \"STARTS_WITH\"",
                        "+ $.connectorConfiguration.connectorTier: \"ENTERPRISE_2027\"");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theSameConnectorTwiceIsNoDifference() {
        Run run = run(with("--left", "alpha", "--right", "alpha@" + EU));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void jsonNamesBothSidesAndEachDifference() {
        Run run = run(with("--left", "alpha", "--right", "beta", "--json"));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        JsonNode json = JsonTrees.parse(run.out());
        assertThat(json.get("left").get("profile").asText()).isEqualTo("alpha");
        assertThat(json.get("left").get("accountId").asText()).isEqualTo("111111111111");
        assertThat(json.get("right").get("region").asText()).isEqualTo(EU);
        assertThat(json.get("right").get("accountId").asText()).isEqualTo("222222222222");
        JsonNode required = json.get("differences").get(1);
        assertThat(required.get("path").asText()).isEqualTo(API_TOKEN);
        assertThat(required.get("kind").asText()).isEqualTo("changed");
        assertThat(required.get("left").asBoolean()).isFalse();
        assertThat(required.get("right").asBoolean()).isTrue();
        assertThat(json.get("differences")).hasSize(4);
    }

    @Test
    void filesWrittenByDescribeAndExportCompareAsTheAccountsDo() {
        Path described = home.resolve("alpha-acme.json");
        Path exported = home.resolve("beta-all.json");
        assertThat(run(with("--profile", "alpha", "--output", described.toString()), "describe")
                        .exitCode())
                .isZero();
        assertThat(run("export", "--all", "--profile", "beta", "--output", exported.toString())
                        .exitCode())
                .isZero();
        Run live = run(with("--left", "alpha", "--right", "beta"));

        Run files = run(with("--left", "file:" + described, "--right", "file:" + exported));

        assertThat(files.exitCode()).as(files.toString()).isEqualTo(1);
        assertThat(files.out()).isEqualTo(live.out());
        Run mixed = run(with("--left", "file:" + described, "--right", "alpha"));
        assertThat(mixed.exitCode()).as(mixed.toString()).isZero();
    }

    @Test
    void troubleIsExitTwoWithAMessageAndNoStackTrace() {
        Run unknown = run(with("--left", "alpha", "--right", "nobody"));
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("the profile 'nobody' is not in the AWS config or credentials files");
        assertThat(fleet.callCount("DescribeConnector"))
                .as("no call before both sides are known")
                .isZero();

        Run down = run(with("--left", "alpha", "--right", "beta@" + US));
        assertThat(down.exitCode()).as(down.toString()).isEqualTo(2);
        assertThat(down.err()).startsWith("connector-explorer diff: ").doesNotContain("\tat ");

        Run missing = run(with("--left", "file:" + home.resolve("nothing.json"), "--right", "alpha"));
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nothing.json does not exist");

        Run noSide = run(ACME);
        assertThat(noSide.exitCode()).isEqualTo(2);
        assertThat(noSide.err()).contains("--left is required: PROFILE, PROFILE@REGION or file:PATH");
    }

    @Test
    void aFileOfAnotherConnectorIsRefused() throws Exception {
        Path salesforce = home.resolve("salesforce.json");
        run("describe", "--profile", "alpha", "--connector-type", "Salesforce", "--output", salesforce.toString());

        Run run = run(with("--left", "file:" + salesforce, "--right", "alpha"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("holds the Salesforce connector, not CustomConnector/acme-crm");
    }

    private static String[] with(String... more) {
        String[] args = new String[ACME.length + more.length];
        System.arraycopy(ACME, 0, args, 0, ACME.length);
        System.arraycopy(more, 0, args, ACME.length, more.length);
        return args;
    }

    private Run run(String[] args, String command) {
        String[] all = new String[args.length + 1];
        all[0] = command;
        System.arraycopy(args, 0, all, 1, args.length);
        return run(all);
    }

    private Run run(String... args) {
        String[] all = args;
        if (args.length == 0 || args[0].startsWith("--")) {
            all = new String[args.length + 1];
            all[0] = "diff";
            System.arraycopy(args, 0, all, 1, args.length);
        }
        return AppFlowTestAccount.runIn(
                Map.of(
                        "AWS_CONFIG_FILE", home.resolve("config").toString(),
                        "AWS_SHARED_CREDENTIALS_FILE",
                                home.resolve("credentials").toString()),
                home,
                AppFlowTestAccount.TIMEOUTS,
                all);
    }
}
