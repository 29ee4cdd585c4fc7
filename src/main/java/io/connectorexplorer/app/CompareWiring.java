package io.connectorexplorer.app;

import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.core.store.KeptTarget;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.common.Theme;
import io.connectorexplorer.ui.compare.CompareExportViewModel;
import io.connectorexplorer.ui.compare.CompareSource;
import io.connectorexplorer.ui.compare.CompareSubject;
import io.connectorexplorer.ui.compare.CompareTargetPickerViewModel;
import io.connectorexplorer.ui.compare.CompareView;
import io.connectorexplorer.ui.compare.CompareViewModel;
import io.connectorexplorer.ui.compare.CompareWindow;
import io.connectorexplorer.ui.compare.ConnectorSubject;
import io.connectorexplorer.ui.compare.FieldsSubject;
import io.connectorexplorer.ui.compare.ShownSource;
import io.connectorexplorer.ui.compare.SnapshotSource;
import io.connectorexplorer.ui.compare.TargetSource;
import io.connectorexplorer.ui.connection.ConnectionsViewModel;
import io.connectorexplorer.ui.connection.FieldsViewModel;
import io.connectorexplorer.ui.profile.ProfileSwitcherViewModel;
import io.connectorexplorer.ui.shell.ExplorerViewModel;
import io.connectorexplorer.ui.tree.ConfigTreeViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;

/**
 * The Compare window's part of the composition root, built the first time "Compare with…" (Ctrl+D) is asked for: what
 * the main window shows is the left side — the connector, or on the Connections tab the entity's fields shown there —
 * and any profile and region the right (read on the app's service-call pool), another connection, or an earlier
 * version from the history ({@link SnapshotSource}, {@link FieldsSubject}).
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
    private final ObjectProperty<FieldsViewModel.Shown> fieldsShown = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty onConnectionsTab = new SimpleBooleanProperty();
    private ConnectionsViewModel connections;
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
     * On the Connections tab ({@code tabShown}), the fields it shows are what Compare compares (Ctrl+D, Ctrl+Shift+H);
     * elsewhere, and before an entity's fields are read, the connector.
     */
    void compareFieldsOf(ConnectionsViewModel shownConnections, ObservableValue<Boolean> tabShown) {
        connections = shownConnections;
        fieldsShown.bind(shownConnections.fields().readProperty());
        onConnectionsTab.bind(tabShown);
    }

    /**
     * Whether there is something to compare: a connector shown, in an open account or, offline, as the history last
     * saw it; or an entity's fields on the Connections tab.
     */
    BooleanBinding canCompare() {
        return Bindings.createBooleanBinding(
                () -> tree.getDescription() != null
                        && (explorer.getSession() != null || explorer.account().getKept() != null),
                tree.descriptionProperty(),
                explorer.sessionProperty(),
                explorer.account().keptProperty(),
                fieldsShown,
                onConnectionsTab);
    }

    /** Compares what the main window shows: opens the window, or brings it up with that. */
    void open() {
        shown().ifPresent(s -> built().show(s.target(), s.subject(), s.source()));
    }

    /** "Show what changed": what the main window shows against the version the history kept before it. */
    void openChanges() {
        shown().ifPresent(s -> built().showChanges(s.target(), s.subject(), s.source()));
    }

    private record Shown(Target target, CompareSubject subject, CompareSource source) {}

    private java.util.Optional<Shown> shown() {
        return onConnectionsTab.get() && fieldsShown.get() != null ? shownFields() : shownConnector();
    }

    /** The entity's fields the Connections tab shows, in the account the window shows (or its history, offline). */
    private java.util.Optional<Shown> shownFields() {
        FieldsViewModel.Shown fields = fieldsShown.get();
        AccountSession session = explorer.getSession();
        KeptTarget kept = explorer.account().getKept();
        boolean live = fields.live() && session != null && session.target().equals(fields.target());
        boolean offline = !fields.live() && kept != null && kept.target().equals(fields.target());
        if (!live && !offline) {
            return shownConnector();
        }
        FieldsSubject subject = new FieldsSubject(
                services.sessions(),
                services.describeOutput(),
                services.history(),
                fields.query(),
                fields.entity().name(),
                fields.entity().displayName(),
                live
                        ? connections.getConnections().stream()
                                .map(io.connectorexplorer.core.connection.ConnectionSummary::name)
                                .toList()
                        : java.util.List.of());
        return java.util.Optional.of(new Shown(
                fields.target(),
                subject,
                live
                        ? subject.shown(session, fields.response())
                        : subject.shownKept(
                                kept, fields.asOf() != null ? fields.asOf() : kept.asOf(), fields.response())));
    }

    private java.util.Optional<Shown> shownConnector() {
        ConnectorDescription description = tree.getDescription();
        AccountSession session = explorer.getSession();
        KeptTarget kept = explorer.account().getKept();
        if (description == null || (session == null && kept == null)) {
            return java.util.Optional.empty();
        }
        var document = services.describeOutput().document(description);
        ConnectorSubject subject = new ConnectorSubject(
                description.key(),
                (target, connector) ->
                        new TargetSource(services.sessions(), services.describeOutput(), target, connector),
                SnapshotSource.of(services.history(), services.describeOutput()));
        return java.util.Optional.of(
                session != null
                        ? new Shown(session.target(), subject, new ShownSource(session, document))
                        : new Shown(kept.target(), subject, ShownSource.kept(kept, kept.asOf(), document)));
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
                switcher.getProfiles(), services.accounts().regions(), settings, tasks);
        CompareViewModel compare = new CompareViewModel(tasks, status, options.clipboard());
        CompareExportViewModel export = new CompareExportViewModel(
                tasks, services.fileWriter(), options.dialogs().apply(stage), status, options.clipboard(), compare);
        window = new CompareWindow(stage, new CompareView.Models(picker, compare, export, status), theme, settings);
    }
}
