package io.connectorexplorer.ui.shell;

import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.AccountSessions;
import io.connectorexplorer.core.account.ConnectionState;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileCatalog;
import io.connectorexplorer.core.search.SeenConnectors;
import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.core.store.KeptTarget;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.Problem;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.connector.ConnectorListViewModel;
import io.connectorexplorer.ui.profile.AwsProfilesViewModel;
import io.connectorexplorer.ui.profile.ProfileSwitcherViewModel;
import io.connectorexplorer.ui.tree.ConfigTreeViewModel;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * Ties the window's parts together: the profiles read from the files feed the pickers; a choice there opens that
 * target ({@link AccountViewModel}); a connector selected in its list is described into the tree
 * ({@link SelectedConfiguration}); Retry runs the action of the problem shown.
 */
public final class ExplorerViewModel {

    private final StatusModel status;
    private final ProfileSwitcherViewModel switcher;
    private final AwsProfilesViewModel profiles;
    private final AccountViewModel account;
    private final SelectedConfiguration configuration;

    public ExplorerViewModel(
            ProfileCatalog profileCatalog,
            AccountSessions sessions,
            TaskRunner tasks,
            StatusModel status,
            ConnectorListViewModel list,
            ConfigTreeViewModel tree,
            ProfileSwitcherViewModel switcher,
            Settings settings,
            SeenConnectors seen) {
        this.status = status;
        this.switcher = switcher;
        this.profiles = new AwsProfilesViewModel(profileCatalog, tasks, status, switcher);
        this.account = new AccountViewModel(sessions, tasks, status, list, tree, settings, seen);
        this.configuration = new SelectedConfiguration(tasks, status, list, tree, account);
        switcher.setOnSwitch(this::switchTo);
        // A sign-in made elsewhere (aws sso login) lands in the token cache: try the account again.
        profiles.setOnFilesChanged(() -> {
            // A profile's credentials may name another account now.
            sessions.forgetIdentities();
            if (account.getState() instanceof ConnectionState.NeedsSignIn
                    || account.getState() instanceof ConnectionState.Offline offline
                            && offline.reason().kind() == ServiceCallException.Kind.SIGN_IN_REQUIRED) {
                reload();
            }
        });
    }

    /** What "Sign in" does for an SSO profile whose session has expired (wired by the window). */
    public void setSignInAction(Consumer<AwsProfile> action) {
        account.setSignInAction(action);
    }

    /** What changed in a target's listing since the one before (the history; wired by the window). */
    public void setChanges(
            java.util.function.Function<
                            Target,
                            java.util.concurrent.CompletableFuture<
                                    java.util.Optional<io.connectorexplorer.core.store.History.ListingChange>>>
                    changes) {
        account.setChanges(changes);
    }

    /** Where a target out of reach is found as it was last seen (the history; wired by the window). */
    public void setHistory(java.util.function.Function<Target, java.util.Optional<KeptTarget>> lastSeen) {
        account.setHistory(lastSeen);
    }

    /** Reads the profiles (off the FX thread), opens the first account, and follows changes to the files. */
    public void start() {
        profiles.start();
    }

    /** Reads the profiles again, keeping the active one; called when the files or the SSO token cache change. */
    public void refreshProfiles() {
        profiles.refresh();
    }

    /** Opens an account and loads its connectors, keeping the selected connector if the new account has it. */
    public void switchTo(AwsProfile profile, String region) {
        account.open(new Target(profile, region));
    }

    /** Opens {@code target} (asking first if the Connect form holds typed values) and shows {@code connector} there. */
    public void goTo(Target target, ConnectorKey connector) {
        Target shown = account.getTarget();
        if (target.equals(shown) && account.getSession() != null) {
            account.show(connector);
            return;
        }
        account.preferConnector(connector);
        switcher.choose(target.profile(), target.region());
    }

    /** Loads the account again from the service, dropping what was cached. */
    public void reload() {
        AwsProfile profile = switcher.getProfile();
        if (profile != null) {
            switchTo(profile, switcher.getRegion());
        }
    }

    /** Reload as the user asks for it (F5): first asks to discard what was typed, if anything. */
    public void reloadAsked() {
        if (switcher.mayReload()) {
            reload();
        }
    }

    /** Runs the action the problem banner offers (Retry, Sign in), and clears the banner. */
    public void retry() {
        Problem problem = status.getProblem();
        if (problem != null && problem.hasAction()) {
            status.clearProblem();
            problem.action().run();
        }
    }

    /** Stops following the files and closes the open account; called when the window closes. */
    public void shutdown() {
        profiles.stop();
        configuration.shutdown();
        account.shutdown();
    }

    public AwsProfilesViewModel profiles() {
        return profiles;
    }

    public AccountViewModel account() {
        return account;
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return account.stateProperty();
    }

    public ConnectionState getState() {
        return account.getState();
    }

    public ReadOnlyObjectProperty<AccountSession> sessionProperty() {
        return account.sessionProperty();
    }

    public AccountSession getSession() {
        return account.getSession();
    }
}
