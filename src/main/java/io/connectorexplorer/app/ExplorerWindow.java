package io.connectorexplorer.app;

import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.ConnectionState;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.search.SeenConnectors;
import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.DialogService;
import io.connectorexplorer.ui.common.FxConfirmation;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.common.TextClipboard;
import io.connectorexplorer.ui.common.Theme;
import io.connectorexplorer.ui.compare.CompareWindow;
import io.connectorexplorer.ui.connection.ConnectionExportViewModel;
import io.connectorexplorer.ui.connection.ConnectionsViewModel;
import io.connectorexplorer.ui.connector.ConnectorListViewModel;
import io.connectorexplorer.ui.export.ExportViewModel;
import io.connectorexplorer.ui.form.ConnectFormViewModel;
import io.connectorexplorer.ui.form.CreateProfileViewModel;
import io.connectorexplorer.ui.form.DiscardQuestion;
import io.connectorexplorer.ui.form.FxCreateConfirmation;
import io.connectorexplorer.ui.form.FxDiscardQuestion;
import io.connectorexplorer.ui.history.HistoryViewModel;
import io.connectorexplorer.ui.inventory.InventoryWindow;
import io.connectorexplorer.ui.profile.AccountStatusViewModel;
import io.connectorexplorer.ui.profile.DiscoveredAccountsViewModel;
import io.connectorexplorer.ui.profile.FxProfileNameQuestion;
import io.connectorexplorer.ui.profile.ProfileSwitcherViewModel;
import io.connectorexplorer.ui.profile.SignInView;
import io.connectorexplorer.ui.profile.SignInViewModel;
import io.connectorexplorer.ui.shell.AppInfo;
import io.connectorexplorer.ui.shell.ExplorerViewModel;
import io.connectorexplorer.ui.shell.MainView;
import io.connectorexplorer.ui.shell.QuickSwitcherViewModel;
import io.connectorexplorer.ui.shell.Shell;
import io.connectorexplorer.ui.tree.ConfigTreeViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/** Builds the window's view models and views from the shared services: the GUI's composition root. */
public final class ExplorerWindow {

    /**
     * What the window uses to reach the person and the desktop: dialogs, the clipboard, the browser for SSO sign-in,
     * and the question asked before a create (built from the window and the signed-in account's id).
     */
    public record Options(
            Function<Window, DialogService> dialogs,
            TextClipboard clipboard,
            SignInViewModel.Browser browser,
            BiFunction<Window, Supplier<String>, CreateProfileViewModel.CreateConfirmation> confirmations,
            Function<Window, DiscardQuestion> discardQuestions,
            Function<Window, DiscoveredAccountsViewModel.NameQuestion> nameQuestions) {

        /** No browser (sign-in falls back to a device code); the create, discard and name questions as dialogs. */
        public static Options of(Function<Window, DialogService> dialogs, TextClipboard clipboard) {
            return new Options(
                    dialogs,
                    clipboard,
                    page -> false,
                    FxCreateConfirmation::new,
                    FxDiscardQuestion::new,
                    FxProfileNameQuestion::new);
        }

        public Options withBrowser(SignInViewModel.Browser systemBrowser) {
            return new Options(dialogs, clipboard, systemBrowser, confirmations, discardQuestions, nameQuestions);
        }

        /** {@code confirmation} answers "Create connector profile?" instead of a dialog. */
        public Options withConfirmation(CreateProfileViewModel.CreateConfirmation confirmation) {
            return new Options(
                    dialogs, clipboard, browser, (owner, accountId) -> confirmation, discardQuestions, nameQuestions);
        }

        /** {@code question} answers "Discard the connection form?" instead of a dialog. */
        public Options withDiscardQuestion(DiscardQuestion question) {
            return new Options(dialogs, clipboard, browser, confirmations, owner -> question, nameQuestions);
        }

        /** {@code question} asks the name for "Save as profile…" instead of a dialog. */
        public Options withNameQuestion(DiscoveredAccountsViewModel.NameQuestion question) {
            return new Options(dialogs, clipboard, browser, confirmations, discardQuestions, owner -> question);
        }
    }

