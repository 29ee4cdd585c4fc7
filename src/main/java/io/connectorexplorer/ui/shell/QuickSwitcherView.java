package io.connectorexplorer.ui.shell;

import atlantafx.base.theme.Styles;
import io.connectorexplorer.ui.shell.QuickSwitcherViewModel.Choice;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The go-to-anything box: a field and the best matches beneath, over the top of the window. ↑/↓ move in the list
 * while typing, Enter goes, Escape or a click elsewhere closes; the keyboard goes back where it was.
 */
final class QuickSwitcherView {

    private final QuickSwitcherViewModel model;
    private final Popup popup = new Popup();
    private final TextField query = new TextField();
    private final ListView<Choice> results = new ListView<>();
    private Node returnFocusTo;

    QuickSwitcherView(QuickSwitcherViewModel model) {
        this.model = model;
        query.setId("quickSwitcherQuery");
        query.setPromptText("Profile, region or connector…");
        query.textProperty().bindBidirectional(model.queryProperty());
        results.setId("quickSwitcherResults");
        results.setItems(model.getResults());
        results.setCellFactory(v -> new ChoiceCell());
        results.setPrefSize(560, 320);
        results.setFocusTraversable(false);
        results.getItems().addListener((ListChangeListener<Choice>)
                c -> results.getSelectionModel().selectFirst());
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                go();
            }
        });
        query.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case DOWN -> move(1);
                case UP -> move(-1);
                case ENTER -> go();
                case ESCAPE -> close();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        VBox box = new VBox(6, query, results);
        box.setId("quickSwitcher");
        box.getStyleClass().add("quick-switcher");
        box.setPadding(new Insets(8));
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setOnHidden(e -> {
            if (returnFocusTo != null && returnFocusTo.getScene() != null) {
                returnFocusTo.requestFocus();
            }
        });
    }

    /** Opens over {@code owner}'s top centre, with the keyboard in the field. */
    void show(Node owner) {
        returnFocusTo = owner.getScene().getFocusOwner();
        // The popup has a scene of its own: it takes the window's stylesheets (the app's rules, the theme).
        popup.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        model.start();
        Bounds window = owner.localToScreen(owner.getBoundsInLocal());
        popup.show(owner, window.getMinX() + Math.max(0, (window.getWidth() - 580) / 2), window.getMinY() + 60);
        query.requestFocus();
    }

    private void move(int by) {
        int next = Math.max(
                0,
                Math.min(
                        results.getItems().size() - 1,
                        results.getSelectionModel().getSelectedIndex() + by));
        results.getSelectionModel().select(next);
        results.scrollTo(next);
    }

    private void go() {
        Choice chosen = results.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            returnFocusTo = null;
            popup.hide();
            model.go(chosen);
        }
    }

    private void close() {
        popup.hide();
    }

    /** A choice: its kind's icon, its name, and what it is beneath. */
    private static final class ChoiceCell extends ListCell<Choice> {
        @Override
        protected void updateItem(Choice choice, boolean empty) {
            super.updateItem(choice, empty);
            if (empty || choice == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label detail = new Label(choice.detail());
            detail.getStyleClass().addAll(Styles.TEXT_SMALL, "muted");
            Label title = new Label(choice.title());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            title.setGraphic(new FontIcon(
                    switch (choice.kind()) {
                        case PROFILE -> Feather.USER;
                        case REGION -> Feather.GLOBE;
                        case CONNECTOR -> Feather.BOX;
                    }));
            setText(null);
            setGraphic(new VBox(1, title, detail));
        }
    }
}
