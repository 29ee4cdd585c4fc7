package io.connectorexplorer.ui.compare;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.export.DescribeOutput;
import io.connectorexplorer.core.store.History;
import io.connectorexplorer.core.store.SnapshotInfo;
import io.connectorexplorer.core.store.SnapshotKey;
import io.connectorexplorer.core.store.SnapshotStore;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.ui.common.Moments;
import java.util.ArrayList;
import java.util.List;

/**
 * An earlier version of the connector shown, as the history kept it: "alpha · eu-west-1, 1 Dec 10:02". Read from the
 * store when compared; written as {@code describe} writes it, so paths and values are those of a live side.
 */
public final class SnapshotSource implements CompareSource {

    private final SnapshotStore store;
    private final DescribeOutput output;
    private final Target target;
    private final SnapshotInfo snapshot;

    SnapshotSource(SnapshotStore store, DescribeOutput output, Target target, SnapshotInfo snapshot) {
        this.store = store;
        this.output = output;
        this.target = target;
        this.snapshot = snapshot;
    }

    /**
     * The earlier versions of a connector at a target the history kept — every version but the newest, which is what
     * the window shows — newest first.
     */
    public static EarlierVersions of(History history, DescribeOutput output) {
        return (target, connector, cancellation) -> {
            SnapshotStore store = history.store();
            List<CompareSource> earlier = new ArrayList<>();
            store.accountOf(target.profileName()).ifPresent(account -> {
                List<SnapshotInfo> versions =
                        store.history(SnapshotKey.configuration(account, target.region(), connector));
                for (SnapshotInfo version : versions.subList(Math.min(1, versions.size()), versions.size())) {
                    earlier.add(new SnapshotSource(store, output, target, version));
                }
            });
            return earlier;
        };
    }

    @Override
    public String displayName() {
        return target.displayName() + ", " + Moments.shown(snapshot.recordedAt()) + " (history)";
    }

    @Override
    public Side read(Cancellation cancellation) {
        var kept = store.read(snapshot)
                .orElseThrow(() -> ServiceCallException.localFile(
                        "That version is no longer in the history (pruned, forgotten or cleared)."));
        var configuration = kept.document().get("connectorConfiguration");
        if (configuration == null || !configuration.isObject()) {
            throw ServiceCallException.localFile("The history's version has no connectorConfiguration.");
        }
        ConnectorKey key = snapshot.key().connector();
        var document = output.document(new ConnectorDescription(key, configuration));
        ObjectNode about = JsonNodeFactory.instance.objectNode();
        about.put("profile", target.profileName());
        about.put("region", target.region());
        about.put("accountId", snapshot.key().accountId());
        about.put("recordedAt", snapshot.recordedAt().toString());
        about.put("confirmedAt", snapshot.confirmedAt().toString());
        return new Side(displayName(), document, about);
    }
}
