package io.connectorexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.account.ConnectionState;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.MemorySettings;
import io.connectorexplorer.testsupport.RecordingClipboard;
import io.connectorexplorer.testsupport.TestThreads;
import io.connectorexplorer.ui.common.FxTaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The installer build's training run (what the AOT cache records): the window on the account it opens, then the
 * command line in the same JVM, then the window closes — or, when the account does not load, a failure reported
 * and nothing closed.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingRunTest {

    @TempDir
    static Path folder;

    private final List<String> failures = new CopyOnWriteArrayList<>();
    private Services services;
    private FxTaskRunner tasks;
    private ExplorerWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) {
        // The tests open their own window: each needs its account set up first.
    }

    void open(Stage stage, AwsEnvironment environment) {
        this.stage = stage;
        services = Services.create(
                environment,
                new AppFlowAccounts.Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3)));
        tasks = new FxTaskRunner(TestThreads.background());
        window = ExplorerWindow.open(
                stage,
                services,
                new MemorySettings(),
                tasks,
                ExplorerWindow.Options.of(owner -> (title, name) -> Optional.empty(), new RecordingClipboard()));
        TrainingRun.follow(stage, window.explorer().stateProperty(), failures::add);
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get(5, TimeUnit.SECONDS);
        tasks.close();
        services.close();
    }

    private static AwsEnvironment noAwsConfiguration() {
        return new AwsEnvironment(
                Map.of(
                        "AWS_CONFIG_FILE", folder.resolve("no-config").toString(),
                        "AWS_SHARED_CREDENTIALS_FILE",
                                folder.resolve("no-credentials").toString()),
                folder);
    }

    @Test
    void onTheDemoAccountTheWindowClosesOnceTheListIsDrawnAndTheCommandLineHasRun() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> open(new Stage(), noAwsConfiguration())).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !stage.isShowing() || !failures.isEmpty());

        assertThat(failures).isEmpty();
        assertThat(stage.isShowing()).isFalse();
        assertThat(window.explorer().stateProperty().getValue()).isInstanceOf(ConnectionState.Ready.class);
    }

    @Test
    void anAccountThatDoesNotLoadIsReportedAndTheWindowStaysOpen() throws Exception {
        // An account whose endpoint is down: its connections are refused.
        AppFlowTestAccount account = AppFlowTestAccount.start(new DemoCatalogue(List.of()), folder);
        account.close();
        AwsEnvironment environment = new AwsEnvironment(account.variables(), folder);
        WaitForAsyncUtils.asyncFx(() -> open(new Stage(), environment)).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !failures.isEmpty());

        assertThat(failures).singleElement().asString().startsWith("the window did not load its account");
        assertThat(stage.isShowing()).isTrue();
    }
}
