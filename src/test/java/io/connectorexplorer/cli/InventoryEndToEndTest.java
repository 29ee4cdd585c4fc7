package io.connectorexplorer.cli;

import static io.connectorexplorer.cli.InventoryFleet.AP;
import static io.connectorexplorer.cli.InventoryFleet.EU;
import static io.connectorexplorer.cli.InventoryFleet.US;
import static io.connectorexplorer.cli.InventoryFleet.connectors;
import static io.connectorexplorer.cli.InventoryFleet.only;
import static io.connectorexplorer.cli.InventoryFleet.row;
import static io.connectorexplorer.cli.InventoryFleet.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.testsupport.AppFlowTestAccount.Run;
import io.connectorexplorer.testsupport.JsonTrees;
import io.connectorexplorer.testsupport.RequestRateLimit;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inventory} through the real SDK clients against one loopback endpoint serving several accounts and regions
 * (custom connectors only in some), with a region down, a region throttling above a low rate, and an SSO profile that
 * needs a sign-in: the matrix is complete for every target that answered, each failure is named with its code and
 * message, the exit status says some failed, and nothing hangs.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class InventoryEndToEndTest {

    @TempDir
    Path home;

    private InventoryFleet fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = InventoryFleet.start(home);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void threeProfilesByThreeRegionsWithATargetDownOneThrottlingAndOneNeedingSignIn() throws Exception {
        fixture.beta.down(AP);
        RequestRateLimit quota = fixture.alpha.throttleAbove(US, 1);

        long started = System.nanoTime();
        Run run = fixture.run(
                "inventory", "--profiles", "alpha,beta,gamma", "--regions", EU + "," + US + "," + AP, "--json");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        List<JsonNode> rows = rows(run.out());
        assertThat(rows.stream().map(InventoryFleet::where).distinct())
                .as("every target, in the order asked")
                .containsExactly(
                        "alpha@" + EU,
                        "alpha@" + US,
                        "alpha@" + AP,
                        "beta@" + EU,
                        "beta@" + US,
                        "beta@" + AP,
                        "gamma@" + EU,
                        "gamma@" + US,
                        "gamma@" + AP);
        assertThat(connectors(rows, "alpha@" + EU))
                .containsExactly("S3", "Salesforce", "Redshift", "Slack", "acme-crm");
        assertThat(connectors(rows, "alpha@" + US)).containsExactly("S3", "Salesforce", "Redshift", "Slack");
        assertThat(connectors(rows, "alpha@" + AP)).containsExactly("S3", "Salesforce", "Redshift", "Slack");
        assertThat(connectors(rows, "beta@" + EU)).containsExactly("S3", "Salesforce", "Slack", "acme-crm");
        assertThat(connectors(rows, "beta@" + US)).containsExactly("S3", "Salesforce", "Slack", "legacy-feed");
        assertThat(row(rows, "alpha@" + EU, "acme-crm")).isEqualTo(JsonTrees.parse("""
                {"profile": "alpha", "region": "eu-west-1", "accountId": "111111111111",
                 "connectorType": "CustomConnector", "connectorLabel": "acme-crm", "connectorName": "acme-crm connector",
                 "connectorVersion": "3.2.0", "canUseAsSource": true, "canUseAsDestination": false}"""));
        assertThat(row(rows, "beta@" + US, "Salesforce")).isEqualTo(JsonTrees.parse("""
                {"profile": "beta", "region": "us-east-1", "accountId": "222222222222",
                 "connectorType": "Salesforce", "connectorName": "Salesforce",
                 "canUseAsSource": true, "canUseAsDestination": true}"""));
        assertThat(row(rows, "beta@" + US, "legacy-feed").get("canUseAsSource").isNull())
                .as("flags the listing cannot tell are null, never described to fill the matrix")
                .isTrue();

        JsonNode down = only(rows, "beta@" + AP);
        assertThat(down.get("error").get("kind").asText()).isEqualTo("NETWORK");
        assertThat(down.get("error").get("code").asText()).isEqualTo("NETWORK");
        assertThat(down.get("error").get("message").asText()).startsWith("DescribeConnectors: ");
        for (String region : List.of(EU, US, AP)) {
            JsonNode signIn = only(rows, "gamma@" + region);
            assertThat(signIn.get("error").get("code").asText()).isEqualTo("SIGN_IN_REQUIRED");
            assertThat(signIn.get("error").get("message").asText()).contains("No SSO sign-in exists");
            assertThat(signIn.fieldNames()).toIterable().containsExactly("profile", "region", "error");
        }

        assertThat(quota.throttled())
                .as("calls the low quota refused, then retried")
                .isPositive();
        assertThat(fixture.fleet.callCount("DescribeConnector"))
                .as("the matrix comes from the listings alone")
                .isZero();
        assertThat(fixture.fleet.callCount("GetCallerIdentity"))
                .as("the account is asked once per profile, not per region")
                .isEqualTo(2);
        assertThat(run.err())
                .contains("4 of 9 targets did not answer")
                .contains("beta · ap-southeast-2: DescribeConnectors failed")
                .contains("gamma · eu-west-1: needs sign-in: ")
                .contains("connector-explorer login --profile gamma");
        assertThat(run.log()).contains("problem title=\"connector-explorer inventory gamma@us-east-1\"");
        assertThat(took).as("nothing hangs").isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void allProfilesSkipsTheOnesThatCannotWorkAndNamesAnEndpointThatIsDown() throws Exception {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        Files.writeString(
                fixture.home.resolve("config"),
                fixture.fleet.profileSection("alpha", EU)
                        + fixture.fleet.profileSection("beta", US)
                        + "[profile down]\nregion = eu-west-1\nendpoint_url = http://127.0.0.1:" + closedPort + "\n"
                        + "[profile broken]\nsource_profile = nowhere\nrole_arn = arn:aws:iam::123456789012:role/R\n");
        Files.writeString(
                fixture.home.resolve("credentials"),
                fixture.alpha.credentialsSection("alpha")
                        + fixture.beta.credentialsSection("beta")
                        + fixture.alpha.credentialsSection("down"));

        Run run = fixture.run("inventory", "--all-profiles", "--csv");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("Skipped profile 'broken', which cannot be used: ");
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("profile,region,accountId,connectorType,connectorLabel,connectorName,connectorVersion,"
                        + "canUseAsSource,canUseAsDestination,errorCode,errorMessage");
        assertThat(lines)
                .contains("alpha,eu-west-1,111111111111,CustomConnector,acme-crm,acme-crm connector,3.2.0,true,false,,")
                .contains("beta,us-east-1,222222222222,CustomConnector,legacy-feed,Legacy feed,,unknown,unknown,,")
                .anySatisfy(line -> assertThat(line).startsWith("down,eu-west-1,,,,,,,,NETWORK,"));
        assertThat(lines).noneMatch(line -> line.startsWith("broken,"));
        assertThat(run.out()).contains("\r\n");
    }

    @Test
    void aTargetThrottledForGoodIsReportedAsThrottledWithinItsPatience() throws Exception {
        fixture.alpha.throttleAbove(EU, 0);

        long started = System.nanoTime();
        // A call may take 4 s in all, one attempt 2 s: a throttled call retries for 2 s, then says so.
        Run run = fixture.run(
                new AppFlowAccounts.Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)),
                "inventory",
                "--profiles",
                "alpha,beta",
                "--regions",
                EU,
                "--json");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        List<JsonNode> rows = rows(run.out());
        JsonNode throttled = only(rows, "alpha@" + EU);
        assertThat(throttled.get("error").get("code").asText()).isEqualTo("ThrottlingException");
        assertThat(throttled.get("error").get("kind").asText()).isEqualTo("THROTTLED");
        assertThat(connectors(rows, "beta@" + EU)).containsExactly("S3", "Salesforce", "Slack", "acme-crm");
        assertThat(took).isLessThan(Duration.ofSeconds(15));
    }
}
