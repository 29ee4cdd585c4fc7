package io.connectorexplorer.app;

import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.ui.common.FxClipboard;
import io.connectorexplorer.ui.common.FxDialogService;
import io.connectorexplorer.ui.common.FxTaskRunner;
import io.connectorexplorer.ui.profile.FxMfaPrompt;
import io.connectorexplorer.ui.profile.SignInViewModel;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop app: wires the real services and opens the window. */
public final class ExplorerApplication extends Application {

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
