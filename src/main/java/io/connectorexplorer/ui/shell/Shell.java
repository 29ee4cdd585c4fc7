package io.connectorexplorer.ui.shell;

import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.ui.common.Theme;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Puts the main view on the stage: title, theme, remembered window state, and saving it on close. */
public final class Shell {

    private final Stage stage;
    private final MainView view;

    private Shell(Stage stage, MainView view) {
        this.stage = stage;
        this.view = view;
    }

    public static Shell show(
            Stage stage, MainView view, Settings settings, ObjectProperty<Theme> theme, ExplorerViewModel explorer) {
        Scene scene = new Scene(view);
        theme.get().apply(scene);
        theme.addListener((obs, old, t) -> {
            t.apply(scene);
            settings.put("theme", t.name());
        });
        stage.setScene(scene);
        view.guardFocus();
        stage.titleProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            AwsProfile p = view == null ? null : explorerProfile(explorer);
                            return p == null ? "Connector Explorer" : "Connector Explorer — " + p.name();
                        },
                        explorer.sessionProperty()));
        WindowState.restore(stage, view.split(), settings);
        stage.setOnHidden(e -> {
            WindowState.save(stage, view.split(), settings);
            settings.flush();
            explorer.shutdown();
        });
        stage.show();
        javafx.application.Platform.runLater(() -> WindowState.restoreSplit(view.split(), settings));
        return new Shell(stage, view);
    }

    private static AwsProfile explorerProfile(ExplorerViewModel explorer) {
        return explorer.getSession() == null ? null : explorer.getSession().profile();
    }

    public Stage stage() {
        return stage;
    }

    public MainView view() {
        return view;
    }
}
