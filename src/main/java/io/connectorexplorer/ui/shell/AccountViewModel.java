package io.connectorexplorer.ui.shell;

import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.AccountSessions;
import io.connectorexplorer.core.account.ConnectionState;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.search.SeenConnectors;
import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.core.store.History;
import io.connectorexplorer.core.store.KeptTarget;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.BackgroundTask;
import io.connectorexplorer.ui.common.Moments;
import io.connectorexplorer.ui.common.Problem;
import io.connectorexplorer.ui.common.Stamps;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.connector.ConnectorListViewModel;
import io.connectorexplorer.ui.connector.VisibleFlags;
import io.connectorexplorer.ui.tree.ConfigTreeViewModel;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The target the window shows: opening it, its connector list (whose badges {@link VisibleFlags} fills), and where the
 * connection stands. Each open supersedes the one before, so one account's connectors never show under another's
 * name; a session that loses the race is closed, not leaked.
 */
public final class AccountViewModel {

    private final AccountSessions sessions;
    private final TaskRunner tasks;
    private final StatusModel status;
    private final ConnectorListViewModel list;
    private final ConfigTreeViewModel tree;
    private final Settings settings;
    private final SeenConnectors seen;
    private final Stamps opens = new Stamps();
    private final ChangedMarks marks;
    private final VisibleFlags flags;
    private Consumer<AwsProfile> signInAction;
    private Function<Target, Optional<KeptTarget>> lastSeen = t -> Optional.empty();
    /** The connector the user chose last; kept across switches, even quick ones that clear the list. */
    private ConnectorKey chosenConnector;

    public AccountViewModel(
            AccountSessions sessions,
            TaskRunner tasks,
            StatusModel status,
            ConnectorListViewModel list,
            ConfigTreeViewModel tree,
            Settings settings,
            SeenConnectors seen) {
        this.sessions = sessions;
        this.settings = settings;
        this.marks = new ChangedMarks(tasks, status, list, settings);
        this.flags = new VisibleFlags(list, tasks);
        this.seen = seen;
        this.tasks = tasks;
        this.status = status;
        this.list = list;
        this.tree = tree;
        list.selectedProperty().addListener((obs, old, selected) -> {
            if (selected != null) {
                chosenConnector = selected.key();
                if (session.get() != null) {
                    settings.put(
                            LAST_CONNECTOR + session.get().target(),
                            selected.key().displayId());
                }
                if (target.get() != null) {
                    marks.lookedAt(target.get(), selected);
                }
            }
        });
    }

    /** What "Sign in" does for an SSO profile whose session has expired (wired by the window). */
    public void setSignInAction(Consumer<AwsProfile> action) {
        this.signInAction = action;
    }

    /** For the status line: how to see what changed, for a connector opened because it was marked changed. */
    Optional<String> changedNote(ConnectorKey connector) {
        return marks.note(connector);
    }

    /** The connector shown, when it was opened because it changed since the user last looked; null otherwise. */
    public ReadOnlyObjectProperty<ChangedNotice> changedNoticeProperty() {
        return marks.noticeProperty();
    }

    /** What changed in a target's listing since the one before (the history; wired by the window). */
    public void setChanges(Function<Target, CompletableFuture<Optional<History.ListingChange>>> changes) {
        marks.setChanges(changes);
    }

    /** Where a target that cannot be reached is found as it was last seen (the history; wired by the window). */
    public void setHistory(Function<Target, Optional<KeptTarget>> lastSeen) {
        this.lastSeen = lastSeen;
    }

