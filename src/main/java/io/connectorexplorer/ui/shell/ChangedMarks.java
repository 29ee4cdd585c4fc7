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
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * "Changed since you last looked": once a target's listing is kept, the connectors that differ from the listing before
 * are marked in the list — except those opened since they changed (when is kept in the settings, per target and
 * connector). Opening a marked one takes its mark away and offers what changed: {@link #noticeProperty()} names it
 * while it is the one shown, for the bar above its configuration ("Show what changed").
 */
final class ChangedMarks {

    /** Settings key prefix of when a changed connector was last opened, per target and connector. */
    static final String LOOKED = "connector.looked.";

    private static final String NOTE = " changed since you last looked: Show what changed compares it with the version"
            + " the history kept before";

    private final TaskRunner tasks;
    private final StatusModel status;
    private final ConnectorListViewModel list;
    private final Settings settings;
    private final ReadOnlyObjectWrapper<ChangedNotice> notice = new ReadOnlyObjectWrapper<>();
    /** The connectors marked in the listing shown, with what changed; those opened since stay here. */
    private Map<ConnectorKey, String> changed = Map.of();

    private Instant listedAt;
    private final Set<ConnectorKey> opened = new HashSet<>();
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

    /**
     * The connector the user opens: a changed one is looked at — its mark goes, and stays gone until it changes again
     * — and, while it is the one shown, is the notice.
     */
    void lookedAt(Target shown, ConnectorSummary selected) {
        ConnectorKey key = selected.key();
        if (list.getChanged().contains(key)) {
            list.looked(key);
            opened.add(key);
            settings.put(key(shown, key), Long.toString(System.currentTimeMillis()));
            status.info(selected.name() + NOTE);
        }
        notice.set(opened.contains(key) ? new ChangedNotice(key, changed.getOrDefault(key, ""), listedAt) : null);
    }

    /** What the status line adds for a connector opened because it changed: how to see what changed. */
    Optional<String> note(ConnectorKey connector) {
        return opened.contains(connector) ? Optional.of(NOTE) : Optional.empty();
    }

    /** The connector shown, when it was opened because it changed; null otherwise. */
    ReadOnlyObjectProperty<ChangedNotice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Another target opens: nothing of this one's is marked or noticed. */
    void forget() {
        changed = Map.of();
        opened.clear();
        notice.set(null);
    }

    /** Marks the connectors that changed since the listing before, leaving out those opened since they changed. */
    void mark(Stamps.Stamp stamp, Target shown) {
        changes.apply(shown)
                .thenAccept(found -> found.ifPresent(change -> tasks.onUiThread(() -> {
                    if (!stamp.isCurrent()) {
                        return;
                    }
                    List<ConnectorKey> unseen = change.changed().keySet().stream()
                            .filter(key -> settings.get(key(shown, key))
                                            .map(Long::parseLong)
                                            .orElse(0L)
                                    < change.at().toEpochMilli())
                            .toList();
                    // Opened this run and changed still: the notice stays for them across a reload.
                    opened.retainAll(change.changed().keySet());
                    changed = change.changed();
                    listedAt = change.at();
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
