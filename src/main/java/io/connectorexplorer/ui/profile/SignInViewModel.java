package io.connectorexplorer.ui.profile;

import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.SignInPrompt;
import io.connectorexplorer.core.profile.SignInService;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.BackgroundTask;
import io.connectorexplorer.ui.common.Problem;
import io.connectorexplorer.ui.common.Stamps;
import io.connectorexplorer.ui.common.StatusModel;
import java.net.URI;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * SSO sign-in from the window: runs the OIDC flow off the FX thread, tells the view what to show (browser
 * opened, or a device code), and reloads the account once signed in. Cancel stops the flow.
 */
public final class SignInViewModel {

    /** What the sign-in window shows. */
    public sealed interface Step {
        record Idle() implements Step {}

        record WaitingForBrowser(String profile, URI page) implements Step {}

        record EnterCode(String profile, String userCode, URI page, URI pageWithCode) implements Step {}
    }

    /** Opens a page in the system browser; false when that is not possible. */
    @FunctionalInterface
    public interface Browser {
        boolean open(URI page);
    }

    private final SignInService service;
    private final TaskRunner tasks;
    private final StatusModel status;
    private final Browser browser;
    private final Runnable onSignedIn;
    private final Stamps attempts = new Stamps();
    private AwsProfile profile;

    public SignInViewModel(
            SignInService service, TaskRunner tasks, StatusModel status, Browser browser, Runnable onSignedIn) {
        this.service = service;
        this.tasks = tasks;
        this.status = status;
        this.browser = browser;
        this.onSignedIn = onSignedIn;
    }

    /** Signs in through the browser (the device code when no browser opens). */
    public void signIn(AwsProfile p) {
        start(p, true);
    }

    /** Drops the browser attempt and signs in with a device code instead. */
    public void useDeviceCode() {
        if (profile != null) {
            start(profile, false);
        }
    }

    private void start(AwsProfile p, boolean viaBrowser) {
        Stamps.Stamp attempt = attempts.next();
        profile = p;
        signingIn.set(true);
        step.set(new Step.Idle());
        // The prompt is called on the sign-in thread; what it shows is handed to the FX thread as a result.
        SignInPrompt prompt = new SignInPrompt() {
            @Override
            public boolean openBrowser(URI page) {
                if (!viaBrowser) {
                    return false;
                }
                boolean opened = browser.open(page);
                if (opened) {
                    tasks.onUiThread(() -> step.set(new Step.WaitingForBrowser(p.name(), page)));
                }
                return opened;
            }

            @Override
            public void showDeviceCode(String userCode, URI page, URI pageWithCode) {
                tasks.onUiThread(() -> step.set(new Step.EnterCode(p.name(), userCode, page, pageWithCode)));
            }
        };
        BackgroundTask.of(c -> {
                    service.signIn(p, prompt, c);
                    return p;
                })
                .showing(status, "Signing in to " + p.name() + "…")
                .whileCurrent(attempt)
                .onSuccess(signedIn -> {
                    finish();
                    status.clearProblem(Problem.Kind.CALL_FAILED);
                    status.info("Signed in to " + signedIn.name());
                    onSignedIn.run();
                })
                .onFailure(error -> {
                    finish();
                    status.report(Problem.of("Sign-in to " + p.name() + " failed", error, () -> signIn(p)));
                })
                .executeWith(tasks);
    }

    public void cancel() {
        attempts.supersede();
        finish();
        status.info("Sign-in cancelled");
    }

    private void finish() {
        signingIn.set(false);
        step.set(new Step.Idle());
    }

    private final ReadOnlyBooleanWrapper signingIn = new ReadOnlyBooleanWrapper();

    public ReadOnlyBooleanProperty signingInProperty() {
        return signingIn.getReadOnlyProperty();
    }

    public boolean isSigningIn() {
        return signingIn.get();
    }

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(new Step.Idle());

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public Step getStep() {
        return step.get();
    }
}
