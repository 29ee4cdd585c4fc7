package io.connectorexplorer.app;

import io.connectorexplorer.core.inventory.FleetInventory;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.search.SeenConnectors;
import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.DialogService;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.common.Theme;
import io.connectorexplorer.ui.inventory.InventoryExportViewModel;
import io.connectorexplorer.ui.inventory.InventorySource;
import io.connectorexplorer.ui.inventory.InventoryView;
import io.connectorexplorer.ui.inventory.InventoryViewModel;
import io.connectorexplorer.ui.inventory.InventoryWindow;
import io.connectorexplorer.ui.inventory.NextPulse;
import io.connectorexplorer.ui.inventory.TargetPickerViewModel;
import io.connectorexplorer.ui.profile.ProfileSwitcherViewModel;
import io.connectorexplorer.ui.shell.ExplorerViewModel;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.stage.Stage;

/**
 * The Inventory window's part of the composition root, built the first time it is opened (View ▸ Inventory, Ctrl+I):
 * the fan-out over the app's one service-call pool, the window's view models, and what it reaches in the main window
 * — its profiles, its sign-in, the connectors seen (for go to anything), and opening a connector there.
 */
final class InventoryWiring {

    private final Stage main;
    private final Services services;
    private final Settings settings;
    private final TaskRunner tasks;
    private final ExplorerWindow.Options options;
    private final ObjectProperty<Theme> theme;
    private final SeenConnectors seen;
    private final ProfileSwitcherViewModel switcher;
    private final ExplorerViewModel explorer;
    private final Consumer<AwsProfile> signIn;
    private InventoryWindow window;
    private InventoryViewModel inventory;
    private TargetPickerViewModel picker;

    InventoryWiring(
            Stage main,
            Services services,
            Settings settings,
            TaskRunner tasks,
            ExplorerWindow.Options options,
            ObjectProperty<Theme> theme,
            SeenConnectors seen,
            ProfileSwitcherViewModel switcher,
            ExplorerViewModel explorer,
            Consumer<AwsProfile> signIn) {
        this.main = main;
        this.services = services;
        this.settings = settings;
        this.tasks = tasks;
        this.options = options;
        this.theme = theme;
        this.seen = seen;
        this.switcher = switcher;
        this.explorer = explorer;
        this.signIn = signIn;
    }

    /** Opens the window (the main window's profile and region ticked the first time), or brings it to the front. */
    void open() {
        if (window == null) {
            build();
        }
        picker.open(switcher.getProfile(), switcher.getRegion());
        window.show();
    }

    /** A sign-in succeeded: the inventory asks again the targets it asked the sign-in for. */
    void signedIn() {
        if (inventory != null) {
            inventory.signedIn();
        }
    }

    void close() {
        if (window != null) {
            window.stage().close();
        }
    }

    /** The window, once it was opened; null before. */
    InventoryWindow window() {
        return window;
    }

    private void build() {
        Stage stage = new Stage();
        stage.getIcons().setAll(main.getIcons());
        StatusModel status = LoggedStatus.of(services);
        DialogService dialogs = options.dialogs().apply(stage);
        picker = new TargetPickerViewModel(
                switcher.getProfiles(), services.accounts().regions(), settings);
        inventory = new InventoryViewModel(
                InventorySource.of(new FleetInventory(services.sessions())),
                tasks::onUiThread,
                new NextPulse(),
                seen,
                (target, connector) -> {
                    // In front first: a question about what the Connect form holds is asked over it.
                    main.setIconified(false);
                    main.toFront();
                    main.requestFocus();
                    explorer.goTo(target, connector);
                },
                signIn,
                status);
        if (TimingMarks.ON) {
            TimingMarks.watchInventory(inventory.runningProperty(), inventory.progressTextProperty());
        }
        InventoryExportViewModel export =
                new InventoryExportViewModel(tasks, services.fileWriter(), dialogs, status, inventory.matrix());
        window = new InventoryWindow(
                stage, new InventoryView.Models(picker, inventory, export, status), theme, settings);
    }
}
