package io.connectorexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.MemorySettings;
import io.connectorexplorer.testsupport.RecordingClipboard;
import io.connectorexplorer.testsupport.TestThreads;
import io.connectorexplorer.ui.common.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** On a machine without AWS configuration the demo banner says how to add a profile (it used to say "pick one"). */
@ExtendWith(ApplicationExtension.class)
class DemoBannerWindowTest {

    @TempDir
    static Path folder;

    private Services services;
    private FxTaskRunner tasks;
    private ExplorerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path run = Files.createDirectories(folder.resolve("run-" + System.nanoTime()));
        services = Services.create(
                new AwsEnvironment(
                        Map.of(
                                "AWS_CONFIG_FILE", run.resolve("no-config").toString(),
                                "AWS_SHARED_CREDENTIALS_FILE",
                                        run.resolve("no-credentials").toString(),
                                "CONNECTOR_EXPLORER_HOME", run.resolve("home").toString()),
                        run),
                AppFlowAccounts.Timeouts.DEFAULT);
        tasks = new FxTaskRunner(TestThreads.background());
        window = ExplorerWindow.open(
                stage,
                services,
                new MemorySettings(),
                tasks,
                ExplorerWindow.Options.of(owner -> (title, name) -> Optional.empty(), new RecordingClipboard()));
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.shell().stage().close()).get(5, TimeUnit.SECONDS);
        tasks.close();
        services.close();
    }

    @Test
    void withNoAwsConfigurationTheDemoBannerSaysHowToAddAProfile(FxRobot robot) {
        ConnectFormRobot.waitUntil(() -> window.explorer().account().getTarget() != null
                && window.explorer().account().getTarget().isDemo());
        ConnectFormRobot.waitUntil(() ->
                robot.lookup("#demoBannerText").queryAs(Label.class).getText().contains("aws configure"));

        String text = robot.lookup("#demoBannerText").queryAs(Label.class).getText();
        assertThat(text).contains("aws configure sso").doesNotContain("Pick a profile above");
        assertThat(robot.lookup("#openAwsConfigButton").query().isVisible())
                .as("there is no config file to open")
                .isFalse();
    }
}
