package io.connectorexplorer.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.diff.ConfigurationDiff;
import io.connectorexplorer.core.error.ServiceCallException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The versions of a connector's configuration the history kept before the newest, newest first: each one described
 * ({@link Described}), and — for an Amazon connector type, whose configuration DescribeConnectors carries — the one in
 * the listing before the latest when it differs ({@link Listed}). So a connector type that changed in the listing can
 * be compared with what it was although it was never opened before it changed. Reads touch the disk.
 */
public final class KeptVersions {

    private KeptVersions() {}

    /** An earlier version: when it was seen. */
    public sealed interface Version {
        Instant at();
    }

    /** A DescribeConnector response kept; {@code at}: when this content was first read. */
    public record Described(SnapshotInfo snapshot) implements Version {
        @Override
        public Instant at() {
            return snapshot.recordedAt();
        }
    }

    /**
     * The configuration in the listing before the latest; {@code at}: when that listing was last read unchanged.
     * {@code configuration} is the {@code connectorConfiguration} member's value.
     */
    public record Listed(SnapshotInfo listing, ConnectorKey connector, JsonNode configuration) implements Version {
        @Override
        public Instant at() {
            return listing.confirmedAt();
        }
    }

    /** A version the history listed, read back; says plainly when it is gone since (pruned, forgotten, cleared). */
    public static Snapshot read(SnapshotStore store, SnapshotInfo version) {
        return store.read(version)
                .orElseThrow(() -> ServiceCallException.localFile(
                        "That version is no longer in the history (pruned, forgotten or cleared)."));
    }

    /** The earlier versions of {@code connector} in the account and region, newest first; empty when none. */
    public static List<Version> earlier(SnapshotStore store, String accountId, String region, ConnectorKey connector) {
        List<SnapshotInfo> described = store.history(SnapshotKey.configuration(accountId, region, connector));
        List<Version> versions = new ArrayList<>();
        for (SnapshotInfo version : described.subList(Math.min(1, described.size()), described.size())) {
            versions.add(new Described(version));
        }
        listedBefore(store, accountId, region, connector)
                .filter(listed -> described.size() < 2 || !sameAs(store, described.get(1), listed.configuration()))
                .ifPresent(listed -> {
                    versions.add(listed);
                    versions.sort(Comparator.comparing(Version::at).reversed());
                });
        return versions;
    }

    /** The configuration an Amazon connector type had in the listing before the latest, when it differs from now. */
    private static Optional<Listed> listedBefore(
            SnapshotStore store, String accountId, String region, ConnectorKey connector) {
        if (connector.isCustom()) {
            return Optional.empty();
        }
        SnapshotKey key = SnapshotKey.connectorList(accountId, region);
        Optional<Snapshot> latest = store.latest(key);
        Optional<Snapshot> before = store.previous(key);
        if (latest.isEmpty() || before.isEmpty()) {
            return Optional.empty();
        }
        JsonNode was = configurationIn(before.get().document(), connector);
        JsonNode now = configurationIn(latest.get().document(), connector);
        if (was == null || now == null || ConfigurationDiff.equivalent(was, now)) {
            return Optional.empty();
        }
        return Optional.of(new Listed(before.get().info(), connector, was));
    }

    private static JsonNode configurationIn(JsonNode listing, ConnectorKey connector) {
        JsonNode configuration = listing.path("describeConnectors")
                .path("connectorConfigurations")
                .get(connector.connectorType());
        return configuration != null && configuration.isObject() ? configuration : null;
    }

    private static boolean sameAs(SnapshotStore store, SnapshotInfo described, JsonNode configuration) {
        return store.read(described)
                .map(kept -> kept.document().get("connectorConfiguration"))
                .filter(kept -> kept != null && ConfigurationDiff.equivalent(kept, configuration))
                .isPresent();
    }
}
