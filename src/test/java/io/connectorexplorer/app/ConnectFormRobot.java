package io.connectorexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.json.JsonFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a user does on the Connect tab, through the robot and control ids only: picks a connector from the list,
 * opens the tab with Ctrl+2, scrolls a field into view, clicks it and types, picks from drop-downs.
 */
final class ConnectFormRobot {

    static final String NAME = "/connectorProfileName";
    static final String CREDENTIALS = "/connectorProfileConfig/connectorProfileCredentials";
    static final String PROPERTIES = "/connectorProfileConfig/connectorProfileProperties";
    static final String CUSTOM_CREDENTIALS = CREDENTIALS + "/CustomConnector";
    static final String CREDENTIALS_MAP = CUSTOM_CREDENTIALS + "/custom/credentialsMap/";
    static final String PROFILE_PROPERTIES = PROPERTIES + "/CustomConnector/profileProperties/";
    static final String OAUTH2_PROPERTIES = PROPERTIES + "/CustomConnector/oAuth2Properties/";

    private final FxRobot robot;
    /** The connector last clicked in the list: its form is what the Connect tab shows. */
    private String clicked;

    ConnectFormRobot(FxRobot robot) {
        this.robot = robot;
    }

    /** The id FieldControl gives the control of a field. */
    static String fieldId(String path) {
        return "field-" + path.replaceAll("[^A-Za-z0-9]+", "-");
    }

    static String errorId(String path) {
        return "error-" + path.replaceAll("[^A-Za-z0-9]+", "-");
    }

    /** Filters the list down to the connector named {@code name}, clicks it, and waits for its form. */
    void selectConnector(String name) {
        filterConnectors(name);
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        waitUntil(() ->
                list.getItems().size() == 1 && list.getItems().get(0).name().equals(name));
        clickConnector(name);
    }

