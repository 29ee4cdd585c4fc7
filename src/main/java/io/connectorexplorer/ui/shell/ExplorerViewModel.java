package io.connectorexplorer.ui.shell;

import io.connectorexplorer.core.account.AccountConnector;
import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.ConnectionState;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileCatalog;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.Problem;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.common.TrackedTask;
import io.connectorexplorer.ui.connector.ConnectorListViewModel;
import io.connectorexplorer.ui.profile.ProfileSwitcherViewModel;
import io.connectorexplorer.ui.tree.ConfigTreeViewModel;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Ties the window together: opening an account, loading its connectors, describing the selected one.
 * Every switch is stamped; an answer for an older stamp is dropped and its task cancelled, so one
 * account's data never shows under another's name and a stale configuration never replaces a newer one.
 */
public final class ExplorerViewModel {

    private final ProfileCatalog profiles;
    private final AccountConnector accounts;
    private final TaskRunner tasks;
    private final StatusModel status;
    private final ConnectorListViewModel list;
    private final ConfigTreeViewModel tree;
    private final ProfileSwitcherViewModel switcher;
    private final ReadOnlyObjectWrapper<ConnectionState> state =
            new ReadOnlyObjectWrapper<>(new ConnectionState.Idle());
    private final ReadOnlyObjectWrapper<AccountSession> session = new ReadOnlyObjectWrapper<>();

    private java.util.function.Consumer<AwsProfile> signInAction;
    private AutoCloseable watch;
    /** The connector the user chose last; kept across switches, even quick ones that clear the list. */
    private ConnectorKey chosenConnector;

    private long accountStamp;
    private long selectionStamp;
    private TrackedTask accountTask;
    private TaskRunner.Handle flagsTask;
    private TrackedTask describeTask;

