package io.connectorexplorer.cli;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.inventory.FleetInventory;
import io.connectorexplorer.core.inventory.InventoryCsv;
import io.connectorexplorer.core.inventory.InventoryJson;
import io.connectorexplorer.core.inventory.InventoryListener;
import io.connectorexplorer.core.inventory.InventoryMatrix;
import io.connectorexplorer.core.inventory.InventoryRequest;
import io.connectorexplorer.core.inventory.InventoryRun;
import io.connectorexplorer.core.inventory.TargetState;
import io.connectorexplorer.core.profile.DiscoveredProfileName;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * {@code inventory}: which connectors many targets have, asked of all of them at once (see {@link FleetInventory}).
 * Everything that answered is printed even when some targets did not; those are named on standard error with the
 * reason, and the exit status is then 1.
 */
final class InventoryCommand implements CommandLine.Command {

    private final BooleanSupplier terminal;

    InventoryCommand() {
        this(() -> System.console() != null);
    }

    /** {@code terminal}: whether standard error is a terminal, where a progress line helps. */
    InventoryCommand(BooleanSupplier terminal) {
        this.terminal = terminal;
    }

    @Override
    public String usage() {
        return """
                Usage: connector-explorer inventory [--profiles P1,P2,... | --all-profiles] [--sso-session S]
                                                    [--regions R1,R2,... | --all-regions] [--json | --csv]
                                                    [--output FILE]

                Lists the connectors of many targets (profile x region) side by side, asking them all at once:
                connector types by type, custom connectors by label; per target present (a custom connector's
                version), source and destination, or absent. A target that fails is named with the reason on
                standard error; everything that answered is still printed.
                  --profiles P1,P2    these profiles (default: AWS_PROFILE, then 'default')
                  --all-profiles      every usable profile (those that cannot be used are named and skipped)
                  --sso-session S     every account and role SSO session S reaches (beside --profiles or
                                      --all-profiles when given; alone, only those)
                  --regions R1,R2     these regions (default: each profile's own region)
                  --all-regions       every region where AppFlow is offered
                  --json              a JSON array: one object per connector per target {profile, region,
                                      accountId, connectorType, connectorLabel, connectorName, connectorVersion,
                                      canUseAsSource, canUseAsDestination}, one per failed target {profile,
                                      region, error: {code, kind, message}}
                  --csv               the same rows as CSV (RFC 4180), with errorCode and errorMessage columns
                  --output FILE       write to FILE (replaced atomically) instead of standard output
                  --debug             print each request and response on standard error
                  -h, --help          show this help
                Exit status: 0 every target answered, 1 some did not, 2 invalid options (nothing was asked).
                """;
    }

    @Override
    public int run(List<String> args, CliServices context, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(
                args,
                Set.of("--profiles", "--regions", "--sso-session", "--output"),
                Set.of("--all-profiles", "--all-regions", "--json", "--csv"));
        if (parsed.flag("--json") && parsed.flag("--csv")) {
            throw new UsageException("--json and --csv cannot be combined");
        }
        InventoryTargets targets = InventoryTargets.resolve(parsed, context);
        targets.notes().forEach(err::println);
        InventoryRequest request = new InventoryRequest(targets.targets());
        InventoryListener listener =
                terminal.getAsBoolean() ? new InventoryProgressLine(err, request.targets()) : (target, state) -> {};
        // Told on the threads that make the calls, one at a time; the answers are printed once all are in.
        InventoryRun run = new FleetInventory(context.sessions()).start(request, Runnable::run, listener);
        InventoryMatrix matrix = run.finished().join();
        String text = parsed.flag("--json")
                ? InventoryJson.render(matrix)
                : parsed.flag("--csv")
                        ? InventoryCsv.render(matrix)
                        : InventoryTable.render(matrix, InventoryTable.Marks.forStandardOutput());
        Output.write(parsed.value("--output"), text, context.fileWriter(), out);
        parsed.value("--output")
                .ifPresent(file -> err.println(
                        "Wrote the inventory of " + request.targets().size() + " targets to " + file));
        return reportFailures(matrix, context, err);
    }

    /** How to sign in for the target: through its profile, or (a discovered account) through its SSO session. */
    private static String signInAdvice(Target target) {
        String how = DiscoveredProfileName.parse(target.profileName())
                .map(name -> "--sso-session " + name.session())
                .orElse("--profile " + target.profileName());
        return "Run 'connector-explorer login " + how + "' (or 'aws sso login " + how + "'), then retry.";
    }

    /** Each target that did not answer, on standard error and in the log, with what to do; the exit status. */
    private static int reportFailures(InventoryMatrix matrix, CliServices context, PrintStream err) {
        List<Target> failed = matrix.failedTargets();
        if (matrix.everyTargetAnswered()) {
            return CommandLine.OK;
        }
        String title = "connector-explorer inventory";
        err.println(title + ": " + failed.size() + " of " + matrix.targets().size() + " targets did not answer:");
        for (Target target : failed) {
            TargetState state = matrix.state(target);
            ServiceCallException reason = state.failure().orElseThrow();
            String advice = state instanceof TargetState.NeedsSignIn ? signInAdvice(target) : reason.advice();
            String detail = (state instanceof TargetState.NeedsSignIn ? "needs sign-in: " : "") + reason.headline();
            err.println("  " + target.displayName() + ": " + detail);
            err.println("    " + advice);
            context.log().problem(title + " " + target, detail, advice);
        }
        return CommandLine.FAILED;
    }
}