    /** Types {@code text} over what the connector filter holds; waits until the account's connectors are listed. */
    void filterConnectors(String text) {
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        waitUntil(() -> !list.getItems().isEmpty());
        robot.clickOn("#connectorFilter");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    /** Clicks the connector named {@code name} in the list as it shows, and waits for its form. */
    void clickConnector(String name) {
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        waitUntil(() -> robot.from(list)
                .lookup(".list-cell")
                .match((ListCell<?> c) -> c.isVisible()
                        && c.getItem() instanceof ConnectorSummary s
                        && s.name().equals(name))
                .tryQuery()
                .isPresent());
        ListCell<?> cell = robot.from(list)
                .lookup(".list-cell")
                .match((ListCell<?> c) -> c.isVisible()
                        && c.getItem() instanceof ConnectorSummary s
                        && s.name().equals(name))
                .query();
        robot.clickOn(cell);
        clicked = name;
        // The Connect tab is built when first opened; until then openConnectTab() waits for the form.
        if (robot.lookup("#connectPane").tryQuery().isPresent()) {
            waitForForm(name);
        }
    }

    private void waitForForm(String name) {
        waitUntil(() -> robot.lookup("#connectPane .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> ("Connect to " + name).equals(l.getText())));
    }

    /** View ▸ Connect, by its shortcut. */
    void openConnectTab() {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
        waitUntil(() ->
                "connectTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        if (clicked != null) {
            waitForForm(clicked);
        }
    }

    Node control(String path) {
        return robot.lookup("#" + fieldId(path)).query();
    }

    boolean hasControl(String path) {
        return robot.lookup("#" + fieldId(path)).tryQuery().isPresent();
    }

    /** Where the user types for a field: the masked input of a secret, the editor of an editable drop-down. */
    TextInputControl input(String path) {
        Node control = control(path);
        if (control instanceof TextField text) {
            return text;
        }
        if (control instanceof ComboBox<?> box && box.isEditable()) {
            return box.getEditor();
        }
        if (control instanceof HBox secret) {
            return secret.getChildren().stream()
                    .filter(n -> n instanceof PasswordField && n.isVisible())
                    .map(PasswordField.class::cast)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(path + " has no visible masked input"));
        }
        throw new AssertionError(path + " is not typed into: " + control);
    }

    /** Whether the field's control types into a masked input (whether or not it is shown in plain text now). */
    boolean hasMaskedInput(String path) {
        return control(path) instanceof HBox box
                && box.getChildren().stream().anyMatch(PasswordField.class::isInstance);
    }

    boolean isMasked(String path) {
        return input(path) instanceof PasswordField;
    }

    /** Clicks the field and types {@code text} after what it holds. */
    void type(String path, String text) {
        TextInputControl input = input(path);
        String before = input.getText();
        reveal(input);
        robot.clickOn(input);
        robot.press(KeyCode.END).release(KeyCode.END);
        robot.write(text, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(input.getText()).as("what %s holds after typing", path).isEqualTo(before + text);
    }

    /** Clicks the field, selects what it holds and types {@code text} over it. */
    void replace(String path, String text) {
        TextInputControl input = input(path);
        reveal(input);
        robot.clickOn(input);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(input.getText()).as("what %s holds after typing", path).isEqualTo(text);
    }

    /** The node that has the keyboard, or null. */
    Node focusOwner() {
        return robot.lookup("#mainView").query().getScene().getFocusOwner();
    }

    /** Whether the keyboard is on {@code id} or inside it. */
    boolean focusIsIn(String id) {
        Node target = robot.lookup("#" + id).query();
        for (Node n = focusOwner(); n != null; n = n.getParent()) {
            if (n == target) {
                return true;
            }
        }
        return false;
    }

    void press(KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the profile picker and clicks the profile named {@code name} (its entry also says its kind). */
    void chooseProfile(String name) {
        ComboBox<?> box = robot.lookup("#profilePicker").queryComboBox();
        robot.clickOn(box);
        waitUntil(box::isShowing);
        ListView<?> popup = (ListView<?>) ((ComboBoxListViewSkin<?>) box.getSkin()).getPopupContent();
        Node cell = robot.from(popup)
                .lookup(".list-cell")
                .match((ListCell<?> c) -> c.getText() != null && c.getText().startsWith(name + " "))
                .query();
        robot.clickOn(cell);
        waitUntil(() -> !box.isShowing());
    }

    /** Opens a drop-down and clicks the entry that reads {@code option}. */
    void choose(ComboBox<?> box, String option) {
        reveal(box);
        robot.clickOn(box.isEditable() ? box.lookup(".arrow-button") : box);
        waitUntil(box::isShowing);
        ListView<?> popup = (ListView<?>) ((ComboBoxListViewSkin<?>) box.getSkin()).getPopupContent();
        ListCell<?> cell = robot.from(popup)
                .lookup(".list-cell")
                .match((ListCell<?> c) -> option.equals(c.getText()))
                .query();
        robot.clickOn(cell);
        waitUntil(() -> !box.isShowing());
    }

    void chooseMethod(String label) {
        choose(robot.lookup("#authMethod").queryComboBox(), label);
        waitUntil(() -> label.equals(methodShown()));
    }

    String methodShown() {
        ComboBox<?> box = robot.lookup("#authMethod").queryComboBox();
        return box.getValue() == null ? null : box.getValue().toString();
    }

    /** What a drop-down field shows as chosen. */
    @SuppressWarnings("unchecked")
    <T> T choiceShown(String path) {
        return ((ComboBox<T>) control(path)).getValue();
    }

    void chooseFor(String path, String option) {
        choose((ComboBox<?>) control(path), option);
    }

    void click(String id) {
        Node node = robot.lookup("#" + id).query();
        reveal(node);
        robot.clickOn(node);
    }

    Button createButton() {
        return robot.lookup("#createProfileButton").queryButton();
    }

    /** Whether "Include secrets in the next copy" (in the ⋯ menu) is ticked. */
    boolean includeSecretsTicked() {
        MenuButton more = robot.lookup("#moreActionsButton").queryAs(MenuButton.class);
        return more.getItems().stream()
                .filter(item -> "includeSecrets".equals(item.getId()))
                .map(item -> ((CheckMenuItem) item).isSelected())
                .findFirst()
                .orElseThrow();
    }

    /** ⋯ ▸ Include secrets in the next copy, with the mouse. */
    void tickIncludeSecrets() {
        fromMoreMenu("Include secrets in the next copy");
    }

    /** ⋯ ▸ Save request as JSON…, with the mouse. */
    void saveRequest() {
        fromMoreMenu("Save request as JSON…");
    }

    private void fromMoreMenu(String text) {
        click("moreActionsButton");
        Node item = robot.lookup(".menu-item")
                .match((Node n) -> n.lookup(".label") instanceof Label l && text.equals(l.getText()))
                .query();
        robot.clickOn(item);
    }

    String remaining() {
        return robot.lookup("#formRemaining").queryAs(Label.class).getText();
    }

    String createResult() {
        return robot.lookup("#createResult").queryAs(Label.class).getText();
    }

    /** The message beside a field, or "" when none shows. */
    String errorBeside(String path) {
        Label label = robot.lookup("#" + errorId(path)).queryAs(Label.class);
        return label.isVisible() ? label.getText() : "";
    }

    /** The request preview's text; the preview is shown first when the tab hides it (too narrow). */
    String previewText() {
        if (robot.lookup("#requestPreview").tryQuery().isEmpty()) {
            click("previewToggle");
            waitUntil(() -> robot.lookup("#requestPreview").tryQuery().isPresent());
        }
        return robot.lookup("#requestPreview").queryAs(TextArea.class).getText();
    }

    JsonNode preview() {
        try {
            return JsonFormat.parse(previewText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every masked input on the form. */
    List<PasswordField> maskedInputs() {
        return List.copyOf(robot.lookup("#connectPane .password-field").queryAllAs(PasswordField.class));
    }

    /** Scrolls the form so that {@code node} is at the top of what shows, as a user scrolls to a field. */
    void reveal(Node node) {
        robot.interact(() -> {
            ScrollPane scroll = scrollPaneAround(node);
            if (scroll == null) {
                return;
            }
            Node content = scroll.getContent();
            Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double hidden = content.getLayoutBounds().getHeight()
                    - scroll.getViewportBounds().getHeight();
            if (hidden > 0) {
                double share = Math.max(0, Math.min(1, (bounds.getMinY() - 8) / hidden));
                scroll.setVvalue(scroll.getVmin() + share * (scroll.getVmax() - scroll.getVmin()));
            }
        });
    }

    private static ScrollPane scrollPaneAround(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 15 s", e);
        }
    }
}
