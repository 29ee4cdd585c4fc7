package io.connectorexplorer.ui.shell;

import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.store.KeptTarget;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.BackgroundTask;
import io.connectorexplorer.ui.common.Moments;
import io.connectorexplorer.ui.common.Problem;
import io.connectorexplorer.ui.common.Stamps;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.connector.ConnectorListViewModel;
import io.connectorexplorer.ui.tree.ConfigTreeViewModel;
import java.util.Optional;

/**
 * The configuration of the selected connector, in the tree: described when selected (from the session's cache when it
 * was seen before), its source/destination flags handed to the list. A newer selection, or another account, supersedes
 * the describe in flight, so a slow answer never replaces a newer one.
 */
public final class SelectedConfiguration {

    private final TaskRunner tasks;
    private final StatusModel status;
    private final ConnectorListViewModel list;
    private final ConfigTreeViewModel tree;
    private final AccountViewModel account;
    private final Stamps selections = new Stamps();

    public SelectedConfiguration(
            TaskRunner tasks,
            StatusModel status,
            ConnectorListViewModel list,
            ConfigTreeViewModel tree,
            AccountViewModel account) {
        this.tasks = tasks;
        this.status = status;
        this.list = list;
        this.tree = tree;
        this.account = account;
        account.sessionProperty().addListener((obs, old, now) -> selections.supersede());
        account.keptProperty().addListener((obs, old, now) -> selections.supersede());
        list.selectedProperty().addListener((obs, old, selected) -> {
            boolean sameConnector = old != null && selected != null && old.key().equals(selected.key());
            if (!sameConnector) {
                describeSelected();
            }
        });
    }

    private void describeSelected() {
        Stamps.Stamp stamp = selections.next();
        ConnectorSummary selected = list.getSelected();
        AccountSession current = account.getSession();
        if (selected != null && current == null && account.getKept() != null) {
            describeKept(stamp, selected, account.getKept());
            return;
        }
        if (selected == null || current == null) {
            if (current != null) {
                tree.showNothing("Select a connector to see its configuration.");
            }
            return;
        }
        Optional<ConnectorDescription> cached = current.cached(selected.key());
        if (cached.isPresent()) {
            tree.show(cached.get());
            list.learn(cached.get());
            return;
        }
        tree.showNothing("Loading the configuration of " + selected.name() + "…");
        String id = selected.key().displayId();
        BackgroundTask.of(c -> current.describe(selected.key()))
                .showing(status, "Describing " + id + "…")
                .whileCurrent(stamp)
                .onSuccess(description -> {
                    account.callSucceeded();
                    status.clearProblem(Problem.Kind.CALL_FAILED);
                    tree.show(description);
                    list.learn(description);
                    status.info(account.changedNote(selected.key())
                            .map(note ->
                                    selected.name() + " · " + current.target().displayName() + " —" + note)
                            .orElse(selected.name() + " · " + current.target().displayName()));
                })
                .onFailure(error -> {
                    account.callFailed(error);
                    status.info("Could not describe " + id);
                    tree.showNothing("The configuration of " + selected.name() + " could not be loaded.");
                    status.report(Problem.of("Could not describe " + id, error, this::describeSelected));
                })
                .executeWith(tasks);
    }

    /** Offline: the configuration as the history last saw it, or why there is none. */
    private void describeKept(Stamps.Stamp stamp, ConnectorSummary selected, KeptTarget kept) {
        tree.showNothing("Reading the configuration of " + selected.name() + " from the history…");
        BackgroundTask.of(c -> kept.describe(selected.key()))
                .whileCurrent(stamp)
                .onSuccess(found -> {
                    if (found.isPresent()) {
                        tree.show(found.get().description());
                        list.learn(found.get().description());
                        status.info(selected.name() + " · " + kept.target().displayName() + " as of "
                                + Moments.shown(found.get().asOf()) + " (offline)");
                    } else {
                        tree.showNothing(selected.name() + " was never opened here while "
                                + kept.target().displayName()
                                + " could be reached, so the history has no configuration of it. Retry once AWS can"
                                + " be reached.");
                    }
                })
                .onFailure(error -> tree.showNothing("The history could not be read: "
                        + ServiceCallException.from(error).headline()))
                .executeWith(tasks);
    }

    /** Drops the describe in flight (the window closes). */
    public void shutdown() {
        selections.supersede();
    }
}
