package io.connectorexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.testsupport.ManualTestAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a new user tripped over on the Connect tab: keyboard focus that landed on the profile picker (data loss), the
 * pickers switching on every key, the form squeezed by its preview, the wrapped required mark, the state after a
 * create, and a big form freezing the window. Each test failed on the app as it was.
 */
@ExtendWith(ApplicationExtension.class)
class NewUserConnectWindowTest {

    private static final String API_TOKEN = ConnectFormRobot.CREDENTIALS_MAP + "apiToken";
    private static final String ACCOUNT_ID = ConnectFormRobot.CREDENTIALS_MAP + "accountId";
    private static final String DATA_REGION = ConnectFormRobot.CREDENTIALS_MAP + "dataRegion";

    @TempDir
    static Path folder;

    private ConnectFormWindow app;
    private FxRobot robot;
    private ConnectFormRobot form;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = ConnectFormWindow.open(
                stage,
                Files.createDirectories(folder.resolve("run-" + System.nanoTime())),
                ManualTestAccounts.withHugeConnector(300));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void choosingAnAuthMethodWithTheMouseKeepsTheKeyboardOnTheChooserAndAnArrowNeverSwitchesTheAccount(FxRobot robot) {
        form = new ConnectFormRobot(robot);
        form.selectConnector("Acme CRM");
        form.openConnectTab();
        form.type(ConnectFormRobot.NAME, "acme-half-typed");

        form.chooseMethod("HmacSignature");

        assertThat(form.focusIsIn("authMethod"))
                .as("focus after choosing with the mouse")
                .isTrue();
        form.press(KeyCode.DOWN);
        ComboBox<?> chooser = robot.lookup("#authMethod").queryComboBox();
        assertThat(chooser.isShowing())
                .as("↓ opens the list rather than choosing")
                .isTrue();
        form.press(KeyCode.DOWN);
        form.press(KeyCode.ESCAPE);
        assertThat(form.methodShown()).as("Escape keeps the method").isEqualTo("HmacSignature");
        assertThat(profileShown(robot)).isEqualTo(ConnectFormWindow.PROFILE);
        assertThat(form.input(ConnectFormRobot.NAME).getText()).isEqualTo("acme-half-typed");
    }

    @Test
    void switchingTheAccountWithTypedValuesAsksFirstAndNoKeepsTheForm(FxRobot robot) {
        form = new ConnectFormRobot(robot);
        form.selectConnector("Acme CRM");
        form.openConnectTab();
        form.type(ConnectFormRobot.NAME, "acme-prod");

        form.chooseProfile(AwsProfile.DEMO_NAME);

        assertThat(app.discardQuestions)
                .containsExactly("Acme CRM | switch to " + AwsProfile.DEMO_NAME + " · us-east-1");
        assertThat(profileShown(robot)).isEqualTo(ConnectFormWindow.PROFILE);
        assertThat(form.input(ConnectFormRobot.NAME).getText()).isEqualTo("acme-prod");

        app.answerDiscard(true);
        form.chooseProfile(AwsProfile.DEMO_NAME);
        form.waitUntil(() -> app.window.explorer().account().getTarget().isDemo());
    }

    @Test
    void theRegionPickerMovesWithTheArrowsAndSwitchesOnlyOnEnterAndOffersOnlyRealRegions(FxRobot robot) {
        form = new ConnectFormRobot(robot);
        form.selectConnector("Acme CRM");
        ComboBox<?> regions = robot.lookup("#regionPicker").queryComboBox();
        assertThat(regions.getItems()).isNotEmpty().noneMatch(r -> r.toString().contains("fips"));
        robot.clickOn(regions);
        form.waitUntil(regions::isShowing);
        form.press(KeyCode.ESCAPE);
        assertThat(form.focusIsIn("regionPicker")).isTrue();

        form.press(KeyCode.DOWN);
        form.waitUntil(regions::isShowing);
        form.press(KeyCode.DOWN);
        form.press(KeyCode.DOWN);
        assertThat(app.window.explorer().account().getTarget().region())
                .as("moving through the open list switches nothing")
                .isEqualTo(ConnectFormWindow.REGION);
        form.press(KeyCode.ESCAPE);
        assertThat(regions.getValue()).isEqualTo(ConnectFormWindow.REGION);

        form.press(KeyCode.DOWN);
        form.waitUntil(regions::isShowing);
        form.press(KeyCode.DOWN);
        form.press(KeyCode.ENTER);
        form.waitUntil(
                () -> !app.window.explorer().account().getTarget().region().equals(ConnectFormWindow.REGION));
        assertThat(app.window.explorer().account().getTarget().region()).isEqualTo(regions.getValue());
    }

