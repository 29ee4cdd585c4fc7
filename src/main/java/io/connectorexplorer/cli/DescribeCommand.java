package io.connectorexplorer.cli;

import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code describe}: one connector's configuration, exactly as the export writes it. */
final class DescribeCommand implements CommandLine.Command {

    @Override
    public String usage() {
        return """
                Usage: connector-explorer describe --connector-type T [--connector-label L] [--output FILE]
                                                   [--profile P] [--region R] [--demo] [--offline | --as-of TIME]

                Prints the connector's configuration as 'aws appflow describe-connector' prints it.
                  --connector-type T    the connector type, such as Salesforce, or CustomConnector
                  --connector-label L   the label of a custom connector (needed for CustomConnector)
                  --output FILE         write to FILE (replaced atomically) instead of standard output
                """ + Offline.HELP + Help.COMMON;
    }

    @Override
    public int run(List<String> args, CliServices context, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(
                args,
                Set.of("--connector-type", "--connector-label", "--output", "--profile", "--region", "--as-of"),
                Set.of("--demo", "--offline"));
        String type =
                parsed.value("--connector-type").orElseThrow(() -> new UsageException("--connector-type is required"));
        ConnectorKey key =
                new ConnectorKey(type, parsed.value("--connector-label").orElse(null));
        if (key.validationProblem().isPresent()) {
            throw new UsageException(key.validationProblem().get());
        }
        if (Offline.wanted(parsed)) {
            ConnectorDescription kept = Offline.of(parsed, context).describe(key, err);
            Output.write(parsed.value("--output"), context.describeOutput().text(kept), context.fileWriter(), out);
            return CommandLine.OK;
        }
        Target target = context.target(parsed);
        try (AccountSession session = context.open(target)) {
            ConnectorDescription description = session.describe(key);
            Output.write(
                    parsed.value("--output"), context.describeOutput().text(description), context.fileWriter(), out);
        }
        return CommandLine.OK;
    }
}
