package io.connectorexplorer.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.diff.ConfigurationDiff;
import io.connectorexplorer.core.diff.DiffSummary;
import io.connectorexplorer.core.diff.Difference;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.store.Snapshot;
import io.connectorexplorer.core.store.SnapshotInfo;
import io.connectorexplorer.core.store.SnapshotKey;
import io.connectorexplorer.core.store.SnapshotStore;
import io.connectorexplorer.core.store.StoreStatus;
import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code history}: the snapshots this machine kept of one connector's configuration (or of the connector list) in a
 * target, newest first, each with what changed from the one before in a few words. Reads only the history.
 */
final class HistoryCommand implements CommandLine.Command {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    @Override
    public String usage() {
        return """
                Usage: connector-explorer history [--connector-type T [--connector-label L]] [--profile P]
                                                  [--region R] [--json]

                Lists what this machine kept of a connector's configuration in an account and region, newest first:
                when each version was first read, when it was last seen unchanged, and what changed from the version
                before. Without --connector-type, the history of the connector list. Calls nothing.
                  --connector-type T    the connector type, such as Salesforce, or CustomConnector
                  --connector-label L   the label of a custom connector (needed for CustomConnector)
                  --json                an array of {recordedAt, confirmedAt, profile, accountId, region,
                                        connectorType, connectorLabel, changes, differences}
                  --profile P           the profile whose account to look up (default: AWS_PROFILE, then 'default')
                  --region R            the region (default: AWS_REGION, then the profile's region)
                """;
    }

    @Override
    public int run(List<String> args, CliServices context, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(
                args, Set.of("--connector-type", "--connector-label", "--profile", "--region"), Set.of("--json"));
        Optional<ConnectorKey> connector = parsed.value("--connector-type")
                .map(type ->
                        new ConnectorKey(type, parsed.value("--connector-label").orElse(null)));
        if (connector.isEmpty() && parsed.value("--connector-label").isPresent()) {
            throw new UsageException("--connector-label needs --connector-type CustomConnector");
        }
        if (connector.isPresent() && connector.get().validationProblem().isPresent()) {
            throw new UsageException(connector.get().validationProblem().get());
        }
        Target target = context.target(parsed);
        SnapshotStore store = context.history().store();
        if (store.status() instanceof StoreStatus.Unavailable why) {
            throw ServiceCallException.localFile(why.message());
        }
        String account = store.accountOf(target.profileName())
                .orElseThrow(() -> ServiceCallException.history("No history for the profile '" + target.profileName()
                        + "' on this machine: it has not been read here yet."));
        SnapshotKey key = connector
                .map(k -> SnapshotKey.configuration(account, target.region(), k))
                .orElse(SnapshotKey.connectorList(account, target.region()));
        List<Entry> entries = entries(store, key);
        if (parsed.flag("--json")) {
            out.print(JsonFormat.pretty(json(entries)));
        } else if (entries.isEmpty()) {
            err.println("connector-explorer history: nothing kept of " + key + " (read it once, with 'describe' or"
                    + " in the window, and it is kept from then on)");
        } else {
            out.print(table(entries));
        }
        return CommandLine.OK;
    }

    /** A snapshot and what changed from the one before it (null for the first kept). */
    private record Entry(SnapshotInfo info, List<Difference> changes) {}

    private static List<Entry> entries(SnapshotStore store, SnapshotKey key) {
        List<SnapshotInfo> newestFirst = store.history(key);
        List<Entry> entries = new ArrayList<>();
        // Oldest first, so each is compared with the one before it; each document is read once.
        List<Snapshot> read = new ArrayList<>();
        for (SnapshotInfo info : newestFirst) {
            read.add(store.read(info).orElse(null));
        }
        for (int i = 0; i < newestFirst.size(); i++) {
            Snapshot now = read.get(i);
            Snapshot before = i + 1 < read.size() ? read.get(i + 1) : null;
            List<Difference> changes =
                    now == null || before == null ? null : ConfigurationDiff.between(before.document(), now.document());
            entries.add(new Entry(newestFirst.get(i), changes));
        }
        return entries;
    }

    private static String table(List<Entry> entries) {
        ZoneId zone = ZoneId.systemDefault();
        StringBuilder b = new StringBuilder();
        b.append(
                String.format(Locale.ROOT, "%-19s  %-19s  %-16s  %s%n", "RECORDED", "LAST SEEN", "PROFILE", "CHANGES"));
        for (Entry e : entries) {
            b.append(String.format(
                    Locale.ROOT,
                    "%-19s  %-19s  %-16s  %s%n",
                    SHOWN.format(e.info().recordedAt().atZone(zone)),
                    SHOWN.format(e.info().confirmedAt().atZone(zone)),
                    e.info().profileName(),
                    words(e)));
        }
        return b.toString();
    }

    private static String words(Entry e) {
        return e.changes() == null ? "first kept" : DiffSummary.inFewWords(e.changes());
    }

    private static ArrayNode json(List<Entry> entries) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Entry e : entries) {
            ObjectNode row = array.addObject();
            row.put("recordedAt", e.info().recordedAt().toString());
            row.put("confirmedAt", e.info().confirmedAt().toString());
            row.put("profile", e.info().profileName());
            row.put("accountId", e.info().key().accountId());
            row.put("region", e.info().key().region());
            e.info().key().connectorIfAny().ifPresent(k -> {
                row.put("connectorType", k.connectorType());
                k.label().ifPresent(label -> row.put("connectorLabel", label));
            });
            row.put("changes", words(e));
            if (e.changes() != null) {
                row.put("differences", e.changes().size());
            }
        }
        return array;
    }
}
