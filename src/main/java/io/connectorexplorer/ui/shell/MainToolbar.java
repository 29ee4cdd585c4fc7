package io.connectorexplorer.ui.shell;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.connectorexplorer.ui.common.Theme;
import io.connectorexplorer.ui.profile.ProfileSwitcherView;
import javafx.scene.control.Button;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The toolbar: profile and region pickers, Reload, and the actions on the shown configuration. */
final class MainToolbar extends ToolBar {

    MainToolbar(MainView.Models m, ProfileSwitcherView switcher) {
        Button reload =
                button("reloadButton", Feather.REFRESH_CW, "Reload from the service (F5)", m.explorer()::reloadAsked);
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
        FontIcon themeIcon = (FontIcon) theme.getGraphic();
        m.theme().addListener((obs, old, t) -> themeIcon.setIconCode(t == Theme.DARK ? Feather.SUN : Feather.MOON));
        themeIcon.setIconCode(m.theme().get() == Theme.DARK ? Feather.SUN : Feather.MOON);
        getItems().addAll(switcher, reload, new Spacer(), copy, export, theme);
    }

    private static Button button(String id, Feather icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
