package io.connectorexplorer.cli;

import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.task.Cancellation;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code export --all}: every connector's configuration in one file. */
final class ExportCommand implements CommandLine.Command {

    @Override
    public String usage() {
        return """
                Usage: connector-explorer export --all --output FILE [--profile P] [--region R] [--demo]
                                                 [--offline | --as-of TIME]

                Describes every connector of the account and writes {"connectorConfigurations": [...]},
                each entry as 'aws appflow describe-connector' prints its connectorConfiguration.
                  --all            export every connector (required)
                  --output FILE    the file to write (replaced atomically); '-' for standard output
                """ + Offline.HELP + """
                                   Offline, the connectors of the list kept that have a configuration kept are
                                   written; those without one are named on standard error and the exit status is 1.
                """ + Help.COMMON;
    }

    @Override
    public int run(List<String> args, CliServices context, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(
                args, Set.of("--output", "--profile", "--region", "--as-of"), Set.of("--all", "--demo", "--offline"));
        if (!parsed.flag("--all")) {
            throw new UsageException("--all is required (export one connector with 'describe --output FILE')");
        }
        String output = parsed.value("--output").orElseThrow(() -> new UsageException("--output FILE is required"));
        if (Offline.wanted(parsed)) {
            return exportKept(parsed, output, context, out, err);
        }
        Target target = context.target(parsed);
        try (AccountSession session = context.open(target)) {
            List<ConnectorDescription> all =
                    session.describeAll(session.listAll(Cancellation.NEVER), Cancellation.NEVER);
            Output.write(
                    output.equals("-") ? java.util.Optional.empty() : java.util.Optional.of(output),
                    context.describeOutput().allText(all),
                    context.fileWriter(),
                    out);
            if (!output.equals("-")) {
                err.println("Exported " + all.size() + " connectors to " + output);
            }
        }
        return CommandLine.OK;
    }

    /** What the history kept: every connector of the list kept that has a configuration kept; the others named. */
    private static int exportKept(
            Arguments parsed, String output, CliServices context, PrintStream out, PrintStream err)
            throws UsageException {
        Offline offline = Offline.of(parsed, context);
        List<ConnectorDescription> kept = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ConnectorSummary summary : offline.connectors(err)) {
            offline.describeIfKept(summary.key())
                    .ifPresentOrElse(kept::add, () -> missing.add(summary.key().displayId()));
        }
        Output.write(
                output.equals("-") ? Optional.empty() : Optional.of(output),
                context.describeOutput().allText(kept),
                context.fileWriter(),
                out);
        if (!output.equals("-")) {
            err.println("Exported " + kept.size() + " connectors from the history to " + output);
        }
        if (missing.isEmpty()) {
            return CommandLine.OK;
        }
        err.println("connector-explorer export: " + missing.size() + " connectors of the list have no configuration"
                + " in the history (never described here"
                + (parsed.value("--as-of").isPresent() ? " by then" : "")
                + "): " + String.join(", ", missing));
        return CommandLine.FAILED;
    }
}
