package io.connectorexplorer.core.store;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorCatalog;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A target as the history last saw it, for when it cannot be reached: its connectors as last listed, and each
 * connector's configuration as last described (if it was). Reads touch the disk: off the FX thread.
 */
public final class KeptTarget {

    private final SnapshotStore store;
    private final Target target;
    private final String accountId;
    private final Snapshot listing;

    KeptTarget(SnapshotStore store, Target target, String accountId, Snapshot listing) {
        this.store = Objects.requireNonNull(store, "store");
        this.target = Objects.requireNonNull(target, "target");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.listing = Objects.requireNonNull(listing, "listing");
    }

    /** The target's last listing, if the history has one (by the account its profile last reached). */
    static Optional<KeptTarget> of(SnapshotStore store, Target target) {
        return store.accountOf(target.profileName())
                .flatMap(account -> store.latest(SnapshotKey.connectorList(account, target.region()))
                        .map(listing -> new KeptTarget(store, target, account, listing)));
    }

    public Target target() {
        return target;
    }

    public String accountId() {
        return accountId;
    }

    /** When the list was last read unchanged: what "as of" says. */
    public Instant asOf() {
        return listing.info().confirmedAt();
    }

    /** The connectors as last listed, with the flags their kept configurations state. */
    public List<ConnectorSummary> connectors() {
        return ConnectorCatalog.summariesOf(listing.document()).stream()
                .map(summary -> summary.flagsKnown()
                        ? summary
                        : describe(summary.key())
                                .map(kept -> summary.learnedFrom(kept.description()))
                                .orElse(summary))
                .toList();
    }

    /** A connector's configuration as last described, with when; empty when it never was while reachable. */
    public Optional<Kept> describe(ConnectorKey key) {
        return store.latest(SnapshotKey.configuration(accountId, target.region(), key))
                .filter(snapshot ->
                        snapshot.document().path("connectorConfiguration").isObject())
                .map(snapshot -> new Kept(
                        new ConnectorDescription(key, snapshot.document().get("connectorConfiguration")),
                        snapshot.info().confirmedAt()));
    }

    /** A configuration from the history, and when it was last seen so. */
    public record Kept(ConnectorDescription description, Instant asOf) {}
}
