package io.connectorexplorer.ui.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.export.DescribeOutput;
import io.connectorexplorer.core.store.History;
import io.connectorexplorer.core.store.KeptVersions;
import io.connectorexplorer.core.store.SnapshotInfo;
import io.connectorexplorer.core.store.SnapshotStore;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.ui.common.Moments;
import java.time.Duration;

/**
 * An earlier version of the connector shown, as the history kept it: "alpha · eu-west-1, 1 Dec 10:02". Read from the
 * store when compared; written as {@code describe} writes it, so paths and values are those of a live side.
 */
public final class SnapshotSource implements CompareSource {

    /** How long the versions wait for what was just read to be recorded (the connector the window shows). */
    private static final Duration RECORDED_WITHIN = Duration.ofSeconds(5);

    private final SnapshotStore store;
    private final DescribeOutput output;
    private final Target target;
    private final KeptVersions.Version version;

    SnapshotSource(SnapshotStore store, DescribeOutput output, Target target, KeptVersions.Version version) {
        this.store = store;
        this.output = output;
        this.target = target;
        this.version = version;
    }

    /**
     * The earlier versions of a connector at a target the history kept — every version but the newest, which is what
     * the window shows, and for an Amazon connector type the one its listing had before — newest first.
     */
    public static EarlierVersions of(History history, DescribeOutput output) {
        return (target, connector, cancellation) -> {
            history.awaitRecorded(RECORDED_WITHIN);
            SnapshotStore store = history.store();
            return history.earlier(target, connector).stream()
                    .map(version -> (CompareSource) new SnapshotSource(store, output, target, version))
                    .toList();
        };
    }

    @Override
    public String displayName() {
        return target.displayName()
                + (version instanceof KeptVersions.Listed ? ", listed " : ", ")
                + Moments.shown(version.at())
                + " (history)";
    }

    @Override
    public Side read(Cancellation cancellation) {
        ObjectNode about = JsonNodeFactory.instance.objectNode();
        about.put("profile", target.profileName());
        about.put("region", target.region());
        JsonNode configuration;
        ConnectorKey key;
        if (version instanceof KeptVersions.Listed listed) {
            configuration = listed.configuration();
            key = listed.connector();
            about.put("accountId", listed.listing().key().accountId());
            about.put("listedAt", listed.listing().confirmedAt().toString());
        } else {
            SnapshotInfo snapshot = ((KeptVersions.Described) version).snapshot();
            var kept = KeptVersions.read(store, snapshot);
            configuration = kept.document().get("connectorConfiguration");
            key = snapshot.key().connector();
            about.put("accountId", snapshot.key().accountId());
            about.put("recordedAt", snapshot.recordedAt().toString());
            about.put("confirmedAt", snapshot.confirmedAt().toString());
        }
        if (configuration == null || !configuration.isObject()) {
            throw ServiceCallException.localFile("The history's version has no connectorConfiguration.");
        }
        return new Side(displayName(), output.document(new ConnectorDescription(key, configuration)), about);
    }

    @Override
    public String toString() {
        return displayName();
    }
}
