package io.connectorexplorer.ui.shell;

import io.connectorexplorer.ui.common.ProblemBannerView;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.common.Theme;
import io.connectorexplorer.ui.connection.ConnectionExportViewModel;
import io.connectorexplorer.ui.connection.ConnectionsViewModel;
import io.connectorexplorer.ui.connector.ConnectorListView;
import io.connectorexplorer.ui.connector.ConnectorListViewModel;
import io.connectorexplorer.ui.export.ExportViewModel;
import io.connectorexplorer.ui.form.ConnectFormViewModel;
import io.connectorexplorer.ui.form.CreateProfileViewModel;
import io.connectorexplorer.ui.history.HistoryViewModel;
import io.connectorexplorer.ui.profile.AccountStatusViewModel;
import io.connectorexplorer.ui.profile.ProfileSwitcherView;
import io.connectorexplorer.ui.profile.ProfileSwitcherViewModel;
import io.connectorexplorer.ui.profile.SignInViewModel;
import io.connectorexplorer.ui.tree.ConfigTreeView;
import io.connectorexplorer.ui.tree.ConfigTreeViewModel;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The main window's layout: menus and toolbar, banners, list beside tabs, status bar. */
public final class MainView extends BorderPane {

    /** What the shell's view models and actions the window binds to. */
    public record Models(
            ExplorerViewModel explorer,
            ProfileSwitcherViewModel switcher,
            ConnectorListViewModel list,
            ConfigTreeViewModel tree,
            ExportViewModel export,
            StatusModel status,
            AccountStatusViewModel account,
            SignInViewModel signIn,
            ConnectFormViewModel connect,
            CreateProfileViewModel create,
            ConnectionsViewModel connections,
            ConnectionExportViewModel connectionExport,
            ConfigTreeViewModel connectionDetails,
            QuickSwitcherViewModel quickSwitcher,
            Runnable openInventory,
            Runnable compareWith,
            Runnable showChanges,
            ObservableBooleanValue canCompare,
            HistoryViewModel history,
            ObjectProperty<Theme> theme,
            AppInfo app,
            Consumer<Path> openFile,
            Runnable quit) {}

    private final SplitPane split;
    private final DetailTabs tabs;
    private final ConnectorListView listView;
    private final ConfigTreeView treeView;
    private final ProfileSwitcherView switcherView;
    private final QuickSwitcherView quickSwitcher;
    private FocusGuard focusGuard;

    public MainView(Models m) {
        setId("mainView");
        quickSwitcher = new QuickSwitcherView(m.quickSwitcher());
        listView = new ConnectorListView(m.list());
        treeView = new ConfigTreeView(m.tree());
        switcherView = new ProfileSwitcherView(m.switcher());
        tabs = new DetailTabs(m, treeView);
        split = new SplitPane(listView, tabs);
        split.setId("mainSplit");
        SplitPane.setResizableWithParent(listView, false);

        MainMenus menus = new MainMenus(m, this);
        treeView.addToContextMenu(menus.compareItem("compareTreeMenuItem"));
        setTop(new VBox(
                menus.menuBar(),
                new MainToolbar(m, switcherView),
                new DemoBannerView(
                        m.explorer().account().targetProperty(), m.explorer().profiles(), m.openFile()),
                new ProblemBannerView(m.status(), m.explorer()::retry)));
        setCenter(split);
        setBottom(MainStatusBar.of(m));
    }

    /** Keeps focus off the pickers unless the user puts it there; called once the view is in its scene. */
    void guardFocus() {
        focusGuard = FocusGuard.install(getScene(), switcherView.pickers(), listView::focusHome);
    }

    /** Ctrl+K: go to anything. */
    void openQuickSwitcher() {
        quickSwitcher.show(this);
    }

    /** Ctrl+P: the user asks for the profile picker. */
    void openProfilePicker() {
        if (focusGuard != null) {
            focusGuard.allow();
        }
        switcherView.openProfilePicker();
    }

    /** Whether the Connect tab is the one shown. */
    public ReadOnlyBooleanProperty connectTabSelectedProperty() {
        return tabs.connectTab().selectedProperty();
    }

    SplitPane split() {
        return split;
    }

    ConnectorListView listView() {
        return listView;
    }

    /** Shows the Configuration (0), Connect (1) or Connections (2) tab. */
    void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    /** Ctrl+F: the configuration's search, or on the Connections tab its filters. */
    void find() {
        tabs.find();
    }

    /** Shows the tab and puts the keyboard where its work is. */
    void openTab(int index) {
        tabs.open(index);
    }

    /** Whether the Connections tab is the one shown. */
    public ReadOnlyBooleanProperty connectionsTabSelectedProperty() {
        return tabs.connectionsTab().selectedProperty();
    }

    ConfigTreeView treeView() {
        return treeView;
    }

    ProfileSwitcherView switcherView() {
        return switcherView;
    }
}
