package io.connectorexplorer.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.Capability;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.task.Cancellation;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code list}: every connector type and custom connector, as a table or as JSON. */
final class ListCommand implements CommandLine.Command {

    @Override
    public String usage() {
        return """
                Usage: connector-explorer list [--profile P] [--region R] [--demo] [--json] [--offline | --as-of TIME]

                Lists the connector types AppFlow offers and the custom connectors registered in the account.
                SOURCE and DESTINATION say yes or no as AppFlow states it, "not stated" when the connector's
                description does not say, and ? when it could not be learned (the connector could not be
                described).
                  --json           print a JSON array of {connectorType, connectorLabel, connectorName,
                                   canUseAsSource, canUseAsDestination}: each flag true or false as stated,
                                   null when not known, and left out when the description does not state it
                """ + Offline.HELP + Help.COMMON;
    }

    @Override
    public int run(List<String> args, CliServices context, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(
                args, Set.of("--profile", "--region", "--as-of"), Set.of("--json", "--demo", "--offline"));
        if (Offline.wanted(parsed)) {
            List<ConnectorSummary> kept = Offline.of(parsed, context).connectors(err);
            out.print(parsed.flag("--json") ? json(kept) : table(kept));
            return CommandLine.OK;
        }
        Target target = context.target(parsed);
        try (AccountSession session = context.open(target)) {
            List<ConnectorSummary> connectors =
                    session.withFlags(session.listAll(Cancellation.NEVER), Cancellation.NEVER);
            out.print(parsed.flag("--json") ? json(connectors) : table(connectors));
        }
        return CommandLine.OK;
    }

    static String json(List<ConnectorSummary> connectors) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (ConnectorSummary c : connectors) {
            ObjectNode row = array.addObject();
            row.put("connectorType", c.key().connectorType());
            if (c.key().connectorLabel() != null) {
                row.put("connectorLabel", c.key().connectorLabel());
            }
            row.put("connectorName", c.name());
            put(row, "canUseAsSource", c.source());
            put(row, "canUseAsDestination", c.destination());
        }
        return JsonFormat.pretty(array);
    }

    static String table(List<ConnectorSummary> connectors) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"TYPE", "LABEL", "NAME", "SOURCE", "DESTINATION"});
        for (ConnectorSummary c : connectors) {
            rows.add(new String[] {
                c.key().connectorType(),
                c.key().label().orElse("-"),
                c.name(),
                words(c.source()),
                words(c.destination())
            });
        }
        int[] widths = new int[5];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                b.append(i == r.length - 1 ? r[i] : String.format("%-" + (widths[i] + 2) + "s", r[i]));
            }
            b.append(System.lineSeparator());
        }
        return b.toString();
    }

    /** As the service's own JSON would have it: a boolean it stated, no member when it stated none. */
    private static void put(ObjectNode row, String member, Capability flag) {
        switch (flag) {
            case YES -> row.put(member, true);
            case NO -> row.put(member, false);
            case UNKNOWN -> row.putNull(member);
            case NOT_STATED -> {
                // Left out, as the description left it out.
            }
        }
    }

    private static String words(Capability flag) {
        return switch (flag) {
            case YES -> "yes";
            case NO -> "no";
            case NOT_STATED -> "not stated";
            case UNKNOWN -> "?";
        };
    }
}
