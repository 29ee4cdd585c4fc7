package io.connectorexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.CannedResponse;
import io.connectorexplorer.testsupport.RecordingClipboard;
import io.connectorexplorer.testsupport.TestAppFlowEndpoint;
import io.connectorexplorer.testsupport.TestThreads;
import io.connectorexplorer.ui.common.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a new user tripped over around the window: the list's "0 connectors" while loading, an empty right side when
 * an account opens, a squeezed status line, states that were not the app's, Ctrl+F on the Connect tab, the split, a
 * greyed profile's first problem only, no Help, and a demo banner that pointed at nothing. Each test failed on the app
 * as it was.
 */
@ExtendWith(ApplicationExtension.class)
class NewUserShellWindowTest {

    private static final String PROFILE = "shell-test";

    @TempDir
    static Path folder;

    private TestAppFlowEndpoint endpoint;
    private Services services;
    private FxTaskRunner tasks;
    private ExplorerWindow window;
    private Stage stage;
    private final CountDownLatch listing = new CountDownLatch(1);

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path run = Files.createDirectories(folder.resolve("run-" + System.nanoTime()));
        endpoint = TestAppFlowEndpoint.start(DemoCatalogue.bundled());
        // The first listing waits until a test lets it go: the window is seen while the account loads.
        endpoint.setHook((operation, body) -> {
            if (operation.equals("DescribeConnectors")) {
                awaitQuietly(listing);
            }
            return Optional.empty();
        });
        Path config = Files.writeString(run.resolve("config"), """
                [profile %s]
                region = eu-west-1
                services = loopback

                [services loopback]
                appflow =
                  endpoint_url = %s

                [profile many-problems]
                this line is not a setting
                sso_session = nowhere
                """.formatted(PROFILE, endpoint.uri()));
        Path credentials = Files.writeString(run.resolve("credentials"), """
                [%s]
                aws_access_key_id = SHELLTESTKEY00000000
                aws_secret_access_key = shell-test-secret-not-real
                """.formatted(PROFILE));
        Map<String, String> variables = new HashMap<>(Map.of(
                "AWS_CONFIG_FILE", config.toString(),
                "AWS_SHARED_CREDENTIALS_FILE", credentials.toString(),
                "AWS_PROFILE", PROFILE,
                "CONNECTOR_EXPLORER_HOME", run.resolve("home").toString()));
        services = Services.create(
                new AwsEnvironment(variables, run),
                new AppFlowAccounts.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(15)));
        Settings settings = services.openSettings();
        tasks = new FxTaskRunner(TestThreads.background());
        window = ExplorerWindow.open(
                stage,
                services,
                settings,
                tasks,
                ExplorerWindow.Options.of(owner -> (title, name) -> Optional.empty(), new RecordingClipboard()));
    }

    @AfterEach
    void stop() throws Exception {
        listing.countDown();
        WaitForAsyncUtils.asyncFx(() -> window.shell().stage().close()).get(5, TimeUnit.SECONDS);
        tasks.close();
        services.close();
        endpoint.close();
    }

    @Test
    void whileTheAccountLoadsTheListSaysLoadingAndOnceLoadedTheFirstConnectorIsShown(FxRobot robot) {
        waitUntil(() -> text(robot, "#statusState").startsWith("Connecting"));
        assertThat(text(robot, "#connectorCount")).isEqualTo("Loading…");
        assertThat(text(robot, "#connectorListPlaceholder")).isEqualTo("Loading connectors…");

        listing.countDown();
        waitUntil(() -> text(robot, "#connectorCount").endsWith("connectors"));
        waitUntil(() -> window.explorer().account().getSession() != null);
        ListView<?> list = robot.lookup("#connectorList").queryListView();
        waitUntil(() -> list.getSelectionModel().getSelectedIndex() == 0);
        waitUntil(() -> robot.lookup("#configTree")
                        .queryAs(javafx.scene.control.TreeTableView.class)
                        .getRoot()
                != null);
    }

    @Test
    void aLongMessageIsCutWithItsWholeTextInATooltipAndNeverSqueezesProfileRegionOrState(FxRobot robot) {
        listing.countDown();
        waitUntil(() -> text(robot, "#statusState").equals("Ready"));
        robot.interact(() -> {
            stage.setWidth(800);
            stage.setHeight(500);
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.J).release(KeyCode.J, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> text(robot, "#statusMessage").startsWith("Copied the configuration"));
        WaitForAsyncUtils.waitForFxEvents();

        for (String id : List.of("#statusProfile", "#statusRegion", "#statusState")) {
            Label label = robot.lookup(id).queryAs(Label.class);
            assertThat(label.getWidth()).as(id + " is shown whole").isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
        }
        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        assertThat(message.getTooltip()).isNotNull();
        assertThat(message.getTooltip().getText()).isEqualTo(message.getText());
    }

    @Test
    void whenTheEndpointStopsAnsweringTheStateSaysSoNotReady(FxRobot robot) {
        listing.countDown();
        waitUntil(() -> text(robot, "#statusState").equals("Ready"));
        endpoint.setHook((operation, body) -> Optional.of(CannedResponse.dropConnection()));

        ListView<?> list = robot.lookup("#connectorList").queryListView();
        robot.interact(() -> list.getSelectionModel().select(3));

        waitUntil(() -> text(robot, "#statusState").startsWith("Failed"));
        assertThat(text(robot, "#statusMessage")).doesNotStartWith("Describing");
    }

    @Test
    void ctrlFOnTheConnectTabGoesToTheConfigurationSearchAndKeepsWhatIsTyped(FxRobot robot) {
        listing.countDown();
        waitUntil(() -> window.explorer().account().getSession() != null);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
        waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 1);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("auth", 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup("#treeSearch").queryAs(TextField.class).getText())
                .isEqualTo("auth");
    }

    @Test
    void inASmallWindowTheListKeepsAtMostTwoFifthsAndTheConfigurationGetsTheRest(FxRobot robot) {
        listing.countDown();
        waitUntil(() -> window.explorer().account().getSession() != null);
        SplitPane split = robot.lookup("#mainSplit").queryAs(SplitPane.class);
        robot.interact(() -> split.setDividerPositions(0.55));
        robot.interact(() -> {
            stage.setWidth(800);
            stage.setHeight(500);
        });
        WaitForAsyncUtils.waitForFxEvents();

        Node list = robot.lookup("#connectorPane").query();
        assertThat(list.getLayoutBounds().getWidth()).isLessThanOrEqualTo(split.getWidth() * 0.4 + 8);
    }

    @Test
    void aProfileThatCannotWorkShowsEveryReasonInItsTooltip(FxRobot robot) {
        listing.countDown();
        ComboBox<?> profiles = robot.lookup("#profilePicker").queryComboBox();
        robot.clickOn(profiles);
        waitUntil(profiles::isShowing);
        ListView<?> popup = (ListView<?>) ((ComboBoxListViewSkin<?>) profiles.getSkin()).getPopupContent();
        ListCell<?> broken = robot.from(popup)
                .lookup(".list-cell")
                .match((ListCell<?> c) -> c.getText() != null && c.getText().startsWith("many-problems"))
                .query();

        assertThat(broken.getTooltip().getText())
                .contains("line 10")
                .contains("sso_session 'nowhere'")
                .contains("sso_account_id and sso_role_name");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void helpListsEveryShortcutOfTheMenusAndAboutSaysWhatToPasteIntoATicket(FxRobot robot) {
        listing.countDown();
        robot.press(KeyCode.F1).release(KeyCode.F1);
        waitUntil(() -> robot.lookup("#shortcutsTable").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#shortcutsTable").queryAs(TableView.class);
        String rows = table.getItems().toString();
        assertThat(rows).contains("Reload", "F5", "Export configuration…", "Find", "Keyboard shortcuts");
        closeDialogOf(robot, table);

        robot.clickOn("Help").clickOn("About Connector Explorer");
        waitUntil(() -> robot.lookup("#aboutDetails").tryQuery().isPresent());
        String about = robot.lookup("#aboutDetails").queryAs(TextArea.class).getText();
        assertThat(about)
                .contains("Java " + System.getProperty("java.version"))
                .contains("JavaFX")
                .contains("Settings: ")
                .contains("Log: ");
        closeDialogOf(robot, robot.lookup("#aboutDetails").query());
    }

    private static void closeDialogOf(FxRobot robot, Node node) {
        Window dialog = node.getScene().getWindow();
        robot.interact(() -> ((Stage) dialog).close());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        ConnectFormRobot.waitUntil(condition);
    }
}
