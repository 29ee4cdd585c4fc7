package io.connectorexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.demo.LoopbackAppFlowEndpoint;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.LoopbackAwsServices;
import io.connectorexplorer.testsupport.MemorySettings;
import io.connectorexplorer.testsupport.RecordingClipboard;
import io.connectorexplorer.testsupport.TestThreads;
import io.connectorexplorer.ui.common.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An SSO profile with no token: the window says it needs sign-in and offers Sign in; the device code is shown,
 * the test approves it as the person would in a browser, and the account's connectors appear.
 */
@ExtendWith(ApplicationExtension.class)
class SsoSignInWindowTest {

    @TempDir
    static Path home;

    private LoopbackAwsServices aws;
    private LoopbackAppFlowEndpoint appflow;
    private Services services;
    private FxTaskRunner tasks;
    private ExplorerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        aws = LoopbackAwsServices.start();
        aws.oidc().pollInterval(0);
        aws.sso().assignRole("111122223333", "ReadOnly");
        appflow = LoopbackAppFlowEndpoint.start(DemoCatalogue.bundled());
        Path userHome = Files.createDirectories(home.resolve("user-" + System.nanoTime()));
        Files.createDirectories(userHome.resolve(".aws"));
        Files.writeString(userHome.resolve(".aws").resolve("config"), """
                [profile corp]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = ReadOnly
                region = eu-west-1
                endpoint_url = %s

                [sso-session corp]
                sso_start_url = https://corp.awsapps.example/start
                sso_region = eu-west-1
                sso_registration_scopes = sso:account:access
                """.formatted(appflow.uri()));
        services =
                Services.create(aws.environment(userHome, Map.of("AWS_PROFILE", "corp")), AppFlowTestAccount.TIMEOUTS);
        tasks = new FxTaskRunner(TestThreads.background());
        window = ExplorerWindow.open(
                stage,
                services,
                new MemorySettings(),
                tasks,
                ExplorerWindow.Options.of(owner -> (t, n) -> Optional.empty(), new RecordingClipboard()));
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.shell().stage().close()).get(5, TimeUnit.SECONDS);
        tasks.close();
        services.close();
        appflow.close();
        aws.close();
    }

    @Test
    void signingInWithADeviceCodeLoadsTheAccount(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#problemBanner").query().isVisible());
        assertThat(robot.lookup("#retryButton").queryButton().getText())
                .as(robot.lookup("#problemTitle").queryAs(Label.class).getText() + " | "
                        + robot.lookup("#problemDetail").queryAs(Label.class).getText())
                .isEqualTo("Sign in");
        assertThat(robot.lookup("#statusState").queryAs(Label.class).getText()).isEqualTo("Needs sign-in");

        robot.clickOn("#retryButton");

        waitUntil(() ->
                robot.lookup("#deviceCode").tryQuery().map(n -> n.isVisible()).orElse(false));
        String shownCode = robot.lookup("#deviceCode").queryAs(Label.class).getText();
        assertThat(aws.oidc().userCodes()).contains(shownCode);
        aws.approveDevice();

        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        waitUntil(() -> list.getItems().size() == 27);
        waitUntil(() ->
                robot.lookup("#statusIdentity").queryAs(Label.class).getText().startsWith("Account 111122223333"));
        assertThat(robot.lookup("#statusState").queryAs(Label.class).getText()).isEqualTo("Ready");
        assertThat(robot.lookup("#deviceCode")
                        .tryQuery()
                        .map(n -> n.getScene().getWindow().isShowing())
                        .orElse(false))
                .isFalse();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
