package io.connectorexplorer.cli;

import static io.connectorexplorer.cli.InventoryFleet.AP;
import static io.connectorexplorer.cli.InventoryFleet.EU;
import static io.connectorexplorer.cli.InventoryFleet.US;
import static io.connectorexplorer.cli.InventoryFleet.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.testsupport.AppFlowTestAccount.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code inventory}'s table, options and output file, against the loopback fleet. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InventoryCommandEndToEndTest {

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
    void theTableShowsVersionsFlagsAndWhichTargetsDidNotAnswer() throws Exception {
        fixture.beta.down(AP);

        Run run = fixture.run("inventory", "--profiles", "alpha,beta", "--regions", EU + "," + AP);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.subList(0, 5))
                .containsExactly(
                        "TARGETS",
                        "  1  alpha · eu-west-1       111111111111",
                        "  2  alpha · ap-southeast-2  111111111111",
                        "  3  beta · eu-west-1        222222222222",
                        lines.get(4));
        assertThat(lines.get(4)).startsWith("  4  beta · ap-southeast-2   failed: DescribeConnectors failed: ");
        int header = lines.indexOf(lines.stream()
                .filter(l -> l.startsWith("CONNECTOR"))
                .findFirst()
                .orElseThrow());
        assertThat(lines.subList(header, header + 6))
                .containsExactly(Stream.of(
                                "CONNECTOR          1         2     3         4",
                                "Redshift           ✓ -D      ✓ -D            !",
                                "S3                 ✓ SD      ✓ SD  ✓ SD      !",
                                "Salesforce         ✓ SD      ✓ SD  ✓ SD      !",
                                "Slack              ✓ S-      ✓ S-  ✓ S-      !",
                                "acme-crm (custom)  3.2.0 S-        3.1.0 S-  !")
                        // ✓ where standard output can show it (+ where it cannot: a JVM with an ASCII charset)
                        .map(line -> line.replace(
                                "✓", InventoryTable.Marks.forStandardOutput().present()))
                        .toArray(String[]::new));
    }

    @Test
    void optionsAreCheckedBeforeAnyCall() throws Exception {

        Run unknown = fixture.run("inventory", "--profiles", "alpha,nobody,ghost");
        Run both = fixture.run("inventory", "--json", "--csv");
        Run sso = fixture.run("inventory", "--sso-session", "nowhere");
        Run region = fixture.run("inventory", "--profiles", "alpha", "--regions", "eu-west-1,Mars");
        Run all = fixture.run("inventory", "--all-regions", "--regions", EU);

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown profiles 'nobody', 'ghost'; known profiles: alpha, beta, gamma");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(sso.exitCode()).isEqualTo(2);
        assertThat(sso.err()).contains("there is no SSO session 'nowhere' in the AWS config file; SSO sessions: corp");
        assertThat(region.exitCode()).isEqualTo(2);
        assertThat(region.err()).contains("'Mars' is not a region name");
        assertThat(all.exitCode()).isEqualTo(2);
        assertThat(fixture.fleet.totalCalls()).isZero();
    }

    @Test
    void everyTargetAnsweringExitsZeroAndOutputGoesToTheFile() throws Exception {
        Path file = fixture.home.resolve("inventory.json");

        Run run = fixture.run("inventory", "--profiles", "alpha,beta", "--json", "--output", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Wrote the inventory of 2 targets to " + file + System.lineSeparator());
        List<JsonNode> rows = rows(Files.readString(file));
        // Each profile in its own region: alpha's eu-west-1, beta's us-east-1.
        assertThat(rows.stream().map(InventoryFleet::where).distinct()).containsExactly("alpha@" + EU, "beta@" + US);
    }
}
