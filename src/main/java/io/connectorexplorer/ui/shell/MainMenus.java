package io.connectorexplorer.ui.shell;

import io.connectorexplorer.ui.common.Theme;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The menu bar; every action has its keyboard shortcut here. */
final class MainMenus {

    private final MenuBar menuBar;
    private final MainView.Models models;

    MainMenus(MainView.Models m, MainView view) {
        this.models = m;
        MenuItem export =
                item("Export configuration…", "exportMenuItem", shortcut(KeyCode.E), m.export()::exportSelected);
        export.disableProperty().bind(m.export().canExportSelectedProperty().not());
        MenuItem exportAll =
                item("Export all connectors…", "exportAllMenuItem", shortcutShift(KeyCode.E), m.export()::exportAll);
        exportAll.disableProperty().bind(m.export().canExportAllProperty().not());
        MenuItem copyJson =
                item("Copy as JSON", "copyJsonMenuItem", shortcutShift(KeyCode.J), m.export()::copySelectedAsJson);
        copyJson.disableProperty().bind(m.export().canExportSelectedProperty().not());
        MenuItem cancel = item("Cancel export", "cancelExportMenuItem", null, m.export()::cancelExport);
        cancel.disableProperty().bind(m.export().exportingProperty().not());
        MenuItem quit = item("Quit", "quitMenuItem", shortcut(KeyCode.Q), m.quit());
        Menu file = new Menu("_File", null, export, exportAll, copyJson, cancel, new SeparatorMenuItem(), quit);

        MenuItem reload =
                item("Reload", "reloadMenuItem", new KeyCodeCombination(KeyCode.F5), m.explorer()::reloadAsked);
        MenuItem filter = item(
                "Filter connectors",
                "filterMenuItem",
                shortcut(KeyCode.L),
                () -> view.listView().focusFilter());
        MenuItem find = item("Find", "findMenuItem", shortcut(KeyCode.F), view::find);
        MenuItem expand = item(
                "Expand all",
                "expandAllMenuItem",
                shortcutShift(KeyCode.EQUALS),
                () -> view.treeView().expandAll());
        MenuItem collapse = item(
                "Collapse all",
                "collapseAllMenuItem",
                shortcutShift(KeyCode.MINUS),
                () -> view.treeView().collapseAll());
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("darkThemeMenuItem");
        dark.setAccelerator(shortcutShift(KeyCode.D));
        dark.setSelected(m.theme().get() == Theme.DARK);
        dark.selectedProperty().addListener((obs, old, on) -> m.theme().set(on ? Theme.DARK : Theme.LIGHT));
        m.theme().addListener((obs, old, t) -> dark.setSelected(t == Theme.DARK));
        MenuItem showTree =
                item("Configuration", "showConfigurationMenuItem", shortcut(KeyCode.DIGIT1), () -> view.openTab(0));
        MenuItem showConnect = item("Connect", "showConnectMenuItem", shortcut(KeyCode.DIGIT2), () -> view.openTab(1));
        MenuItem showConnections =
                item("Connections", "showConnectionsMenuItem", shortcut(KeyCode.DIGIT3), () -> view.openTab(2));
        MenuItem inventory = item("Inventory…", "inventoryMenuItem", shortcut(KeyCode.I), m.openInventory());
        Menu viewMenu = new Menu(
                "_View",
                null,
                reload,
                new SeparatorMenuItem(),
                showTree,
                showConnect,
                showConnections,
                inventory,
                compareItem("compareMenuItem"),
                showChangesItem(m),
                new SeparatorMenuItem(),
                filter,
                find,
                expand,
                collapse,
                new SeparatorMenuItem(),
                dark);

        MenuItem goTo = item("Go to anything…", "goToAnythingMenuItem", shortcut(KeyCode.K), view::openQuickSwitcher);
        MenuItem profile =
                item("Choose profile…", "chooseProfileMenuItem", shortcut(KeyCode.P), view::openProfilePicker);
        MenuItem signIn = item(
                "Sign in (SSO)…",
                "signInMenuItem",
                null,
                () -> m.signIn().signIn(m.switcher().getProfile()));
        signIn.disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> m.switcher().getProfile() == null
                                || m.signIn().isSigningIn()
                                || m.switcher().getProfile().kind()
                                        != io.connectorexplorer.core.profile.ProfileKind.SSO,
                        m.switcher().profileProperty(),
                        m.signIn().signingInProperty()));
        var discovered = m.explorer().profiles().discovered();
        MenuItem saveProfile = item(
                "Save as profile…",
                "saveAsProfileMenuItem",
                null,
                () -> discovered.save(m.switcher().getProfile(), m.switcher().getRegion()));
        saveProfile
                .disableProperty()
                .bind(discovered.canSave(m.switcher().profileProperty()).not());
        MenuItem forget = item(
                "Forget this account's history…",
                "forgetHistoryMenuItem",
                null,
                () -> m.history().forgetAccountOf(m.explorer().account().getTarget()));
        forget.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> m.explorer().account().getTarget() == null
                                || m.explorer().account().getTarget().profile().isDemo(),
                        m.explorer().account().targetProperty()));
        MenuItem clearHistory = item("Clear history…", "clearHistoryMenuItem", null, m.history()::clearAll);
        Menu account = new Menu(
                "_Account",
                null,
                goTo,
                profile,
                signIn,
                new SeparatorMenuItem(),
                saveProfile,
                new SeparatorMenuItem(),
                forget,
                clearHistory);

        MenuItem shortcuts = item(
                "Keyboard shortcuts",
                "shortcutsMenuItem",
                new KeyCodeCombination(KeyCode.F1),
                () -> showShortcuts(view));
        MenuItem logFolder = item(
                "Open log folder",
                "openLogFolderMenuItem",
                null,
                () -> m.openFile().accept(m.app().logFolder()));
        MenuItem about = item(
                "About Connector Explorer",
                "aboutMenuItem",
                null,
                () -> HelpDialogs.showAbout(view.getScene().getWindow(), m.app()));
        Menu help = new Menu("_Help", null, shortcuts, logFolder, new SeparatorMenuItem(), about);

        menuBar = new MenuBar(file, viewMenu, account, help);
        menuBar.setId("menuBar");
        menuBar.setUseSystemMenuBar(true);
    }

    /**
     * "Compare with…" (Ctrl+D): the connector shown against another profile or region, in the Compare window. The
     * menu's and the tree's context menu's copies show the same accelerator; the scene keeps one action for it.
     */
    MenuItem compareItem(String id) {
        MenuItem compare = item("Compare with…", id, shortcut(KeyCode.D), models.compareWith());
        compare.disableProperty().bind(javafx.beans.binding.Bindings.not(models.canCompare()));
        return compare;
    }

    /** "Show what changed" (Ctrl+Shift+H): the connector shown against the version the history kept before it. */
    private static MenuItem showChangesItem(MainView.Models m) {
        MenuItem item = item("Show what changed", "showChangesMenuItem", shortcutShift(KeyCode.H), m.showChanges());
        item.disableProperty().bind(javafx.beans.binding.Bindings.not(m.canCompare()));
        return item;
    }

    private void showShortcuts(MainView view) {
        HelpDialogs.showShortcuts(view.getScene().getWindow(), menuBar);
    }

    MenuBar menuBar() {
        return menuBar;
    }

    private static MenuItem item(String text, String id, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shortcutShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
