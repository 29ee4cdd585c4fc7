package io.connectorexplorer.app;

import io.connectorexplorer.core.account.ConnectionState;
import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.ui.common.FxClipboard;
import io.connectorexplorer.ui.common.FxDialogService;
import io.connectorexplorer.ui.common.FxTaskRunner;
import io.connectorexplorer.ui.common.Once;
import io.connectorexplorer.ui.profile.FxMfaPrompt;
import io.connectorexplorer.ui.profile.SignInViewModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.value.ObservableValue;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The desktop app: wires the real services and opens the window. */
public final class ExplorerApplication extends Application {

    /** The app's own icon (generated from icons/icon.svg); the window manager, taskbar or dock picks a size. */
    private static final int[] ICON_SIZES = {16, 32, 64, 128, 256};
    /**
     * How long after the first answer the window reads ahead what it needs soon ({@link #warmUpAfterFirstAnswer}); at
     * once in the installers' training run, which ends sooner and must record the classes that loads.
     */
    private static final Duration WARM_UP_DELAY = TrainingRun.ON ? Duration.ZERO : Duration.ofSeconds(1);

    /**
     * The services, being built while the toolkit starts: the window needs both, and on a 2-core machine doing
     * them side by side brings the window up about a third of a second sooner. Static only because
     * {@link Application#launch} creates the instance; set once, before the launch, and read in {@link #init()}.
     */
    private static volatile CompletableFuture<Services> servicesInTheMaking;
    /** The window icons, decoded beside the toolkit's start for the same reason (a tenth of the FX thread's work). */
    private static volatile CompletableFuture<List<Image>> iconsInTheMaking;

    private Services services;
    private Settings settings;
    private FxTaskRunner tasks;

    static void launchWindow(String[] args) {
        SoftwareRendering.chooseWhereNoGpu();
        servicesInTheMaking = CompletableFuture.supplyAsync(
                ExplorerApplication::createServices, work -> Daemon.start("services-startup", work));
        iconsInTheMaking = CompletableFuture.supplyAsync(
                () -> {
                    // Also read ahead, for the services thread: the configuration schema and the region list come
                    // from SDK metadata classes whose loading takes most of a tenth of a second; class initialisation
                    // is thread-safe, so whichever thread gets there first does it and the other waits or skips.
                    Services.readAhead();
                    return icons();
                },
                work -> Daemon.start("icons-startup", work));
        Application.launch(ExplorerApplication.class, args);
    }

    private static Services createServices() {
        return Services.create(AwsEnvironment.system(), AppFlowAccounts.Timeouts.DEFAULT, new FxMfaPrompt());
    }

    /**
     * What the window needs soon after it opens but not to open, read in the background a second after the first
     * account has answered: the AppFlow model (the Connect form), the HTTP client's TLS set-up and the history store.
     * Not before the answer, nor with it: on two cores the list's first fill and the first connector's tree, which
     * come within a few hundred milliseconds of it, lost the second core to this (the FX thread's longest pause at
     * start 106 ms instead of 77). Whatever asks for one of these sooner reads it then, as without the warm-up.
     */
    private static void warmUpAfterFirstAnswer(Services services, ObservableValue<ConnectionState> state) {
        Executor soon = CompletableFuture.delayedExecutor(
                WARM_UP_DELAY.toMillis(), TimeUnit.MILLISECONDS, work -> Daemon.start("warm-up", work));
        Once.when(
                state,
                now -> !(now instanceof ConnectionState.Idle || now instanceof ConnectionState.Loading),
                now -> soon.execute(services::warmUp));
    }

    /** Runs on the launcher thread, so reading the settings file never holds up the FX thread. */
    @Override
    public void init() {
        CompletableFuture<Services> early = servicesInTheMaking;
        servicesInTheMaking = null;
        services = early == null ? createServices() : joinStartup(early);
        settings = services.openSettings();
        // Ended by a signal (a logout, kill, Ctrl+C in a terminal) the window never closes: the choices made so far
        // (profile, region, theme) are written all the same. Writing twice is harmless: the file is replaced whole.
        Settings toKeep = settings;
        Runtime.getRuntime().addShutdownHook(new Thread(toKeep::flush, "settings-at-exit"));
    }

    private static <T> T joinStartup(CompletableFuture<T> early) {
        try {
            return early.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void start(Stage stage) {
        tasks = new FxTaskRunner(Executors.newCachedThreadPool(Daemon.threads("background")));
        CompletableFuture<List<Image>> early = iconsInTheMaking;
        iconsInTheMaking = null;
        stage.getIcons().setAll(early == null ? icons() : joinStartup(early));
        if (TimingMarks.ON) {
            TimingMarks.watchWindow(stage);
        }
        SignInViewModel.Browser browser = page -> {
            getHostServices().showDocument(page.toString());
            return true;
        };
        ExplorerWindow window = ExplorerWindow.open(
                stage,
                services,
                settings,
                tasks,
                ExplorerWindow.Options.of(FxDialogService::new, new FxClipboard())
                        .withBrowser(browser));
        if (TimingMarks.ON) {
            TimingMarks.watchContent(stage, window.explorer().stateProperty());
        }
        warmUpAfterFirstAnswer(services, window.explorer().stateProperty());
        if (TrainingRun.ON) {
            TrainingRun.follow(stage, window.explorer().stateProperty());
        }
    }

    static List<Image> icons() {
        List<Image> icons = new ArrayList<>(ICON_SIZES.length);
        for (int size : ICON_SIZES) {
            String name = "icons/icon-" + size + ".png";
            try (InputStream in = ExplorerApplication.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                icons.add(new Image(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return icons;
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        if (services != null) {
            services.close();
        }
    }
}