    private final ExplorerViewModel explorer;
    private final ConnectFormViewModel connect;
    private final Shell shell;
    private final InventoryWiring inventory;
    private final CompareWiring compare;

    private ExplorerWindow(
            ExplorerViewModel explorer,
            ConnectFormViewModel connect,
            Shell shell,
            InventoryWiring inventory,
            CompareWiring compare) {
        this.explorer = explorer;
        this.connect = connect;
        this.shell = shell;
        this.inventory = inventory;
        this.compare = compare;
    }

    /** Builds and shows the window on {@code stage}, then starts loading the first account. */
    public static ExplorerWindow open(
            Stage stage, Services services, Settings settings, TaskRunner tasks, Options options) {
        ObjectProperty<Theme> theme =
                new SimpleObjectProperty<>(Theme.parse(settings.get("theme").orElse("LIGHT")));
        theme.get().useForControls(); // before any control exists
        // Each problem shown also goes to the diagnostic log, which writes on its own thread.
        StatusModel status = LoggedStatus.of(services);
        TextClipboard clipboard = options.clipboard();
        DialogService dialogs = options.dialogs().apply(stage);
        ConnectorListViewModel list = new ConnectorListViewModel();
        SeenConnectors seen = new SeenConnectors();
        ConfigTreeViewModel tree =
                new ConfigTreeViewModel(services.configurationSchema(), ZoneId.systemDefault(), clipboard, status);
        ProfileSwitcherViewModel switcher = new ProfileSwitcherViewModel(
                settings, services.accounts().regions(), services.sessions().fallbackRegion());
        ExplorerViewModel explorer = new ExplorerViewModel(
                services.profiles(), services.sessions(), tasks, status, list, tree, switcher, settings, seen);
        Supplier<AccountSession> session = explorer::getSession;
        ExportViewModel export = new ExportViewModel(
                tasks,
                services.describeOutput(),
                services.fileWriter(),
                dialogs,
                clipboard,
                status,
                session,
                list.getConnectors(),
                tree.descriptionProperty());
        export.setKept(() -> explorer.account().getKept());
        // A sign-in the Inventory window asked for reloads the main window only when it needs one too (a reload would
        // lose what the Connect form holds); the inventory asks that profile's targets again.
        boolean[] inventoryAsked = {false};
        InventoryWiring[] inventory = {null};
        SignInViewModel signIn = new SignInViewModel(services.signIn(), tasks, status, options.browser(), () -> {
            if (!inventoryAsked[0] || explorer.getState() instanceof ConnectionState.NeedsSignIn) {
                explorer.reload();
            }
            inventoryAsked[0] = false;
            inventory[0].signedIn();
        });
        explorer.setSignInAction(profile -> {
            inventoryAsked[0] = false;
            signIn.signIn(profile);
        });
        // A target out of reach shows what the history last saw of it; a history that cannot be used says so once.
        explorer.setHistory(services.history()::kept);
        explorer.setChanges(services.history()::changes);
        services.history()
                .whenUnavailable(why -> tasks.onUiThread(() -> status.info("No history this run: " + why.message())));
        inventory[0] = new InventoryWiring(
                stage, services, settings, tasks, options, theme, seen, switcher, explorer, profile -> {
                    inventoryAsked[0] = true;
                    signIn.signIn(profile);
                });
        CompareWiring compare =
                new CompareWiring(stage, services, settings, tasks, options, theme, switcher, explorer, tree);
        SignInView.follow(signIn, options.browser(), stage, clipboard::putText);
        AccountStatusViewModel accountStatus =
                new AccountStatusViewModel(tasks, explorer.sessionProperty(), explorer.stateProperty());
        ConnectFormViewModel connect = new ConnectFormViewModel(services::appflowModel);
        CreateProfileViewModel create = new CreateProfileViewModel(
                connect,
                tasks,
                status,
                clipboard,
                dialogs,
                services.fileWriter(),
                session,
                options.confirmations().apply(stage, () -> accountId(session.get())));
        // Once: a stage can outlive its window (tests open one window after another on the same stage), and a
        // handler left on it would keep every closed window alive.
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
                connect.clear();
                inventory[0].close();
                compare.close();
            }
        });
        explorer.profiles().discovered().setNameQuestion(options.nameQuestions().apply(stage));
        DiscardQuestion discard = options.discardQuestions().apply(stage);
        switcher.setMayLeave((profile, region) -> {
            Target next = new Target(profile, region);
            String instead =
                    (next.equals(explorer.account().getTarget()) ? "reload " : "switch to ") + next.displayName();
            return !connect.hasTypedValues()
                    || discard.discard(connect.getSpec().connectorName(), instead);
        });
        ConnectionsViewModel connections =
                new ConnectionsViewModel(tasks, status, clipboard, ExplorerWindow::connectionShape);
        connections.entities().setQuestion(new FxConfirmation(stage));
        ConfigTreeViewModel connectionDetails =
                new ConfigTreeViewModel(services.configurationSchema(), ZoneId.systemDefault(), clipboard, status);
        AppInfo app = new AppInfo(version(), services.settingsFolder(), services.logFolder());
        HistoryViewModel history = new HistoryViewModel(tasks, status, services.history()::store);
        history.setQuestion(new FxConfirmation(stage));
        MainView view = new MainView(new MainView.Models(
                explorer,
                switcher,
                list,
                tree,
                export,
                status,
                accountStatus,
                signIn,
                connect,
                create,
                connections,
                new ConnectionExportViewModel(
                        tasks, services.describeOutput(), services.fileWriter(), dialogs, status, connections),
                connectionDetails,
                new QuickSwitcherViewModel(switcher, explorer, seen),
                inventory[0]::open,
                compare::open,
                compare::openChanges,
                compare.canCompare(),
                history,
                theme,
                app,
                path -> open(path, app, options.browser()),
                stage::close));
        connect.follow(tree.descriptionProperty(), view.connectTabSelectedProperty());
        connections.follow(
                tree.descriptionProperty(),
                explorer.sessionProperty(),
                explorer.account().keptProperty(),
                target -> new io.connectorexplorer.core.store.KeptConnections(services.history(), target),
                view.connectionsTabSelectedProperty());
        compare.compareFieldsOf(connections, view.connectionsTabSelectedProperty());
        create.createdProperty().addListener((obs, old, made) -> {
            if (made != null) {
                connections.created(made.profileName());
            }
        });
        Shell shell = Shell.show(stage, view, settings, theme, explorer);
        explorer.start();
        return new ExplorerWindow(explorer, connect, shell, inventory[0], compare);
    }

    /** The shape of one connection (a ConnectorProfile), as the SDK knows it. */
    private static io.connectorexplorer.core.json.WireSchema connectionShape() {
        var response = io.connectorexplorer.infra.appflow.SdkWireSchemas.response("DescribeConnectorProfiles");
        return response instanceof io.connectorexplorer.core.json.WireSchema.Structure s
                        && s.member("connectorProfileDetails")
                                instanceof io.connectorexplorer.core.json.WireSchema.ListOf list
                ? list.member()
                : io.connectorexplorer.core.json.WireSchema.UNKNOWN;
    }

    /** Opens a file or folder with the desktop; the log folder is made first (the log starts at its first line). */
    private static void open(Path path, AppInfo app, SignInViewModel.Browser desktop) {
        if (path.equals(app.logFolder())) {
            try {
                Files.createDirectories(path);
            } catch (IOException e) {
                // The desktop then says it cannot open it; nothing else to do here.
            }
        }
        desktop.open(path.toUri());
    }

    private static String version() {
        String version = ExplorerWindow.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    private static String accountId(AccountSession session) {
        return session == null ? null : session.accountId().orElse(null);
    }

    public ExplorerViewModel explorer() {
        return explorer;
    }

    /** The Connect tab's form. */
    public ConnectFormViewModel connect() {
        return connect;
    }

    public Shell shell() {
        return shell;
    }

    /** The Inventory window, once View ▸ Inventory opened it; null before. */
    public InventoryWindow inventory() {
        return inventory.window();
    }

    /** The Compare window, once "Compare with…" opened it; null before. */
    public CompareWindow compare() {
        return compare.window();
    }
}
