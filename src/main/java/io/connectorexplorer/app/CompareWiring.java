package io.connectorexplorer.app;

import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.core.store.KeptTarget;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.common.Theme;
import io.connectorexplorer.ui.compare.CompareExportViewModel;
import io.connectorexplorer.ui.compare.CompareSource;
import io.connectorexplorer.ui.compare.CompareTargetPickerViewModel;
import io.connectorexplorer.ui.compare.CompareView;
import io.connectorexplorer.ui.compare.CompareViewModel;
import io.connectorexplorer.ui.compare.CompareWindow;
import io.connectorexplorer.ui.compare.ShownSource;
import io.connectorexplorer.ui.compare.SnapshotSource;
import io.connectorexplorer.ui.compare.TargetSource;
import io.connectorexplorer.ui.profile.ProfileSwitcherViewModel;
import io.connectorexplorer.ui.shell.ExplorerViewModel;
import io.connectorexplorer.ui.tree.ConfigTreeViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.stage.Stage;

/**
 * The Compare window's part of the composition root, built the first time "Compare with…" (Ctrl+D) is asked for: the
 * connector the main window shows is the left side, any profile and region the right (a describe on the app's
 * service-call pool), and earlier versions of it from the history ({@link SnapshotSource}).
 */
final class CompareWiring {

    private final Stage main;
    private final Services services;
    private final Settings settings;
    private final TaskRunner tasks;
    private final ExplorerWindow.Options options;
    private final ObjectProperty<Theme> theme;
    private final ProfileSwitcherViewModel switcher;
    private final ExplorerViewModel explorer;
    private final ConfigTreeViewModel tree;
    private CompareWindow window;

    CompareWiring(
            Stage main,
            Services services,
            Settings settings,
            TaskRunner tasks,
            ExplorerWindow.Options options,
            ObjectProperty<Theme> theme,
            ProfileSwitcherViewModel switcher,
            ExplorerViewModel explorer,
            ConfigTreeViewModel tree) {
        this.main = main;
        this.services = services;
        this.settings = settings;
        this.tasks = tasks;
        this.options = options;
        this.theme = theme;
        this.switcher = switcher;
        this.explorer = explorer;
        this.tree = tree;
    }

    /**
     * Whether there is a connector to compare: one is shown, in an open account or, offline, as the history last saw
     * it.
     */
    BooleanBinding canCompare() {
        return Bindings.createBooleanBinding(
                () -> tree.getDescription() != null
                        && (explorer.getSession() != null || explorer.account().getKept() != null),
                tree.descriptionProperty(),
                explorer.sessionProperty(),
                explorer.account().keptProperty());
    }

    /** Compares the connector the main window shows: opens the window, or brings it up with that connector. */
    void open() {
        shown().ifPresent(s -> built().show(s.target(), s.connector(), s.source()));
    }

    /** "Show what changed": the connector the main window shows against the version the history kept before it. */
    void openChanges() {
        shown().ifPresent(s -> built().showChanges(s.target(), s.connector(), s.source()));
    }

    private record Shown(Target target, ConnectorKey connector, CompareSource source) {}

    private java.util.Optional<Shown> shown() {
        ConnectorDescription description = tree.getDescription();
        AccountSession session = explorer.getSession();
        KeptTarget kept = explorer.account().getKept();
        if (description == null || (session == null && kept == null)) {
            return java.util.Optional.empty();
        }
        var document = services.describeOutput().document(description);
        return java.util.Optional.of(
                session != null
                        ? new Shown(session.target(), description.key(), new ShownSource(session, document))
                        : new Shown(kept.target(), description.key(), ShownSource.kept(kept, kept.asOf(), document)));
    }

    void close() {
        if (window != null) {
            window.stage().close();
        }
    }

    /** The window, once it was opened; null before. */
    CompareWindow window() {
        return window;
    }

    private CompareWindow built() {
        if (window == null) {
            build();
        }
        return window;
    }

    private void build() {
        Stage stage = new Stage();
        stage.getIcons().setAll(main.getIcons());
        StatusModel status = LoggedStatus.of(services);
        CompareTargetPickerViewModel picker = new CompareTargetPickerViewModel(
                switcher.getProfiles(),
                services.accounts().regions(),
                settings,
                tasks,
                SnapshotSource.of(services.history(), services.describeOutput()),
                (target, connector) ->
                        new TargetSource(services.sessions(), services.describeOutput(), target, connector));
        CompareViewModel compare = new CompareViewModel(tasks, status, options.clipboard());
        CompareExportViewModel export = new CompareExportViewModel(
                tasks, services.fileWriter(), options.dialogs().apply(stage), status, options.clipboard(), compare);
        window = new CompareWindow(stage, new CompareView.Models(picker, compare, export, status), theme, settings);
    }
}
