package io.connectorexplorer.cli;

import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.task.Cancellation;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code export --all}: every connector's configuration in one file. */
final class ExportCommand implements CommandLine.Command {

    @Override
    public String usage() {
        return """
                Usage: connector-explorer export --all --output FILE [--profile P] [--region R] [--demo]

                Describes every connector of the account and writes {"connectorConfigurations": [...]},
                each entry as 'aws appflow describe-connector' prints its connectorConfiguration.
                  --all            export every connector (required)
                  --output FILE    the file to write (replaced atomically); '-' for standard output
                """ + Help.COMMON;
    }

    @Override
    public int run(List<String> args, CliServices context, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed =
                Arguments.parse(args, Set.of("--output", "--profile", "--region"), Set.of("--all", "--demo"));
        if (!parsed.flag("--all")) {
            throw new UsageException("--all is required (export one connector with 'describe --output FILE')");
        }
        String output = parsed.value("--output").orElseThrow(() -> new UsageException("--output FILE is required"));
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
}