    /** Opens a target and loads its connectors, keeping the selected connector if the new account has it. */
    public void open(Target next) {
        Stamps.Stamp stamp = opens.next();
        flags.stop();
        ConnectorKey keep = chosenConnector;
        close(session.get());
        if (!next.equals(target.get())) {
            marks.forget();
        }
        target.set(next);
        session.set(null);
        kept.set(null);
        list.startLoading();
        tree.showNothing("Loading connectors…");
        status.clearProblem(Problem.Kind.CALL_FAILED);
        state.set(new ConnectionState.Loading("connectors"));
        BackgroundTask.of(cancellation -> {
                    AccountSession opened = sessions.open(next);
                    try {
                        List<ConnectorSummary> connectors = opened.listAll(cancellation);
                        if (cancellation.isCancelled()) {
                            throw ServiceCallException.cancelled(null);
                        }
                        return new Loaded(opened, connectors);
                    } catch (RuntimeException e) {
                        opened.close();
                        throw e;
                    }
                })
                .showing(status, "Loading connectors of " + next.profileName() + " in " + next.region() + "…")
                .whileCurrent(stamp)
                .onSuccess(loaded -> {
                    show(stamp, loaded, keep);
                    marks.mark(stamp, next);
                })
                .onFailure(error -> failed(stamp, next, keep, error))
                .onDropped(loaded -> close(loaded.session()))
                .executeWith(tasks);
    }

    /** The connector to show when the next account opens, if it has it (go to anything). */
    void preferConnector(ConnectorKey key) {
        list.setFilter("");
        chosenConnector = key;
    }

    /** Shows {@code key} of the open account, if it has it. */
    void show(ConnectorKey key) {
        list.setFilter("");
        list.find(key).ifPresent(list::setSelected);
    }

    /** Loads the target again from the service, dropping what was cached. */
    public void reload() {
        Target current = target.get();
        if (current != null) {
            open(current);
        }
    }

    /** Closes the open session and drops every answer still on its way; called when the window closes. */
    public void shutdown() {
        opens.supersede();
        flags.stop();
        close(session.get());
        session.set(null);
    }

    private void show(Stamps.Stamp stamp, Loaded loaded, ConnectorKey keep) {
        Target shown = loaded.session().target();
        seen.saw(shown, loaded.connectors());
        session.set(loaded.session());
        list.setConnectors(loaded.connectors(), keep);
        selectLastOrFirst(shown);
        state.set(new ConnectionState.Ready(loaded.connectors().size()));
        status.info(loaded.connectors().size() + " connectors · " + shown.displayName());
        if (list.getSelected() == null) {
            tree.showNothing("Select a connector to see its configuration.");
        }
        // The rows in view are described for their badges as they come into view; selecting one describes it too.
        flags.fill(stamp, loaded.session()::withFlags);
    }

    /** Something to look at at once: the connector used last in this target, else the first. */
    private void selectLastOrFirst(Target shown) {
        if (list.getSelected() == null) {
            Optional<String> last = settings.get(LAST_CONNECTOR + shown);
            list.getVisible().stream()
                    .filter(c -> last.isPresent() && c.key().displayId().equals(last.get()))
                    .findFirst()
                    .or(() -> list.getVisible().stream().findFirst())
                    .ifPresent(list::setSelected);
        }
    }

    private void failed(Stamps.Stamp stamp, Target failedTarget, ConnectorKey keep, Throwable error) {
        ServiceCallException failure = ServiceCallException.from(error);
        list.clear();
        tree.showNothing("The connectors could not be loaded.");
        Problem problem = Problem.of(
                "Could not load the connectors of " + failedTarget.profileName() + " in " + failedTarget.region(),
                error,
                () -> open(failedTarget));
        if (failure.kind() == ServiceCallException.Kind.SIGN_IN_REQUIRED && signInAction != null) {
            state.set(new ConnectionState.NeedsSignIn(failure.getMessage()));
            status.info(failedTarget.profileName() + " needs sign-in");
            status.report(problem.withAction("Sign in", () -> signInAction.accept(failedTarget.profile())));
        } else {
            state.set(new ConnectionState.Failed(failure));
            status.info("Could not load connectors");
            status.report(problem);
        }
        if (OFFLINE_KINDS.contains(failure.kind())) {
            // Out of reach (no network, the endpoint down, a sign-in expired): what the history saw, marked as such.
            BackgroundTask.of(c -> lastSeen.apply(failedTarget))
                    .whileCurrent(stamp)
                    .onSuccess(found -> found.ifPresent(k -> showKept(k, failure, keep, status.getProblem())))
                    .executeWith(tasks);
        }
    }

