package io.connectorexplorer.ui.shell;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.core.store.History;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.Stamps;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.connector.ConnectorListViewModel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * "Changed since you last looked": once a target's listing is kept, the connectors that differ from the listing before
 * are marked in the list — except those opened since they changed (when is kept in the settings, per target and
 * connector). Opening a marked one takes its mark away and says how to see what changed.
 */
final class ChangedMarks {

    /** Settings key prefix of when a changed connector was last opened, per target and connector. */
    static final String LOOKED = "connector.looked.";

    private final TaskRunner tasks;
    private final StatusModel status;
    private final ConnectorListViewModel list;
    private final Settings settings;
    private Function<Target, CompletableFuture<Optional<History.ListingChange>>> changes =
            t -> CompletableFuture.completedFuture(Optional.empty());

    ChangedMarks(TaskRunner tasks, StatusModel status, ConnectorListViewModel list, Settings settings) {
        this.tasks = tasks;
        this.status = status;
        this.list = list;
        this.settings = settings;
    }

    void setChanges(Function<Target, CompletableFuture<Optional<History.ListingChange>>> changes) {
        this.changes = changes;
    }

    /** A changed connector the user opens is looked at: its mark goes, and stays gone until it changes again. */
    void lookedAt(Target shown, ConnectorSummary selected) {
        if (list.getChanged().contains(selected.key())) {
            list.looked(selected.key());
            opened.add(selected.key());
            settings.put(key(shown, selected.key()), Long.toString(System.currentTimeMillis()));
            status.info(selected.name() + NOTE);
        }
    }

    /** What the status line adds for a connector opened because it changed: how to see what changed. */
    Optional<String> note(ConnectorKey connector) {
        return opened.contains(connector) ? Optional.of(NOTE) : Optional.empty();
    }

    private static final String NOTE =
            " changed since you last looked: Compare with… (Ctrl+D) offers the version the history kept before";
    private final java.util.Set<ConnectorKey> opened = new java.util.HashSet<>();

    /** Marks the connectors that changed since the listing before, leaving out those opened since they changed. */
    void mark(Stamps.Stamp stamp, Target shown) {
        changes.apply(shown)
                .thenAccept(found -> found.ifPresent(change -> tasks.onUiThread(() -> {
                    if (!stamp.isCurrent()) {
                        return;
                    }
                    List<ConnectorKey> unseen = change.changed().stream()
                            .filter(key -> settings.get(key(shown, key))
                                            .map(Long::parseLong)
                                            .orElse(0L)
                                    < change.at().toEpochMilli())
                            .toList();
                    opened.clear();
                    list.setChanged(unseen);
                    // The connector shown already is being looked at.
                    if (list.getSelected() != null) {
                        lookedAt(shown, list.getSelected());
                    }
                })));
    }

    private static String key(Target shown, ConnectorKey connector) {
        return LOOKED + shown + "." + connector.displayId();
    }
}
