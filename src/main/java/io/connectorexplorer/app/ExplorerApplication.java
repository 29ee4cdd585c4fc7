package io.connectorexplorer.app;

import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.ui.common.FxClipboard;
import io.connectorexplorer.ui.common.FxDialogService;
import io.connectorexplorer.ui.common.FxTaskRunner;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop app: wires the real services and opens the window. */
public final class ExplorerApplication extends Application {

    private Services services;
    private FxTaskRunner tasks;

    static void launchWindow(String[] args) {
        Application.launch(ExplorerApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        services = Services.create(AwsEnvironment.system(), AppFlowAccounts.Timeouts.DEFAULT);
        tasks = new FxTaskRunner();
        Settings settings = services.openSettings();
        ExplorerWindow.open(stage, services, settings, tasks, FxDialogService::new, new FxClipboard());
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
