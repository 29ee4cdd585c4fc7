package io.connectorexplorer.app;

import javafx.application.Application;
import javafx.stage.Stage;

public final class ExplorerApplication extends Application {
    static void launchWindow(String[] args) { Application.launch(ExplorerApplication.class, args); }
    @Override public void start(Stage stage) { stage.show(); }
}
