package io.connectorexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.demo.LoopbackAppFlowEndpoint;
import io.connectorexplorer.infra.settings.PropertiesSettings;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.AppFlowTestAccount.Run;
import io.connectorexplorer.testsupport.DiagnosticLogs;
import io.connectorexplorer.testsupport.FaultPlan;
import io.connectorexplorer.testsupport.Faults;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diagnostic log, as the command line leaves it in the settings folder: each call with its operation, target,
 * the status of each attempt, request ID and time; each failure told, as it was told; and a folder that cannot be
 * written changes nothing the command prints.
 */
class DiagnosticLogEndToEndTest {

    private static final String TIME = "\\S+ ";

    @TempDir
    Path folder;

    private AppFlowTestAccount account;
    private final FaultPlan faults = new FaultPlan();

    @BeforeEach
    void start() throws Exception {
        account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder);
        account.endpoint().setHook(faults);
    }

    @AfterEach
    void stop() {
        account.close();
    }

    @Test
    void eachCallIsOneLineWithItsOperationTargetStatusRequestIdAndTime() {
        Run run = account.run("list");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.log().lines().toList();
        assertThat(lines.get(0)).contains(" INFO    start connector-explorer ");
        String target = " profile=e2e region=eu-west-1 endpoint=" + account.endpointUri() + " status=200 requestId=";
        String describe = the(run.log(), "DescribeConnectors");
        assertThat(describe)
                .matches(TIME + "INFO    call Appflow DescribeConnectors" + Pattern.quote(target) + "\\S+ took=\\d+ms");
        assertThat(the(run.log(), "ListConnectors"))
                .matches(TIME + "INFO    call Appflow ListConnectors" + Pattern.quote(target) + "\\S+ took=\\d+ms");
        // The request ID is the one the endpoint answered with, as the trace shows it.
        Matcher id = Pattern.compile("requestId=(\\S+)").matcher(describe);
        assertThat(id.find()).isTrue();
        assertThat(run.trace())
                .contains("DescribeConnectors (profile e2e, eu-west-1), attempt 1: HTTP 200 in ")
                .contains(", request ID " + id.group(1) + System.lineSeparator());
    }

    @Test
    void aCallRetriedUntilItSucceedsIsOneLineWithEachAttemptsStatus() {
        faults.next(
                "DescribeConnector",
                Faults.error(500, "InternalServerException", "Something broke inside AppFlow."),
                Faults.error(503, "ServiceUnavailableException", "Try again later."));

        Run run = account.run("describe", "--connector-type", "S3");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(the(run.log(), "DescribeConnector"))
                .contains(" INFO    call Appflow DescribeConnector profile=e2e ", " status=500,503,200 ")
                .doesNotContain("error=");
    }

    @Test
    void aFailedCallIsAWarningWithItsErrorCodeAndTheFailureToldIsLoggedAsTold() {
        Run run = account.run("describe", "--connector-type", "Nope");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(the(run.log(), "DescribeConnector"))
                .contains(" WARNING call Appflow DescribeConnector profile=e2e ", " status=404 ")
                .endsWith(" error=ResourceNotFoundException");
        List<String> told = run.err().lines().toList();
        assertThat(run.log().lines().filter(line -> line.contains(" problem ")))
                .singleElement()
                .asString()
                .endsWith(" WARNING problem title=\"connector-explorer describe\" detail=\""
                        + told.get(0).substring("connector-explorer describe: ".length()) + "\" advice=\""
                        + told.get(1) + "\"");
    }

    @Test
    void attemptsThatGotNoAnswerAreLoggedAsNone() throws Exception {
        URI down;
        try (LoopbackAppFlowEndpoint closed = LoopbackAppFlowEndpoint.start(DemoCatalogue.bundled())) {
            down = closed.uri();
        }
        account.writeConfig(account.profileSection(AppFlowTestAccount.PROFILE, down));

        Run run = account.run("list");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(the(run.log(), "DescribeConnectors"))
                .containsPattern(" endpoint=" + Pattern.quote(down.toString()) + " status=none(,none)* took=\\d+ms ")
                .endsWith(" error=ConnectException");
        assertThat(run.log())
                .contains(" problem title=\"connector-explorer list\" detail=\"DescribeConnectors failed: "
                        + "Cannot reach " + down);
    }

    @Test
    void inputRejectedBeforeAnyCallIsLoggedAsTheProblemTold() {
        Run run = account.run("list", "--bogus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.log())
                .contains(" WARNING problem title=\"connector-explorer list\" detail=\"unknown option '--bogus'\" "
                        + "advice=\"Try 'connector-explorer list --help'.\"")
                .doesNotContain(" call ");
    }

    @Test
    void theLogIsInTheSettingsFolderAndCONNECTOR_EXPLORER_HOMEMovesIt() {
        Path elsewhere = folder.resolve("elsewhere");

        account.run("list");
        Run moved = account.run(Map.of("CONNECTOR_EXPLORER_HOME", elsewhere.toString()), "list");

        assertThat(DiagnosticLogs.read(PropertiesSettings.defaultFolder(Map.of(), folder)))
                .contains(" call Appflow DescribeConnectors ");
        assertThat(DiagnosticLogs.read(elsewhere)).isEqualTo(moved.log()).contains(" call Appflow DescribeConnectors ");
    }

    @Test
    void aSettingsFolderThatCannotBeWrittenChangesNothingTheCommandPrints() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("not-a-folder"), "");

        Run withLog = account.run("list", "--json");
        Run without = account.run(Map.of("CONNECTOR_EXPLORER_HOME", notAFolder.toString()), "list", "--json");

        assertThat(without.exitCode()).as(without.toString()).isZero();
        assertThat(without.out()).isEqualTo(withLog.out());
        assertThat(without.err()).isEqualTo(withLog.err()).isEmpty();
        assertThat(Files.readString(notAFolder)).isEmpty();
    }

    /** The one call line of {@code operation}. */
    private static String the(String log, String operation) {
        List<String> lines = DiagnosticLogs.calls(log, operation).toList();
        assertThat(lines).as(log).hasSize(1);
        return lines.get(0);
    }
}