    @Test
    void aKeyboardOnlyJourneyChoosesEachMethodFillsEveryFieldAndCreatesWithoutTouchingThePickers(FxRobot robot) {
        this.robot = robot;
        form = new ConnectFormRobot(robot);
        form.press(KeyCode.CONTROL, KeyCode.L);
        robot.write("acme", 0);
        form.press(KeyCode.DOWN);
        assertThat(form.focusIsIn("connectorList")).isTrue();
        form.press(KeyCode.CONTROL, KeyCode.DIGIT2);
        form.waitUntil(() -> form.focusIsIn(ConnectFormRobot.fieldId(ConnectFormRobot.NAME)));
        robot.write("acme-keys", 0);
        form.press(KeyCode.TAB); // connection mode
        form.press(KeyCode.TAB); // KMS key
        form.press(KeyCode.TAB);
        assertThat(form.focusIsIn("authMethod")).isTrue();
        chooseByKeyboard("HmacSignature");
        chooseByKeyboard("ApiToken");
        assertThat(form.focusIsIn("authMethod")).isTrue();
        // Every field of ApiToken, in order, by Tab: the API token, then the account id and data region.
        form.press(KeyCode.TAB);
        robot.write("keyboard-token", 0);
        int guard = 0;
        while (!form.focusIsIn("createProfileButton") && guard++ < 30) {
            form.press(KeyCode.TAB);
            assertThat(form.focusIsIn("profilePicker") || form.focusIsIn("regionPicker"))
                    .as("Tab never reaches the pickers from the form")
                    .isFalse();
            if (form.focusIsIn(ConnectFormRobot.fieldId(ACCOUNT_ID))
                    && form.input(ACCOUNT_ID).getText().isEmpty()) {
                robot.write("12345", 0);
            }
            if (form.focusIsIn(ConnectFormRobot.fieldId(DATA_REGION))
                    && form.input(DATA_REGION).getText().isEmpty()) {
                robot.write("eu", 0);
            }
        }
        assertThat(form.focusIsIn("createProfileButton"))
                .as("Tab reaches Create")
                .isTrue();
        assertThat(form.createButton().isDisabled()).as(form.remaining()).isFalse();
        form.press(KeyCode.ENTER);

        form.waitUntil(
                () -> !app.createRequests().isEmpty() && !form.createResult().isEmpty());
        assertThat(form.createResult()).contains("connectorprofile/acme-keys");
        assertThat(profileShown(robot)).isEqualTo(ConnectFormWindow.PROFILE);
        assertThat(app.window.explorer().account().getTarget().profileName()).isEqualTo(ConnectFormWindow.PROFILE);
    }

