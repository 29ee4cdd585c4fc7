package io.connectorexplorer.app;

import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.DiagnosticLogs;
import io.connectorexplorer.testsupport.RecordingClipboard;
import io.connectorexplorer.testsupport.RecordingHook;
import io.connectorexplorer.testsupport.TestAppFlowEndpoint;
import io.connectorexplorer.testsupport.TestThreads;
import io.connectorexplorer.ui.common.DialogService;
import io.connectorexplorer.ui.common.FxTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as the Connect tab's tests drive it: the bundled demo catalogue behind a loopback AppFlow endpoint,
 * reached through the real SDK client from a profile whose {@code endpoint_url} points at it. Everything the app
 * may write goes under one folder: the AWS files and the home folder, the settings ({@code CONNECTOR_EXPLORER_HOME},
 * real {@link io.connectorexplorer.infra.settings.PropertiesSettings}) and the diagnostic log beside them, and the
 * files "saved" through the dialog. The request trace (what --debug prints) is followed from the start.
 * The create question is answered by {@link #answerCreate(boolean)}; every question asked is recorded.
 */
final class ConnectFormWindow implements AutoCloseable {

    static final String PROFILE = "connect-test";
    static final String REGION = "eu-west-1";
    static final String ACCOUNT = "123456789012";

    final Path folder;
    final Path home;
    final Path saves;
    final TestAppFlowEndpoint endpoint;
    final RecordingHook requests = new RecordingHook();
    final RecordingClipboard clipboard = new RecordingClipboard();
    /** Each question asked before creating: "profile region name". */
    final List<String> questions = new CopyOnWriteArrayList<>();
    /** Every file the save dialog handed out, in order. */
    final List<Path> chosenFiles = new CopyOnWriteArrayList<>();
    /** Each request and response, as --debug would print them, from the window's first call on. */
    final StringBuffer trace = new StringBuffer();

    final Settings settings;
    final ExplorerWindow window;
    private final AtomicBoolean createAnswer = new AtomicBoolean(true);
    private final Services services;
    private final FxTaskRunner tasks;

    /** Each discard question asked: "connector | what the user asked for". */
    final List<String> discardQuestions = new CopyOnWriteArrayList<>();

    private final AtomicBoolean discardAnswer = new AtomicBoolean(false);

    private ConnectFormWindow(Stage stage, Path folder, DemoCatalogue catalogue) throws IOException {
        this.folder = folder;
        this.home = Files.createDirectories(folder.resolve("app-home"));
        this.saves = Files.createDirectories(folder.resolve("saved"));
        endpoint = TestAppFlowEndpoint.start(catalogue);
        endpoint.setHook(requests);
        Path config = Files.writeString(folder.resolve("aws-config"), """
                [profile %s]
                region = %s
                endpoint_url = %s
                """.formatted(PROFILE, REGION, endpoint.uri()));
        Path credentials = Files.writeString(folder.resolve("aws-credentials"), """
                [%s]
                aws_access_key_id = CONNECTFORMTESTKEY
                aws_secret_access_key = connect-form-test-secret-not-real
                """.formatted(PROFILE));
        AwsEnvironment env = new AwsEnvironment(
                Map.of(
                        "AWS_CONFIG_FILE", config.toString(),
                        "AWS_SHARED_CREDENTIALS_FILE", credentials.toString(),
                        "AWS_PROFILE", PROFILE,
                        "CONNECTOR_EXPLORER_HOME", home.toString()),
                folder);
        services = Services.create(
                env,
                new AppFlowAccounts.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(15)));
        services.aws().requestTrace().follow(trace::append);
        settings = services.openSettings();
        tasks = new FxTaskRunner(TestThreads.background());
        DialogService dialogs = (title, suggested) -> {
            Path chosen = saves.resolve(chosenFiles.size() + 1 + "-" + suggested);
            chosenFiles.add(chosen);
            return Optional.of(chosen);
        };
        window = ExplorerWindow.open(
                stage,
                services,
                settings,
                tasks,
                ExplorerWindow.Options.of(owner -> dialogs, clipboard)
                        .withConfirmation((profile, region, name) -> {
                            questions.add(profile + " " + region + " " + name);
                            return createAnswer.get();
                        })
                        .withDiscardQuestion((connector, instead) -> {
                            discardQuestions.add(connector + " | " + instead);
                            return discardAnswer.get();
                        }));
    }

    /** Opens the window on {@code stage}, with every file it may write under {@code folder}. */
    static ConnectFormWindow open(Stage stage, Path folder) throws IOException {
        return new ConnectFormWindow(stage, folder, DemoCatalogue.bundled());
    }

    /** As {@link #open(Stage, Path)}, the endpoint serving {@code catalogue}. */
    static ConnectFormWindow open(Stage stage, Path folder, DemoCatalogue catalogue) throws IOException {
        return new ConnectFormWindow(stage, folder, catalogue);
    }

    /** What "Discard the connection form?" answers from now on (no, at first). */
    void answerDiscard(boolean discard) {
        discardAnswer.set(discard);
    }

    void answerCreate(boolean create) {
        createAnswer.set(create);
    }

    /** The bodies of the CreateConnectorProfile requests the endpoint received. */
    List<RecordingHook.Request> createRequests() {
        return requests.requests().stream()
                .filter(r -> r.operation().equals("CreateConnectorProfile"))
                .toList();
    }

    Path settingsFile() {
        return home.resolve("settings.properties");
    }

    /** The diagnostic log (in {@link #home}, the settings folder) with every line told so far written. */
    String log() {
        services.diagnosticLog().flush();
        return DiagnosticLogs.read(services.logFolder());
    }

    @Override
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.shell().stage().close()).get(5, TimeUnit.SECONDS);
        tasks.close();
        services.close();
        endpoint.close();
    }
}
