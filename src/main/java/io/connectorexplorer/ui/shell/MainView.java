package io.connectorexplorer.ui.shell;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.ui.common.ProblemBannerView;
import io.connectorexplorer.ui.common.StatusBarView;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.common.Theme;
import io.connectorexplorer.ui.connector.ConnectorListView;
import io.connectorexplorer.ui.connector.ConnectorListViewModel;
import io.connectorexplorer.ui.export.ExportViewModel;
import io.connectorexplorer.ui.form.ConnectFormView;
import io.connectorexplorer.ui.form.ConnectFormViewModel;
import io.connectorexplorer.ui.profile.AccountStatusViewModel;
import io.connectorexplorer.ui.profile.ProfileSwitcherView;
import io.connectorexplorer.ui.profile.ProfileSwitcherViewModel;
import io.connectorexplorer.ui.profile.SignInViewModel;
import io.connectorexplorer.ui.tree.ConfigTreeView;
import io.connectorexplorer.ui.tree.ConfigTreeViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's layout: menus and toolbar, banners, list beside tree, status bar. */
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
            ObjectProperty<Theme> theme,
            Runnable quit) {}

    private final SplitPane split;
    private final TabPane tabs;
    private final Tab connectTab;
    private final ConnectorListView listView;
    private final ConfigTreeView treeView;
    private final ProfileSwitcherView switcherView;

    /** Whether the Connect tab is the one shown. */
    public ReadOnlyBooleanProperty connectTabSelectedProperty() {
        return connectTab.selectedProperty();
    }

    public MainView(Models m) {
        setId("mainView");
        listView = new ConnectorListView(m.list());
        treeView = new ConfigTreeView(m.tree());
        switcherView = new ProfileSwitcherView(m.switcher());
        Tab configuration = new Tab("Configuration", treeView);
        configuration.setId("configurationTab");
        configuration.setClosable(false);
        // Built when first selected: a form the window does not show yet only slows its first appearance.
        Tab connect = new Tab("Connect");
        connect.setId("connectTab");
        connect.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && connect.getContent() == null) {
                connect.setContent(new ConnectFormView(m.connect()));
            }
        });
        connect.setClosable(false);
        connectTab = connect;
        tabs = new TabPane(configuration, connect);
        tabs.setId("detailTabs");
        split = new SplitPane(listView, tabs);
        split.setId("mainSplit");
        SplitPane.setResizableWithParent(listView, false);

        MainMenus menus = new MainMenus(m, this);
        VBox top = new VBox(
                menus.menuBar(), toolbar(m), demoBanner(m), new ProblemBannerView(m.status(), m.explorer()::retry));
        setTop(top);
        setCenter(split);
        setBottom(new StatusBarView(
                m.status(),
                Bindings.createStringBinding(
                        () -> m.switcher().getProfile() == null
                                ? "No profile"
                                : m.switcher().getProfile().name(),
                        m.switcher().profileProperty()),
                m.switcher().regionProperty(),
                m.account().stateTextProperty(),
                m.account().identityTextProperty(),
                Bindings.createStringBinding(
                        () -> m.explorer().getSession() == null
                                ? ""
                                : m.explorer().getSession().endpointDescription(),
                        m.explorer().sessionProperty())));
    }

    private ToolBar toolbar(Models m) {
        Button reload =
                button("reloadButton", Feather.REFRESH_CW, "Reload from the service (F5)", m.explorer()::reload);
        Button export =
                button("exportButton", Feather.DOWNLOAD, "Export configuration (Ctrl+E)", m.export()::exportSelected);
        export.disableProperty().bind(m.export().canExportSelectedProperty().not());
        Button copy = button(
                "copyJsonButton", Feather.CLIPBOARD, "Copy as JSON (Ctrl+Shift+J)", m.export()::copySelectedAsJson);
        copy.disableProperty().bind(m.export().canExportSelectedProperty().not());
        Button theme = button(
                "themeButton",
                Feather.MOON,
                "Light or dark theme (Ctrl+Shift+D)",
                () -> m.theme().set(m.theme().get().other()));
        m.theme()
                .addListener((obs, old, t) ->
                        ((FontIcon) theme.getGraphic()).setIconCode(t == Theme.DARK ? Feather.SUN : Feather.MOON));
        ((FontIcon) theme.getGraphic()).setIconCode(m.theme().get() == Theme.DARK ? Feather.SUN : Feather.MOON);
        return new ToolBar(switcherView, reload, new Spacer(), copy, export, theme);
    }

    private static HBox demoBanner(Models m) {
        Label text = new Label("Demo account: sample data served offline by a built-in endpoint. "
                + "No AWS account is used. Pick a profile above to explore your own accounts.");
        text.setWrapText(true);
        FontIcon icon = new FontIcon(Feather.INFO);
        HBox banner = new HBox(8, icon, text);
        banner.setId("demoBanner");
        banner.getStyleClass().add("demo-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        var isDemo = Bindings.createBooleanBinding(
                () -> {
                    AwsProfile p = m.switcher().getProfile();
                    return p != null && p.isDemo();
                },
                m.switcher().profileProperty());
        banner.visibleProperty().bind(isDemo);
        banner.managedProperty().bind(isDemo);
        return banner;
    }

    private static Button button(String id, Feather icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    SplitPane split() {
        return split;
    }

    ConnectorListView listView() {
        return listView;
    }

    /** Shows the Configuration (0) or Connect (1) tab. */
    void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    ConfigTreeView treeView() {
        return treeView;
    }

    ProfileSwitcherView switcherView() {
        return switcherView;
    }
}
