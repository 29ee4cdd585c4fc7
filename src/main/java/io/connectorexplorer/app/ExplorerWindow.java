package io.connectorexplorer.app;

import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.DialogService;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.common.TextClipboard;
import io.connectorexplorer.ui.common.Theme;
import io.connectorexplorer.ui.connector.ConnectorListViewModel;
import io.connectorexplorer.ui.export.ExportViewModel;
import io.connectorexplorer.ui.form.ConnectFormViewModel;
import io.connectorexplorer.ui.form.FxCreateConfirmation;
import io.connectorexplorer.ui.profile.AccountStatusViewModel;
import io.connectorexplorer.ui.profile.ProfileSwitcherViewModel;
import io.connectorexplorer.ui.profile.SignInView;
import io.connectorexplorer.ui.profile.SignInViewModel;
import io.connectorexplorer.ui.shell.ExplorerViewModel;
import io.connectorexplorer.ui.shell.MainView;
import io.connectorexplorer.ui.shell.Shell;
import io.connectorexplorer.ui.tree.ConfigTreeViewModel;
import java.time.ZoneId;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Builds the window's view models and views from the shared services: the GUI's composition root. */
public final class ExplorerWindow {

    private final ExplorerViewModel explorer;
    private final ConnectFormViewModel connect;
    private final Shell shell;

    private ExplorerWindow(ExplorerViewModel explorer, ConnectFormViewModel connect, Shell shell) {
        this.explorer = explorer;
        this.connect = connect;
        this.shell = shell;
    }

    /** Builds and shows the window on {@code stage}, then starts loading the first account. */
    public static ExplorerWindow open(
            Stage stage,
            Services services,
            Settings settings,
            TaskRunner tasks,
            Function<Window, DialogService> dialogs,
            TextClipboard clipboard) {
        return open(stage, services, settings, tasks, dialogs, clipboard, page -> false);
    }

    public static ExplorerWindow open(
            Stage stage,
            Services services,
            Settings settings,
            TaskRunner tasks,
            Function<Window, DialogService> dialogs,
            TextClipboard clipboard,
            SignInViewModel.Browser browser) {
        return open(stage, services, settings, tasks, dialogs, clipboard, browser, FxCreateConfirmation::new);
    }

    /** As the app opens it, but {@code confirmation} answers "Create connector profile?" instead of a dialog. */
    public static ExplorerWindow open(
            Stage stage,
            Services services,
            Settings settings,
            TaskRunner tasks,
            Function<Window, DialogService> dialogs,
            TextClipboard clipboard,
            ConnectFormViewModel.CreateConfirmation confirmation) {
        return open(
                stage,
                services,
                settings,
                tasks,
                dialogs,
                clipboard,
                page -> false,
                (owner, accountId) -> confirmation);
    }

    /** {@code confirmations} builds the create question from the window and the signed-in account's id. */
    private static ExplorerWindow open(
            Stage stage,
            Services services,
            Settings settings,
            TaskRunner tasks,
            Function<Window, DialogService> dialogs,
            TextClipboard clipboard,
            SignInViewModel.Browser browser,
            BiFunction<Window, Supplier<String>, ConnectFormViewModel.CreateConfirmation> confirmations) {
        ObjectProperty<Theme> theme =
                new SimpleObjectProperty<>(Theme.parse(settings.get("theme").orElse("LIGHT")));
        theme.get().useForControls(); // before any control exists
        StatusModel status = new StatusModel();
        ConnectorListViewModel list = new ConnectorListViewModel();
        ConfigTreeViewModel tree =
                new ConfigTreeViewModel(services.configurationSchema(), ZoneId.systemDefault(), clipboard, status);
        ProfileSwitcherViewModel switcher = new ProfileSwitcherViewModel(
                settings, services.accounts().regions(), services.accounts().fallbackRegion());
        ExplorerViewModel explorer =
                new ExplorerViewModel(services.profiles(), services.accounts(), tasks, status, list, tree, switcher);
        ExportViewModel export = new ExportViewModel(
                tasks,
                services.describeOutput(),
                services.fileWriter(),
                dialogs.apply(stage),
                clipboard,
                status,
                explorer::getSession,
                list.getConnectors(),
                tree.descriptionProperty());
        SignInViewModel signIn = new SignInViewModel(services.signIn(), tasks, status, browser, explorer::reload);
        explorer.setSignInAction(signIn::signIn);
        SignInView.follow(signIn, browser, stage, clipboard::putText);
        AccountStatusViewModel accountStatus =
                new AccountStatusViewModel(tasks, explorer.sessionProperty(), explorer.stateProperty());
        ConnectFormViewModel connect = new ConnectFormViewModel(
                services::appflowModel,
                tasks,
                status,
                clipboard,
                dialogs.apply(stage),
                services.fileWriter(),
                explorer::getSession,
                confirmations.apply(
                        stage,
                        () -> accountStatus.getIdentity() == null
                                ? null
                                : accountStatus.getIdentity().account()));
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> connect.clear());
        MainView view = new MainView(new MainView.Models(
                explorer, switcher, list, tree, export, status, accountStatus, signIn, connect, theme, stage::close));
        showInConnectForm(tree, view.connectTabSelectedProperty(), connect);
        Shell shell = Shell.show(stage, view, settings, theme, explorer);
        explorer.start();
        return new ExplorerWindow(explorer, connect, shell);
    }

    /**
     * The Connect form follows the connector shown in the tree, but is only built while its tab is open (a form of
     * 2,000 parameters takes a while to check and preview); a new connector wipes what was typed either way.
     */
    private static void showInConnectForm(
            ConfigTreeViewModel tree, ObservableValue<Boolean> tabOpen, ConnectFormViewModel connect) {
        ConnectorDescription[] inForm = new ConnectorDescription[1];
        tree.descriptionProperty().addListener((obs, old, shown) -> {
            if (shown == null || old == null || !shown.key().equals(old.key())) {
                inForm[0] = tabOpen.getValue() ? shown : null;
                connect.show(inForm[0]);
            }
        });
        tabOpen.addListener((obs, was, open) -> {
            ConnectorDescription shown = tree.getDescription();
            if (open && shown != null && (inForm[0] == null || !inForm[0].key().equals(shown.key()))) {
                inForm[0] = shown;
                connect.show(shown);
            }
        });
    }

    public ExplorerViewModel explorer() {
        return explorer;
    }

    /** The Connect tab's view model. */
    public ConnectFormViewModel connect() {
        return connect;
    }

    public Shell shell() {
        return shell;
    }
}
