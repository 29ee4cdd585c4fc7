package io.connectorexplorer.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.core.profile.SignInPrompt;
import io.connectorexplorer.core.profile.SignInService;
import io.connectorexplorer.testsupport.ManualTaskRunner;
import io.connectorexplorer.ui.common.StatusModel;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SignInViewModelTest {

    private final AwsProfile sso = new AwsProfile("corp", ProfileKind.SSO, "eu-west-1", null);
    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private final StatusModel status = new StatusModel();
    private final AtomicInteger reloads = new AtomicInteger();
    private final List<URI> opened = new ArrayList<>();

    /** A sign-in that asks for the browser, falls back to the device code, then succeeds or fails as told. */
    private SignInService service(ServiceCallException failure) {
        return (AwsProfile profile, SignInPrompt prompt, io.connectorexplorer.core.task.Cancellation c) -> {
            if (!prompt.openBrowser(URI.create("https://oidc.example/authorize?x=1"))) {
                prompt.showDeviceCode(
                        "ABCD-EFGH",
                        URI.create("https://device.example"),
                        URI.create("https://device.example?code=ABCD-EFGH"));
            }
            if (failure != null) {
                throw failure;
            }
        };
    }

    @Test
    void theBrowserFlowOpensThePageAndReloadsTheAccountWhenSignedIn() {
        SignInViewModel model =
                new SignInViewModel(service(null), tasks, status, page -> opened.add(page), reloads::incrementAndGet);

        model.signIn(sso);
        assertThat(model.isSigningIn()).isTrue();
        tasks.pending().get(0).complete();

        assertThat(opened).containsExactly(URI.create("https://oidc.example/authorize?x=1"));
        assertThat(reloads).hasValue(1);
        assertThat(model.isSigningIn()).isFalse();
        assertThat(status.isBusy()).isFalse();
        assertThat(status.getMessage()).isEqualTo("Signed in to corp");
    }

    @Test
    void withoutABrowserTheDeviceCodeIsShown() {
        SignInViewModel model =
                new SignInViewModel(service(null), tasks, status, page -> false, reloads::incrementAndGet);
        List<SignInViewModel.Step> steps = new ArrayList<>();
        model.stepProperty().addListener((obs, old, step) -> steps.add(step));

        model.signIn(sso);
        tasks.runAll();

        assertThat(steps)
                .contains(new SignInViewModel.Step.EnterCode(
                        "corp",
                        "ABCD-EFGH",
                        URI.create("https://device.example"),
                        URI.create("https://device.example?code=ABCD-EFGH")));
        assertThat(reloads).hasValue(1);
    }

    @Test
    void aFailedSignInSaysWhyAndOffersToTryAgain() {
        SignInViewModel model = new SignInViewModel(
                service(ServiceCallException.fromService(
                        ServiceCallException.Kind.SERVICE,
                        "CreateToken",
                        "AccessDeniedException",
                        400,
                        "The user denied the request")),
                tasks,
                status,
                page -> true,
                reloads::incrementAndGet);

        model.signIn(sso);
        tasks.runAll();

        assertThat(status.getProblem().title()).isEqualTo("Sign-in to corp failed");
        assertThat(status.getProblem().detail()).contains("AccessDeniedException", "denied");
        assertThat(status.getProblem().actionLabel()).isEqualTo("Retry");
        assertThat(reloads).hasValue(0);
    }

    @Test
    void cancelStopsTheFlowAndTheSpinner() {
        SignInViewModel model =
                new SignInViewModel(service(null), tasks, status, page -> true, reloads::incrementAndGet);
        model.signIn(sso);

        model.cancel();
        tasks.runAll();

        assertThat(model.isSigningIn()).isFalse();
        assertThat(status.isBusy()).isFalse();
        assertThat(reloads).hasValue(0);
    }
}
