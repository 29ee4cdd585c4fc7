package io.connectorexplorer.app;

import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.ui.common.FxClipboard;
import io.connectorexplorer.ui.common.FxDialogService;
import io.connectorexplorer.ui.common.FxTaskRunner;
import io.connectorexplorer.ui.profile.FxMfaPrompt;
import io.connectorexplorer.ui.profile.SignInViewModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The desktop app: wires the real services and opens the window. */
public final class ExplorerApplication extends Application {

    /** The app's own icon (generated from icons/icon.svg); the window manager, taskbar or dock picks a size. */
    private static final int[] ICON_SIZES = {16, 32, 64, 128, 256};

    private Services services;
    private Settings settings;
    private FxTaskRunner tasks;

    static void launchWindow(String[] args) {
        Application.launch(ExplorerApplication.class, args);
    }

    /** Runs on the launcher thread, so reading the settings file never holds up the FX thread. */
    @Override
    public void init() {
        services = Services.create(AwsEnvironment.system(), AppFlowAccounts.Timeouts.DEFAULT, new FxMfaPrompt());
        settings = services.openSettings();
    }

    @Override
    public void start(Stage stage) {
        tasks = new FxTaskRunner();
        stage.getIcons().setAll(icons());
        if (TimingMarks.ON) {
            TimingMarks.watchWindow(stage);
        }
        SignInViewModel.Browser browser = page -> {
            getHostServices().showDocument(page.toString());
            return true;
        };
        ExplorerWindow window = ExplorerWindow.open(stage, services, settings, tasks, FxDialogService::new,
                new FxClipboard(), browser);
        if (TimingMarks.ON) {
            TimingMarks.watchContent(stage, window.explorer().stateProperty());
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
