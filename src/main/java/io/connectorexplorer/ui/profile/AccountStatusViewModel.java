package io.connectorexplorer.ui.profile;

import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.CallerIdentity;
import io.connectorexplorer.core.account.ConnectionState;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.BackgroundTask;
import io.connectorexplorer.ui.common.Stamps;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar says about the active account: its state (connecting, ready, needs sign-in, failed)
 * and who the credentials are, from STS GetCallerIdentity — asked once per opened account, off the FX thread.
 */
public final class AccountStatusViewModel {

    private final TaskRunner tasks;
    private final Stamps sessions = new Stamps();

    public AccountStatusViewModel(
            TaskRunner tasks,
            ReadOnlyObjectProperty<AccountSession> session,
            ReadOnlyObjectProperty<ConnectionState> state) {
        this.tasks = tasks;
        session.addListener((obs, old, opened) -> identify(opened));
        state.addListener((obs, old, now) -> stateText.set(describe(now)));
        stateText.set(describe(state.get()));
        identify(session.get());
    }

    private void identify(AccountSession opened) {
        Stamps.Stamp stamp = sessions.next();
        identity.set(null);
        if (opened == null) {
            identityText.set("");
            return;
        }
        identityText.set("Checking identity…");
        BackgroundTask.of(c -> opened.identity())
                .whileCurrent(stamp)
                .onSuccess(who -> {
                    identity.set(who);
                    identityText.set("Account " + who.account() + " · " + who.arn());
                })
                .onFailure(error -> identityText.set(
                        "Identity unknown: " + ServiceCallException.from(error).headline()))
                .executeWith(tasks);
    }

    static String describe(ConnectionState state) {
        if (state instanceof ConnectionState.Loading) {
            return "Connecting…";
        }
        if (state instanceof ConnectionState.Ready) {
            return "Ready";
        }
        if (state instanceof ConnectionState.NeedsSignIn) {
            return "Needs sign-in";
        }
        if (state instanceof ConnectionState.Offline offline) {
            return "Offline · as of " + io.connectorexplorer.ui.common.Moments.shown(offline.asOf());
        }
        if (state instanceof ConnectionState.Failed failed) {
            return "Failed: " + failed.reason().getMessage();
        }
        return "";
    }

    private final ReadOnlyObjectWrapper<CallerIdentity> identity = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<CallerIdentity> identityProperty() {
        return identity.getReadOnlyProperty();
    }

    public CallerIdentity getIdentity() {
        return identity.get();
    }

    private final ReadOnlyStringWrapper identityText = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty identityTextProperty() {
        return identityText.getReadOnlyProperty();
    }

    public String getIdentityText() {
        return identityText.get();
    }

    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public String getStateText() {
        return stateText.get();
    }
}