    public ExplorerViewModel(
            ProfileCatalog profiles,
            AccountConnector accounts,
            TaskRunner tasks,
            StatusModel status,
            ConnectorListViewModel list,
            ConfigTreeViewModel tree,
            ProfileSwitcherViewModel switcher) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.tasks = tasks;
        this.status = status;
        this.list = list;
        this.tree = tree;
        this.switcher = switcher;
        switcher.setOnSwitch(this::switchTo);
        list.selectedProperty().addListener((obs, old, selected) -> {
            if (selected != null) {
                chosenConnector = selected.key();
            }
            boolean sameConnector = old != null && selected != null && old.key().equals(selected.key());
            if (!sameConnector) {
                describeSelected();
            }
        });
    }

    /** What "Sign in" does for an SSO profile whose session has expired (wired by the window). */
    public void setSignInAction(java.util.function.Consumer<AwsProfile> action) {
        this.signInAction = action;
    }

    /**
     * Reads the profiles again (off the FX thread), keeping the active one; called when the config files or
     * the SSO token cache change.
     */
    public void refreshProfiles() {
        tasks.submit(
                c -> new ProfilesRead(profiles.profiles(), profiles.fileProblems()),
                read -> {
                    switcher.refresh(read.profiles());
                    if (read.problems().isEmpty()) {
                        if (status.getProblem() != null
                                && status.getProblem().title().startsWith(CONFIG_PROBLEM)) {
                            status.clearProblem();
                        }
                    } else {
                        reportFileProblems(read.problems());
                    }
                    status.info("AWS profiles changed on disk; the list is up to date");
                    // A sign-in made elsewhere (aws sso login) lands in the token cache: try the account again.
                    if (state.get() instanceof ConnectionState.NeedsSignIn) {
                        reload();
                    }
                },
                error -> {});
    }

    private static final String CONFIG_PROBLEM = "Some AWS configuration could not be read";

    private void reportFileProblems(List<String> problems) {
        status.report(new Problem(
                CONFIG_PROBLEM,
                String.join("\n", problems),
                "The other profiles still work; fix the file and it is read again.",
                null,
                null));
    }

    /** Reads the profiles (off the FX thread), opens the first account, and follows changes to the files. */
    public void start() {
        if (watch == null) {
            watch = profiles.watch(this::refreshProfiles);
        }
        StatusModel.Activity activity = status.begin("Reading AWS profiles…");
        tasks.submit(
                c -> new ProfilesRead(profiles.profiles(), profiles.fileProblems()),
                read -> {
                    activity.done(null);
                    switcher.load(read.profiles(), profiles.environmentProfile(), profiles.environmentRegion());
                    if (!read.problems().isEmpty()) {
                        reportFileProblems(read.problems());
                    }
                },
                error -> {
                    activity.done("Could not read AWS profiles");
                    status.report(Problem.of("Could not read the AWS profiles", error, this::start));
                    switcher.load(List.of(AwsProfile.demo()), Optional.empty(), Optional.empty());
                });
    }

    /** Opens an account and loads its connectors, keeping the selected connector if the new account has it. */
    public void switchTo(AwsProfile profile, String region) {
        long stamp = ++accountStamp;
        TrackedTask.cancel(accountTask);
        cancel(flagsTask);
        TrackedTask.cancel(describeTask);
        selectionStamp++;
        ConnectorKey keep = chosenConnector;
        closeQuietly(session.get());
        session.set(null);
        list.clear();
        tree.showNothing("Loading connectors…");
        status.clearProblem();
        state.set(new ConnectionState.Loading("connectors"));
        accountTask = TrackedTask.start(
                tasks,
                status,
                "Loading connectors of " + profile.name() + " in " + region + "…",
                cancellation -> {
                    AccountSession opened = new AccountSession(profile, region, accounts.open(profile, region));
                    try {
                        List<ConnectorSummary> connectors = opened.listAll(cancellation);
                        if (cancellation.isCancelled()) {
                            // Superseded while loading: nobody will take this session, so close it here.
                            throw ServiceCallException.cancelled(null);
                        }
                        return new Loaded(opened, connectors);
                    } catch (RuntimeException e) {
                        opened.close();
                        throw e;
                    }
                },
                loaded -> {
                    if (stamp != accountStamp) {
                        closeQuietly(loaded.session());
                        return;
                    }
                    session.set(loaded.session());
                    list.setConnectors(loaded.connectors(), keep);
                    state.set(new ConnectionState.Ready(loaded.connectors().size()));
                    status.info(loaded.connectors().size() + " connectors · " + profile.name() + " · " + region);
                    if (list.getSelected() == null) {
                        tree.showNothing("Select a connector to see its configuration.");
                    }
                    loadMissingFlags(stamp, loaded);
                },
                error -> {
                    if (stamp != accountStamp) {
                        return;
                    }
                    ServiceCallException failure = error instanceof ServiceCallException e
                            ? e
                            : ServiceCallException.network(null, String.valueOf(error.getMessage()));
                    tree.showNothing("The connectors could not be loaded.");
                    Problem problem = Problem.of(
                            "Could not load the connectors of " + profile.name() + " in " + region,
                            error,
                            () -> switchTo(profile, region));
                    if (failure.kind() == ServiceCallException.Kind.SIGN_IN_REQUIRED && signInAction != null) {
                        state.set(new ConnectionState.NeedsSignIn(failure.getMessage()));
                        status.info(profile.name() + " needs sign-in");
                        status.report(problem.withAction("Sign in", () -> signInAction.accept(profile)));
                    } else {
                        state.set(new ConnectionState.Failed(failure));
                        status.info("Could not load connectors");
                        status.report(problem);
                    }
                });
    }

    /** Loads the account again from the service, dropping what was cached. */
    public void reload() {
        AwsProfile profile = switcher.getProfile();
        if (profile != null) {
            switchTo(profile, switcher.getRegion());
        }
    }

    private void loadMissingFlags(long stamp, Loaded loaded) {
        if (loaded.connectors().stream().allMatch(ConnectorSummary::flagsKnown)) {
            return;
        }
        flagsTask = tasks.submit(
                c -> loaded.session().withFlags(loaded.connectors(), c),
                withFlags -> {
                    if (stamp == accountStamp) {
                        list.updateFlags(withFlags);
                    }
                },
                error -> {
                    /* badges stay unknown; selecting the connector describes it and fills them */
                });
    }

    private void describeSelected() {
        long stamp = ++selectionStamp;
        TrackedTask.cancel(describeTask);
        ConnectorSummary selected = list.getSelected();
        AccountSession current = session.get();
        if (selected == null || current == null) {
            if (current != null) {
                tree.showNothing("Select a connector to see its configuration.");
            }
            return;
        }
        Optional<ConnectorDescription> cached = current.cached(selected.key());
        if (cached.isPresent()) {
            tree.show(cached.get());
            return;
        }
        tree.showNothing("Loading the configuration of " + selected.name() + "…");
        describeTask = TrackedTask.start(
                tasks,
                status,
                "Describing " + selected.key().displayId() + "…",
                c -> current.describe(selected.key()),
                description -> {
                    if (stamp != selectionStamp || current != session.get()) {
                        return;
                    }
                    status.clearProblem();
                    tree.show(description);
                    list.learn(description);
                    status.info(selected.name() + " · " + profileLine());
                },
                error -> {
                    if (stamp != selectionStamp || current != session.get()) {
                        return;
                    }
                    status.info("Could not describe " + selected.key().displayId());
                    tree.showNothing("The configuration of " + selected.name() + " could not be loaded.");
                    status.report(Problem.of(
                            "Could not describe " + selected.key().displayId(), error, this::describeSelected));
                });
    }

    private String profileLine() {
        AccountSession s = session.get();
        return s == null ? "" : s.profile().name() + " · " + s.region();
    }

    public void retry() {
        Problem problem = status.getProblem();
        if (problem != null && problem.hasAction()) {
            status.clearProblem();
            problem.action().run();
        }
    }

    /** Closes the open account; called when the window closes. */
    public void shutdown() {
        if (watch != null) {
            try {
                watch.close();
            } catch (Exception ignored) {
                // closing a watch cannot fail in a way that matters at exit
            }
            watch = null;
        }
        accountStamp++;
        TrackedTask.cancel(accountTask);
        cancel(flagsTask);
        TrackedTask.cancel(describeTask);
        closeQuietly(session.get());
        session.set(null);
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ConnectionState getState() {
        return state.get();
    }

    public ReadOnlyObjectProperty<AccountSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public AccountSession getSession() {
        return session.get();
    }

    private static void cancel(TaskRunner.Handle handle) {
        if (handle != null) {
            handle.cancel();
        }
    }

    private void closeQuietly(AccountSession s) {
        if (s != null) {
            tasks.submit(
                    c -> {
                        s.close();
                        return null;
                    },
                    ignored -> {},
                    ignored -> {});
        }
    }

    private record Loaded(AccountSession session, List<ConnectorSummary> connectors) {}

    private record ProfilesRead(List<AwsProfile> profiles, List<String> problems) {}
}
