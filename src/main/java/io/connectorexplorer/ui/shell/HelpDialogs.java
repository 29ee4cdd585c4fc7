package io.connectorexplorer.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts and Help ▸ About. */
final class HelpDialogs {

    /** Keys handled inside a control rather than by a menu item (the menus' own shortcuts are read off the menus). */
    private static final List<Shortcut> IN_CONTEXT = List.of(
            new Shortcut("Connector filter", "↓", "Move into the list"),
            new Shortcut("Connector filter", "Escape", "Clear the filter"),
            new Shortcut("Find in configuration", "Enter or F3", "Next match"),
            new Shortcut("Find in configuration", "Shift+Enter or Shift+F3", "Previous match"),
            new Shortcut("Find in configuration", "Escape", "Clear the search, back to the tree"),
            new Shortcut("Configuration tree", "Ctrl+C", "Copy the value"),
            new Shortcut("Configuration tree", "Ctrl+Shift+C", "Copy the JSON path"),
            new Shortcut("Profile and region pickers", "↓ or ↑", "Open the list; Enter chooses, Escape keeps"),
            new Shortcut("Anywhere", "Tab / Shift+Tab", "Next / previous control"));

    /** One key binding as the shortcuts table lists it. */
    record Shortcut(String where, String keys, String action) {}

    private HelpDialogs() {}

    /** Every shortcut: the menu items' accelerators as they are set, then the keys of the controls. */
    static List<Shortcut> shortcuts(MenuBar menus) {
        List<Shortcut> all = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    all.add(new Shortcut(
                            menu.getText().replace("_", ""),
                            item.getAccelerator().getDisplayText(),
                            item.getText()));
                }
            }
        }
        all.addAll(IN_CONTEXT);
        return all;
    }

    static void showShortcuts(Window owner, MenuBar menus) {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcutsTable");
        table.getColumns().add(column("Keys", Shortcut::keys, 190));
        table.getColumns().add(column("Does", Shortcut::action, 300));
        table.getColumns().add(column("Where", Shortcut::where, 200));
        table.getItems().setAll(shortcuts(menus));
        table.setPrefSize(720, 420);
        Alert dialog = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        dialog.getDialogPane().setContent(table);
        dialog.setResizable(true);
        dialog.show();
    }

    static void showAbout(Window owner, AppInfo app) {
        String text = "Connector Explorer " + app.version()
                + "\nJava " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
                + "\nJavaFX " + System.getProperty("javafx.version", "unknown")
                + "\n" + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch")
                + "\n\nSettings: " + app.settingsFolder()
                + "\nLog: " + app.logFolder();
        TextArea details = new TextArea(text);
        details.setId("aboutDetails");
        details.setEditable(false);
        details.setPrefRowCount(8);
        details.setPrefColumnCount(60);
        Alert dialog = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.setTitle("About Connector Explorer");
        dialog.setHeaderText("Connector Explorer");
        dialog.getDialogPane()
                .setContent(new VBox(
                        8,
                        new Label("What can this AppFlow connector do, and what does it"
                                + " need from me? Details to paste into a ticket:"),
                        details));
        dialog.show();
    }

    private static TableColumn<Shortcut, String> column(
            String title, java.util.function.Function<Shortcut, String> value, double width) {
        TableColumn<Shortcut, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