    @Test
    void at800By500TheFormKeepsTheRoomTheActionsStayBelowItAndThePreviewComesOnDemand(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(800);
            stage.setHeight(500);
        });
        form = new ConnectFormRobot(robot);
        form.filterConnectors("acme");
        form.selectConnector("Acme CRM");
        form.openConnectTab();
        WaitForAsyncUtils.waitForFxEvents();

        Node scroll = robot.lookup("#connectFormScroll").query();
        Node actions = robot.lookup("#connectActions").query();
        Bounds formBox = scroll.localToScene(scroll.getBoundsInLocal());
        Bounds actionsBox = actions.localToScene(actions.getBoundsInLocal());
        assertThat(formBox.getMaxY())
                .as("the form ends where the actions begin")
                .isLessThanOrEqualTo(actionsBox.getMinY() + 1);
        assertThat(formBox.getHeight()).as("the form's height").isGreaterThan(100);
        assertThat(robot.lookup("#requestPreview").tryQuery())
                .as("no room for the preview: on demand")
                .isEmpty();
        Button create = form.createButton();
        assertThat(create.localToScene(create.getBoundsInLocal()).getMaxY()).isLessThanOrEqualTo(500);

        form.click("previewToggle");
        Node preview = robot.lookup("#requestPreviewPane").query();
        Bounds previewBox = preview.localToScene(preview.getBoundsInLocal());
        Bounds formNow = scroll.localToScene(scroll.getBoundsInLocal());
        assertThat(previewBox.intersects(
                        formNow.getMinX() + 1, formNow.getMinY() + 1, formNow.getWidth() - 2, formNow.getHeight() - 2))
                .as("preview and form side by side or one above the other, never over each other")
                .isFalse();
    }

    @Test
    void theRequiredMarkStaysOnItsLabelsLine(FxRobot robot) {
        form = new ConnectFormRobot(robot);
        form.selectConnector("Acme CRM");
        form.openConnectTab();

        Label label = robot.lookup(".field-label")
                .match((Label l) -> l.getText().startsWith("Connector profile name"))
                .query();
        assertThat(label.getText()).isEqualTo("Connector profile name\u00a0*");
        assertThat(label.getHeight())
                .as("one line high")
                .isLessThan(label.getFont().getSize() * 2.2);
    }

    @Test
    void afterACreateTheFormSaysWhatWasCreatedAndOffersAnother(FxRobot robot) {
        form = new ConnectFormRobot(robot);
        form.selectConnector("Acme CRM");
        form.openConnectTab();
        form.type(ConnectFormRobot.NAME, "acme-created");
        form.type(API_TOKEN, "token-1");
        form.type(ACCOUNT_ID, "12345");
        form.chooseFor(DATA_REGION, "eu");

        form.click("createProfileButton");
        form.waitUntil(() -> !form.createResult().isEmpty());

        assertThat(form.createResult()).contains("acme-created");
        assertThat(form.createButton().isDisabled())
                .as("no second create of the same")
                .isTrue();
        assertThat(robot.lookup("#formAttention").query().isVisible())
                .as("no 'Ready to create' once created")
                .isFalse();
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText())
                .doesNotContain("Creating");
        form.click("createAnotherButton");
        form.waitUntil(() -> form.input(ConnectFormRobot.NAME).getText().isEmpty());
        assertThat(form.methodShown()).isEqualTo("ApiToken");
        assertThat(form.focusIsIn(ConnectFormRobot.fieldId(ConnectFormRobot.NAME)))
                .isTrue();
    }

    @Test
    void aMethodOfThreeHundredParametersIsBuiltAFewRowsAtATimeAndTheWindowAnswersMeanwhile(FxRobot robot)
            throws Exception {
        form = new ConnectFormRobot(robot);
        form.selectConnector("Huge");
        form.openConnectTab();
        ComboBox<?> chooser = robot.lookup("#authMethod").queryComboBox();
        AtomicInteger rowsRightAfter = new AtomicInteger();
        AtomicInteger rowsWhenAnswered = new AtomicInteger();
        AtomicReference<Object> huge = new AtomicReference<>();
        robot.interact(() -> huge.set(chooser.getItems().stream()
                .filter(m -> m.toString().equals("Huge"))
                .findFirst()
                .orElseThrow()));

        WaitForAsyncUtils.asyncFx(() -> {
                    app.window.connect().setMethod((io.connectorexplorer.core.form.AuthMethod) huge.get());
                    rowsRightAfter.set(robot.lookup(".field-row").queryAll().size());
                    Platform.runLater(() -> rowsWhenAnswered.set(
                            robot.lookup(".field-row").queryAll().size()));
                })
                .get(10, TimeUnit.SECONDS);
        form.waitUntil(() -> robot.lookup(".field-row").queryAll().size() >= 303);

        assertThat(rowsRightAfter.get()).as("rows built at once").isLessThan(150);
        assertThat(rowsWhenAnswered.get())
                .as("rows when the next event was handled: the window answered before the form was complete")
                .isLessThan(303);
    }

    private FxRobot robot() {
        return robot;
    }

    @Test
    void aValueTheConnectorOffersIsNeverRefusedAndMessagesSpeakInWordsWithThePatternInATooltip(FxRobot robot) {
        form = new ConnectFormRobot(robot);
        form.selectConnector("Huge");
        form.openConnectTab();
        form.chooseMethod("Huge");
        String param1 = ConnectFormRobot.CREDENTIALS_MAP + "param_1";
        form.waitUntil(() -> form.hasControl(param1));

        form.chooseFor(param1, "b value");
        assertThat(form.errorBeside(param1))
                .as("a value the connector offers, with its space")
                .isEmpty();

        form.type(ConnectFormRobot.NAME, "huge prod");
        assertThat(form.errorBeside(ConnectFormRobot.NAME))
                .contains("letters, digits")
                .contains("no spaces")
                .doesNotContain("[\\w");
        Label error = robot.lookup("#" + ConnectFormRobot.errorId(ConnectFormRobot.NAME))
                .queryAs(Label.class);
        assertThat(error.getTooltip().getText()).contains("[\\w/!@#+=.-]+");
    }

    @Test
    void theFieldsThatNeedAttentionAreNamedAndEachNameGoesToItsField(FxRobot robot) {
        form = new ConnectFormRobot(robot);
        form.selectConnector("Acme CRM");
        form.openConnectTab();

        assertThat(form.remaining()).isEqualTo("4 items need attention");
        Node link = robot.lookup("#formAttention .hyperlink")
                .match((javafx.scene.control.Hyperlink h) -> h.getText().equals("API token"))
                .query();
        robot.clickOn(link);

        form.waitUntil(() -> form.focusIsIn(ConnectFormRobot.fieldId(API_TOKEN)));
    }

    @Test
    void anAmazonConnectorIsNotReadyWithItsCredentialsEmpty(FxRobot robot) {
        form = new ConnectFormRobot(robot);
        // Other connectors mention Salesforce in their descriptions: filtered, then clicked by name.
        form.filterConnectors("Salesforce");
        form.clickConnector("Salesforce");
        form.openConnectTab();
        form.type(ConnectFormRobot.NAME, "salesforce-prod");

        assertThat(form.remaining()).isNotEqualTo("Ready to create").contains("attention");
        assertThat(form.createButton().isDisabled()).isTrue();
    }

    @Test
    void aLongDescriptionShowsItsFirstSentenceAndTheRestOnDemand(FxRobot robot) {
        form = new ConnectFormRobot(robot);
        form.selectConnector("Huge");
        form.openConnectTab();
        form.chooseMethod("Huge");
        form.waitUntil(() -> robot.lookup(".field-row .hyperlink").tryQuery().isPresent());

        javafx.scene.control.Hyperlink more = robot.lookup(".field-row .hyperlink")
                .match((javafx.scene.control.Hyperlink h) -> h.getText().equals("More"))
                .query();
        Label help = (Label)
                ((javafx.scene.layout.HBox) more.getParent()).getChildren().get(0);
        assertThat(help.getText()).isEqualTo("Parameter number 0.");
        robot.clickOn(more);
        assertThat(help.getText()).startsWith("Parameter number 0. It is long enough");
        assertThat(more.getText()).isEqualTo("Less");
    }

    @Test
    void theCopiedCommandGoesToTheAccountShownAndCannotRunWithoutTheSecrets(FxRobot robot) {
        form = new ConnectFormRobot(robot);
        form.selectConnector("Acme CRM");
        form.openConnectTab();
        form.type(ConnectFormRobot.NAME, "acme-copied");
        form.type(API_TOKEN, "copied-token-value");

        form.click("copyCliButton");

        assertThat(app.clipboard.text())
                .contains("--profile " + ConnectFormWindow.PROFILE + " --region " + ConnectFormWindow.REGION)
                .contains("--endpoint-url " + app.endpoint.uri())
                .contains("${APPFLOW_SECRET_API_TOKEN:?")
                .doesNotContain("copied-token-value")
                .doesNotContain("****");
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText())
                .contains("Set APPFLOW_SECRET_API_TOKEN");
    }

    @Test
    void afterAFailedCreateTheStatusSaysItFailedAndNotCreating(FxRobot robot) {
        app.endpoint.setHook((operation, body) -> operation.equals("CreateConnectorProfile")
                ? java.util.Optional.of(io.connectorexplorer.testsupport.CannedResponse.error(
                        409, "ConflictException", "There is already a connector profile with the name acme-taken."))
                : java.util.Optional.empty());
        form = new ConnectFormRobot(robot);
        form.selectConnector("Acme CRM");
        form.openConnectTab();
        form.type(ConnectFormRobot.NAME, "acme-taken");
        form.type(API_TOKEN, "token-1");
        form.type(ACCOUNT_ID, "12345");
        form.chooseFor(DATA_REGION, "eu");

        form.click("createProfileButton");
        form.waitUntil(() -> robot.lookup("#createError").queryAs(Label.class).isVisible());

        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText())
                .isEqualTo("Could not create connector profile acme-taken");
        assertThat(robot.lookup("#createError").queryAs(Label.class).getText()).contains("ConflictException");
        assertThat(form.createButton().isDisabled())
                .as("the user may retry or change the name")
                .isFalse();
    }

    /** Opens the chooser with ↓, moves to {@code method} with the arrows, and chooses it with Enter. */
    private void chooseByKeyboard(String method) {
        ComboBox<?> chooser = robot().lookup("#authMethod").queryComboBox();
        int target = chooser.getItems().stream().map(String::valueOf).toList().indexOf(method);
        form.press(KeyCode.DOWN);
        form.waitUntil(chooser::isShowing);
        int guard = 0;
        while (chooser.getSelectionModel().getSelectedIndex() != target && guard++ < 10) {
            form.press(chooser.getSelectionModel().getSelectedIndex() < target ? KeyCode.DOWN : KeyCode.UP);
        }
        form.press(KeyCode.ENTER);
        form.waitUntil(() -> method.equals(form.methodShown()));
    }

    private static String profileShown(FxRobot robot) {
        return ((AwsProfile) robot.lookup("#profilePicker").queryComboBox().getValue()).name();
    }
}
