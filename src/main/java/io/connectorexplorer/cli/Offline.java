package io.connectorexplorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorCatalog;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.store.Snapshot;
import io.connectorexplorer.core.store.SnapshotKey;
import io.connectorexplorer.core.store.SnapshotStore;
import io.connectorexplorer.core.store.StoreStatus;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code --offline} and {@code --as-of} read: the history this machine kept of a target, found by the account its
 * profile reached when last read — no call is made. Each read says on standard error which snapshot it is.
 */
final class Offline {

    static final String HELP = """
              --offline        read the history kept on this machine instead of calling AWS; the snapshot's time is
                               printed on standard error
              --as-of TIME     the newest snapshot at or before TIME (implies --offline): an ISO-8601 date
                               (2026-12-03: the end of that day) or date-time (2026-12-03T14:00, in this computer's
                               time zone, or with Z or an offset)
            """;

    private final SnapshotStore store;
    private final Target target;
    private final String accountId;
    private final Optional<Instant> asOf;
    private final ZoneId zone;

    private Offline(SnapshotStore store, Target target, String accountId, Optional<Instant> asOf, ZoneId zone) {
        this.store = store;
        this.target = target;
        this.accountId = accountId;
        this.asOf = asOf;
        this.zone = zone;
    }

    /** Whether the arguments ask for the history rather than AWS. */
    static boolean wanted(Arguments args) {
        return args.flag("--offline") || args.value("--as-of").isPresent();
    }

    /** The history of the target the arguments name; fails with what to do when there is none for it. */
    static Offline of(Arguments args, CliServices context) throws UsageException {
        Optional<Instant> asOf = asOf(args.value("--as-of"), ZoneId.systemDefault());
        Target target = context.target(args);
        if (target.profile().isDemo()) {
            throw new UsageException("the demo account keeps no history: drop --offline and --as-of");
        }
        SnapshotStore store = context.history().store();
        if (store.status() instanceof StoreStatus.Unavailable why) {
            throw ServiceCallException.localFile(why.message());
        }
        String account = store.accountOf(target.profileName())
                .orElseThrow(() -> ServiceCallException.history("No history for the profile '"
                        + target.profileName() + "' on this machine: it has not been read here yet (or its history"
                        + " was cleared). Run the command once without --offline while AWS can be reached."));
        return new Offline(store, target, account, asOf, ZoneId.systemDefault());
    }

    /** The target's connectors as last listed (or as of the time asked), with flags from configurations kept. */
    List<ConnectorSummary> connectors(PrintStream err) {
        Snapshot listing = snapshot(SnapshotKey.connectorList(accountId, target.region()), "connector list");
        tell(err, listing, "connector list");
        List<ConnectorSummary> all = new ArrayList<>();
        for (ConnectorSummary summary : ConnectorCatalog.summariesOf(listing.document())) {
            all.add(summary.flagsKnown() ? summary : flagsFromHistory(summary));
        }
        return all;
    }

    /** One connector's configuration as last described (or as of the time asked). */
    ConnectorDescription describe(ConnectorKey key, PrintStream err) {
        return description(key, configuration(key, err));
    }

    /** The snapshot of one connector's configuration, said on {@code err}. */
    Snapshot configuration(ConnectorKey key, PrintStream err) {
        Snapshot snapshot = snapshot(
                SnapshotKey.configuration(accountId, target.region(), key), key.displayId() + " configuration");
        tell(err, snapshot, key.displayId());
        return snapshot;
    }

    /** A connection-level answer as last read (or as of the time asked), said on {@code err} as {@code what}. */
    JsonNode kept(SnapshotKey key, String what, PrintStream err) {
        Snapshot snapshot = snapshot(key, what);
        tell(err, snapshot, what);
        return snapshot.document();
    }

    String accountId() {
        return accountId;
    }

    Target target() {
        return target;
    }

    /** The configuration kept for a connector, if any (for the export of everything). */
    Optional<ConnectorDescription> describeIfKept(ConnectorKey key) {
        return find(SnapshotKey.configuration(accountId, target.region(), key)).map(s -> description(key, s));
    }

    /** "as of …" for messages. */
    String when(Snapshot snapshot) {
        return snapshot.info().confirmedAt().atZone(zone).toLocalDateTime().withNano(0) + " ("
                + snapshot.info().confirmedAt() + ")";
    }

    private ConnectorSummary flagsFromHistory(ConnectorSummary summary) {
        return describeIfKept(summary.key()).map(summary::learnedFrom).orElse(summary);
    }

    static ConnectorDescription description(ConnectorKey key, Snapshot snapshot) {
        var configuration = snapshot.document().get("connectorConfiguration");
        if (configuration == null || !configuration.isObject()) {
            throw ServiceCallException.localFile("The history's " + key.displayId() + " snapshot has no"
                    + " connectorConfiguration: the history file may be damaged.");
        }
        return new ConnectorDescription(key, configuration);
    }

    private Snapshot snapshot(SnapshotKey key, String what) {
        return find(key)
                .orElseThrow(() -> ServiceCallException.history("No " + what + " of "
                        + target.displayName() + " (account " + accountId + ") in the history"
                        + asOf.map(t -> " at or before " + t).orElse("")
                        + (asOf.isPresent()
                                ? "."
                                : ": it has not been read here yet. Run the command once without --offline.")));
    }

    private Optional<Snapshot> find(SnapshotKey key) {
        return asOf.isPresent() ? store.asOf(key, asOf.get()) : store.latest(key);
    }

    private void tell(PrintStream err, Snapshot snapshot, String what) {
        err.println("connector-explorer: " + what + " of " + target.displayName() + " (account " + accountId
                + ") as of " + when(snapshot) + ", from the history (offline)");
    }

    /**
     * {@code --as-of}: an instant with a zone or offset as given; a date-time without one in {@code zone}; a date the
     * end of that day in {@code zone}.
     */
    static Optional<Instant> asOf(Optional<String> text, ZoneId zone) throws UsageException {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get().strip();
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException notOffset) {
            // Try the forms without an offset.
        }
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException notInstant) {
            // Next.
        }
        try {
            return Optional.of(LocalDateTime.parse(value).atZone(zone).toInstant());
        } catch (DateTimeParseException notLocal) {
            // Next.
        }
        try {
            return Optional.of(LocalDate.parse(value)
                    .plusDays(1)
                    .atStartOfDay(zone)
                    .toInstant()
                    .minusMillis(1));
        } catch (DateTimeParseException notDate) {
            throw new UsageException("--as-of " + value + " is not an ISO-8601 date or date-time, such as 2026-12-03"
                    + " or 2026-12-03T14:00");
        }
    }
}