    private static final Set<ServiceCallException.Kind> OFFLINE_KINDS = EnumSet.of(
            ServiceCallException.Kind.NETWORK,
            ServiceCallException.Kind.TIMEOUT,
            ServiceCallException.Kind.SIGN_IN_REQUIRED);

    /** The history's view of a target out of reach: its list as last seen, read-only, the banner still there. */
    private void showKept(KeptTarget found, ServiceCallException failure, ConnectorKey keep, Problem shown) {
        kept.set(found);
        List<ConnectorSummary> connectors = found.connectors();
        list.setConnectors(connectors, keep);
        selectLastOrFirst(found.target());
        state.set(new ConnectionState.Offline(found.asOf(), failure));
        String asOf = Moments.shown(found.asOf());
        status.info("Offline: " + found.target().displayName() + " as of " + asOf);
        if (shown != null) {
            status.report(new Problem(
                    shown.kind(),
                    "Offline: showing " + found.target().displayName() + " as of " + asOf + ", from the history — "
                            + shown.title().substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                            + shown.title().substring(1),
                    shown.detail(),
                    shown.advice(),
                    shown.actionLabel(),
                    shown.action()));
        }
    }

    /**
     * A later call to the open target failed. When it could not reach the target at all, the state says so — the
     * list shown is from before — until a call gets through again.
     */
    void callFailed(Throwable error) {
        ServiceCallException failure = ServiceCallException.from(error);
        boolean unreachable = failure.kind() == ServiceCallException.Kind.NETWORK
                || failure.kind() == ServiceCallException.Kind.TIMEOUT;
        if (session.get() != null && unreachable) {
            state.set(new ConnectionState.Failed(failure));
        }
    }

    /** A later call to the open target got through. */
    void callSucceeded() {
        if (session.get() != null && !(state.get() instanceof ConnectionState.Ready)) {
            state.set(new ConnectionState.Ready(list.getConnectors().size()));
        }
    }

    private void close(AccountSession old) {
        if (old != null) {
            BackgroundTask.of(old::close).executeWith(tasks);
        }
    }

    /** Settings key prefix of the connector shown last per target. */
    static final String LAST_CONNECTOR = "connector.last.";

    private record Loaded(AccountSession session, List<ConnectorSummary> connectors) {}

    private final ReadOnlyObjectWrapper<KeptTarget> kept = new ReadOnlyObjectWrapper<>();

    /** The target as the history last saw it, shown while it cannot be reached; null otherwise. */
    public ReadOnlyObjectProperty<KeptTarget> keptProperty() {
        return kept.getReadOnlyProperty();
    }

    public KeptTarget getKept() {
        return kept.get();
    }

    private final ReadOnlyObjectWrapper<Target> target = new ReadOnlyObjectWrapper<>();

    /** The target shown, or being opened; null before the first. */
    public ReadOnlyObjectProperty<Target> targetProperty() {
        return target.getReadOnlyProperty();
    }

    public Target getTarget() {
        return target.get();
    }

    private final ReadOnlyObjectWrapper<AccountSession> session = new ReadOnlyObjectWrapper<>();

    /** The open session once its connectors have arrived; null while loading or after a failure. */
    public ReadOnlyObjectProperty<AccountSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public AccountSession getSession() {
        return session.get();
    }

    private final ReadOnlyObjectWrapper<ConnectionState> state =
            new ReadOnlyObjectWrapper<>(new ConnectionState.Idle());

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ConnectionState getState() {
        return state.get();
    }
}
