package io.connectorexplorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.diff.ConfigurationDiff;
import io.connectorexplorer.core.diff.DiffJson;
import io.connectorexplorer.core.diff.DiffText;
import io.connectorexplorer.core.diff.Difference;
import io.connectorexplorer.core.json.JsonFormat;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code diff}: one connector's configuration in two places — two profiles or regions, a profile and an exported file
 * — compared by meaning (keyed lists by their key, lists of values as sets, timestamps as instants), one line per
 * difference. Exit status as diff(1): 0 the same, 1 different, 2 trouble.
 */
final class DiffCommand implements CommandLine.Command {

    @Override
    public String usage() {
        return """
                Usage: connector-explorer diff --connector-type T [--connector-label L] --left TARGET --right TARGET
                                               [--left-as-of TIME] [--right-as-of TIME] [--json]
                       connector-explorer diff --entity NAME --connection NAME --left TARGET --right TARGET
                                               [--left-connection NAME] [--right-connection NAME]
                                               [--connector-type T] [--api-version V] [--left-as-of TIME]
                                               [--right-as-of TIME] [--json]

                Compares one connector's configuration in two places. TARGET is PROFILE (in its region), PROFILE@REGION,
                or file:PATH (a file as 'describe' or 'export' writes it).
                  --connector-type T    the connector type, such as Salesforce, or CustomConnector
                  --connector-label L   the label of a custom connector (needed for CustomConnector)
                  --left, --right       the two sides
                  --left-as-of TIME, --right-as-of TIME
                                        that side as this machine's history kept it at TIME (a profile side; an
                                        ISO-8601 date or date-time): the same target then and now, or two targets then
                  --json                {"left": {...}, "right": {...}, "differences": [{"path", "kind", "left", "right"}]}
                  --debug               print each request and response on standard error

                With --entity, compares an entity's fields through a connection (DescribeConnectorEntity) instead:
                the same connection in two accounts or regions, two connections (--left-connection,
                --right-connection), a side then and now (--left-as-of), or a file as 'entity --json' writes it.
                Fields are matched by identifier, their filter operators and allowed values compared as sets.

                Lists are compared by meaning: customAuthConfigs by customAuthenticationType, authParameters,
                oauth2CustomProperties and connectorRuntimeSettings by key, lists of values as sets; timestamps as
                instants. Each difference is a line: '+' added on the right, '-' removed, '~' changed, then its path
                ($.connectorConfiguration.authenticationConfig.authParameters[key=apiKey].isRequired) and the value(s).
                Exit status: 0 no differences, 1 differences, 2 trouble (invalid input, a failed call).
                """;
    }

    @Override
    public int failedStatus() {
        return CommandLine.USAGE;
    }

    @Override
    public int run(List<String> args, CliServices context, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(
                args,
                Set.of(
                        "--connector-type",
                        "--connector-label",
                        "--left",
                        "--right",
                        "--left-as-of",
                        "--right-as-of",
                        "--entity",
                        "--connection",
                        "--left-connection",
                        "--right-connection",
                        "--api-version"),
                Set.of("--json"));
        DiffSide left = DiffSide.parse("--left", parsed.value("--left"), parsed.value("--left-as-of"));
        DiffSide right = DiffSide.parse("--right", parsed.value("--right"), parsed.value("--right-as-of"));
        DiffSide.Read l;
        DiffSide.Read r;
        if (parsed.value("--entity").isPresent()) {
            String entity = EntitiesCommand.required(parsed, "--entity");
            Optional<String> both = parsed.value("--connection");
            String leftConnection =
                    parsed.value("--left-connection").or(() -> both).orElse(null);
            String rightConnection =
                    parsed.value("--right-connection").or(() -> both).orElse(null);
            if ((leftConnection == null && !(left instanceof DiffSide.FileSide))
                    || (rightConnection == null && !(right instanceof DiffSide.FileSide))) {
                throw new UsageException("--entity needs --connection (or --left-connection and --right-connection)");
            }
            String type = parsed.value("--connector-type").orElse(null);
            String version = parsed.value("--api-version").orElse(null);
            left.check(context);
            right.check(context);
            l = left.read(new DiffSide.Fields(leftConnection, entity, type, version), context, err);
            r = right.read(new DiffSide.Fields(rightConnection, entity, type, version), context, err);
        } else {
            String type = parsed.value("--connector-type")
                    .orElseThrow(() -> new UsageException("--connector-type is required (or --entity)"));
            ConnectorKey key =
                    new ConnectorKey(type, parsed.value("--connector-label").orElse(null));
            if (key.validationProblem().isPresent()) {
                throw new UsageException(key.validationProblem().get());
            }
            // Both sides are checked before either is asked: a typo on the right costs no call on the left.
            left.check(context);
            right.check(context);
            l = left.read(key, context, err);
            r = right.read(key, context, err);
        }
        List<Difference> differences = ConfigurationDiff.between(l.document(), r.document());
        if (parsed.flag("--json")) {
            ObjectNode json = DiffJson.render(l.describe(), r.describe(), differences);
            out.print(JsonFormat.pretty(json));
        } else if (!differences.isEmpty()) {
            out.print(DiffText.render(differences));
        }
        return differences.isEmpty() ? CommandLine.OK : CommandLine.FAILED;
    }

    /** The document a side compares: {@code {"connectorConfiguration": {...}}}, whatever shape the file had. */
    static JsonNode wrapped(JsonNode configuration) {
        ObjectNode root = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        root.set("connectorConfiguration", configuration);
        return root;
    }
}
