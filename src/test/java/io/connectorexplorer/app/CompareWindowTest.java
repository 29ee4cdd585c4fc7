package io.connectorexplorer.app;

import static io.connectorexplorer.app.ConnectFormRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.diff.DiffTree;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.AppFlowTestAccount.Run;
import io.connectorexplorer.testsupport.ChangedAcme;
import io.connectorexplorer.testsupport.ClippedRows;
import io.connectorexplorer.testsupport.LoopbackFleet;
import io.connectorexplorer.testsupport.MemorySettings;
import io.connectorexplorer.testsupport.RecordingClipboard;
import io.connectorexplorer.ui.common.DialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
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
 * "Compare with…" over a loopback fleet, through the real SDK clients: alpha serves the demo's acme-crm, beta (in
 * eu-west-1) the later version of {@link ChangedAcme}, beta's us-east-1 has no acme-crm at all, and a describe in
 * beta's us-west-2 waits until the test lets it go. The window shows what {@code connector-explorer diff} prints for
 * the same pair — the count, each difference's row in order — and saves and copies it as the command line does.
 */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {

    private static final String EU = "eu-west-1";
    private static final String US = "us-east-1";
    private static final String WEST = "us-west-2";

    @TempDir
    static Path folder;

    private LoopbackFleet fleet;
    private Services services;
    private ExplorerWindow window;
    private Path home;
    private Path saved;
    private final RecordingClipboard clipboard = new RecordingClipboard();
    private final SettlingTaskRunner tasks = new SettlingTaskRunner();
    private final CountDownLatch westAnswers = new CountDownLatch(1);

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createDirectories(folder.resolve("run-" + System.nanoTime()));
        saved = Files.createDirectories(home.resolve("saved"));
        fleet = LoopbackFleet.start();
        DemoCatalogue demo = DemoCatalogue.bundled();
        LoopbackFleet.Account alpha = fleet.account("111111111111", demo);
        LoopbackFleet.Account beta = fleet.account("222222222222", ChangedAcme.in(demo))
                .serves(US, new DemoCatalogue(demo.amazonConnectors()))
                .hook(WEST, (operation, body) -> {
                    if (operation.equals("DescribeConnector")) {
                        try {
                            westAnswers.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return Optional.empty();
                });
        Files.writeString(home.resolve("config"), fleet.profileSection("alpha", EU) + fleet.profileSection("beta", EU));
        Files.writeString(
                home.resolve("credentials"), alpha.credentialsSection("alpha") + beta.credentialsSection("beta"));
        services = Services.create(
                new AwsEnvironment(
                        Map.of(
                                "AWS_CONFIG_FILE", home.resolve("config").toString(),
                                "AWS_SHARED_CREDENTIALS_FILE",
                                        home.resolve("credentials").toString(),
                                "AWS_PROFILE", "alpha",
                                "CONNECTOR_EXPLORER_HOME", home.resolve("app").toString()),
                        home),
                AppFlowTestAccount.TIMEOUTS);
        DialogService dialogs = (title, suggested) -> Optional.of(saved.resolve(suggested));
        window = ExplorerWindow.open(
                stage, services, new MemorySettings(), tasks, ExplorerWindow.Options.of(owner -> dialogs, clipboard));
    }

    @AfterEach
    void stop() throws Exception {
        westAnswers.countDown();
        WaitForAsyncUtils.asyncFx(() -> window.shell().stage().close()).get(5, TimeUnit.SECONDS);
        tasks.close();
        services.close();
        fleet.close();
    }

    @Test
    void compareWithByTheKeyboardShowsWhatTheCommandLinePrints(FxRobot robot) throws Exception {
        Run cli = diff("--left", "alpha", "--right", "beta@" + EU);
        Run cliJson = diff("--left", "alpha", "--right", "beta@" + EU, "--json");
        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(1);
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(4);
        showAcme(robot);

        press(robot, KeyCode.CONTROL, KeyCode.D);
        waitUntil(() -> window.compare() != null && window.compare().isShowing());
        robot.targetWindow(window.compare().stage());
        waitUntil(() -> focusIs("compareTarget"));
        assertThat(window.compare().stage().getTitle()).isEqualTo("Compare acme-crm — Connector Explorer");
        assertThat(listTitles(robot))
                .as("the next profile, in the shown region")
                .startsWith("beta · eu-west-1");

        robot.write("beta", 0);
        WaitForAsyncUtils.waitForFxEvents();
        press(robot, KeyCode.ENTER);
        assertThat(focusIs("compareTree")).as("the keyboard goes to the tree").isTrue();
        waitUntil(() -> !text(robot, "#compareCount").isEmpty());
        assertThat(text(robot, "#compareCount")).isEqualTo(countOf(lines));
        assertThat(text(robot, "#compareCount")).isEqualTo("4 differences: 2 changed, 2 added");
        TreeTableView<DiffTree.Node> tree = robot.lookup("#compareTree").queryAs(TreeTableView.class);
        assertThat(tree.getColumns().get(2).getText()).isEqualTo("Left: alpha · eu-west-1");
        assertThat(tree.getColumns().get(3).getText()).isEqualTo("Right: beta · eu-west-1");
        assertThat(focusIs("compareTree")).isTrue();
        assertThat(ClippedRows.in(tree))
                .as("difference rows cut off at the bottom")
                .isEmpty();

        List<String> walked = new ArrayList<>();
        walked.add(row(tree));
        assertThat(text(robot, "#comparePosition"))
                .as("the first difference selected")
                .isEqualTo("1 of 4");
        for (int i = 1; i < lines.size(); i++) {
            press(robot, KeyCode.F7);
            assertThat(focusIs("compareTree")).isTrue();
            walked.add(row(tree));
            assertThat(text(robot, "#comparePosition")).isEqualTo((i + 1) + " of 4");
        }
        assertThat(walked)
                .as("F7 walks the rows the command line prints, in its order")
                .isEqualTo(lines.stream().map(CompareWindowTest::markAndPath).toList());
        press(robot, KeyCode.F7);
        assertThat(row(tree)).as("and wraps round").isEqualTo(walked.get(0));
        press(robot, KeyCode.SHIFT, KeyCode.F7);
        assertThat(row(tree)).isEqualTo(walked.get(3));
        assertThat(robot.lookup("#compareRightValue").queryAs(TextArea.class).getText())
                .isEqualTo("ENTERPRISE_2027");
        assertThat(robot.lookup("#compareLeftValue").queryAs(TextArea.class).getText())
                .isEmpty();

        press(robot, KeyCode.CONTROL, KeyCode.H);
        assertThat(robot.lookup("#differencesOnly").queryAs(CheckBox.class).isSelected())
                .isTrue();
        assertThat(focusIs("compareTree")).isTrue();
        assertThat(row(tree)).as("the selected difference stays").isEqualTo(walked.get(3));
        List<TreeItem<DiffTree.Node>> shown = shownItems(tree.getRoot());
        assertThat(shown)
                .allSatisfy(item -> assertThat(item.getValue().isShownInDifferencesOnly())
                        .as(item.getValue().path().toString())
                        .isTrue());
        assertThat(shown.stream().filter(item -> item.getValue().isDifference()))
                .as("every difference's row is open")
                .hasSize(4);

        press(robot, KeyCode.CONTROL, KeyCode.S);
        Path json = saved.resolve("acme-crm-alpha-eu-west-1-vs-beta-eu-west-1.json");
        waitUntil(() -> Files.exists(json));
        assertThat(Files.readString(json)).as("what diff --json prints").isEqualTo(cliJson.out());
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        assertThat(clipboard.text()).isEqualTo(cli.out());
        assertThat(focusIs("compareTree")).isTrue();
        press(robot, KeyCode.CONTROL, KeyCode.C);
        assertThat(clipboard.text()).isEqualTo("$.connectorConfiguration.connectorTier");
    }

    @Test
    void aTargetWithoutTheConnectorIsSaidPlainlyAndAnotherCanBePicked(FxRobot robot) {
        showAcme(robot);
        press(robot, KeyCode.CONTROL, KeyCode.D);
        waitUntil(() -> window.compare() != null && window.compare().isShowing());
        robot.targetWindow(window.compare().stage());
        waitUntil(() -> focusIs("compareTarget"));

        robot.write("beta us-east-1", 0);
        WaitForAsyncUtils.waitForFxEvents();
        press(robot, KeyCode.ENTER);
        waitUntil(() -> inCompare("problemBanner").isVisible());
        assertThat(((Label) inCompare("problemTitle")).getText())
                .isEqualTo("acme-crm is not registered in beta · us-east-1");
        assertThat(text(robot, "#comparePlaceholder")).isEqualTo("acme-crm is not registered in beta · us-east-1.");
        assertThat(focusIs("compareTree")).isTrue();

        press(robot, KeyCode.CONTROL, KeyCode.L);
        assertThat(focusIs("compareTarget")).isTrue();
        robot.write("beta eu-west", 0);
        WaitForAsyncUtils.waitForFxEvents();
        press(robot, KeyCode.ENTER);
        waitUntil(() -> !text(robot, "#compareCount").isEmpty());
        assertThat(inCompare("problemBanner").isVisible()).isFalse();
        assertThat(text(robot, "#compareCount")).isEqualTo("4 differences: 2 changed, 2 added");
        assertThat(focusIs("compareTree")).isTrue();
    }

    @Test
    void escapeCancelsADescribeOnItsWayAndSwapTurnsTheSidesRound(FxRobot robot) {
        showAcme(robot);
        press(robot, KeyCode.CONTROL, KeyCode.D);
        waitUntil(() -> window.compare() != null && window.compare().isShowing());
        robot.targetWindow(window.compare().stage());
        waitUntil(() -> focusIs("compareTarget"));
        press(robot, KeyCode.ENTER);
        waitUntil(() -> !text(robot, "#compareCount").isEmpty());

        press(robot, KeyCode.CONTROL, KeyCode.L);
        robot.write("beta us-west-2", 0);
        WaitForAsyncUtils.waitForFxEvents();
        press(robot, KeyCode.ENTER);
        assertThat(robot.lookup("#cancelCompareButton").query().isVisible()).isTrue();
        assertThat(focusIs("compareTree")).isTrue();
        press(robot, KeyCode.ESCAPE);
        assertThat(robot.lookup("#cancelCompareButton").query().isVisible()).isFalse();
        assertThat(text(robot, "#compareStatus")).isEqualTo("Cancelled");
        assertThat(text(robot, "#compareCount"))
                .as("what was compared before shows again")
                .isEqualTo("4 differences: 2 changed, 2 added");
        assertThat(focusIs("compareTree")).isTrue();
        westAnswers.countDown();
        waitUntil(() -> tasks.unsettled() == 0);
        assertThat(text(robot, "#compareCount")).isEqualTo("4 differences: 2 changed, 2 added");

        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        assertThat(text(robot, "#compareCount")).isEqualTo("4 differences: 2 changed, 2 removed");
        TreeTableView<?> tree = robot.lookup("#compareTree").queryAs(TreeTableView.class);
        assertThat(tree.getColumns().get(2).getText()).isEqualTo("Left: beta · eu-west-1");
        assertThat(focusIs("compareTree")).isTrue();
    }

    @Test
    void theMenuComparesAndClicksPickTheOtherSideAndStepThroughTheDifferences(FxRobot robot) {
        showAcme(robot);
        // Headless Monocle makes no context-menu events: the tree's menu is checked for the item, the menu bar clicked.
        TreeTableView<?> configuration = robot.lookup("#configTree").queryAs(TreeTableView.class);
        assertThat(configuration.getContextMenu().getItems()).anySatisfy(item -> {
            assertThat(item.getText()).isEqualTo("Compare with…");
            assertThat(item.isDisable()).isFalse();
        });
        robot.clickOn("View").clickOn("Compare with…");
        waitUntil(() -> window.compare() != null && window.compare().isShowing());
        robot.targetWindow(window.compare().stage());
        waitUntil(() -> focusIs("compareTarget"));

        robot.clickOn(robot.lookup("#compareTargetList .list-cell").nth(0).queryAs(Node.class));
        waitUntil(() -> !text(robot, "#compareCount").isEmpty());
        TreeTableView<DiffTree.Node> tree = robot.lookup("#compareTree").queryAs(TreeTableView.class);
        assertThat(row(tree)).isEqualTo("~ $.connectorConfiguration.connectorVersion");
        assertThat(robot.lookup("#compareLeftValue").queryAs(TextArea.class).getText())
                .isEqualTo("3.2.0");
        assertThat(robot.lookup("#compareRightValue").queryAs(TextArea.class).getText())
                .isEqualTo("3.3.0");
        robot.clickOn("#differencesOnly");
        robot.clickOn("#nextDifferenceButton");
        assertThat(row(tree)).endsWith("[customAuthenticationType=ApiToken].authParameters[key=sandbox].isRequired");
        robot.clickOn("#previousDifferenceButton");
        robot.clickOn("#previousDifferenceButton");
        assertThat(row(tree)).isEqualTo("+ $.connectorConfiguration.connectorTier");
        assertThat(robot.lookup("#compareLeftValue").queryAs(TextArea.class).getPromptText())
                .isEqualTo("Not on the left");
    }

    /** acme-crm selected in the main window (Ctrl+L, a few letters, ↓) and its configuration shown. */
    private void showAcme(FxRobot robot) {
        waitUntil(() -> window.explorer().getSession() != null
                && !robot.lookup("#connectorList").queryListView().getItems().isEmpty());
        press(robot, KeyCode.CONTROL, KeyCode.L);
        robot.write("acme", 0);
        press(robot, KeyCode.DOWN);
        waitUntil(() -> window.explorer().getSession() != null
                && window.explorer()
                        .getSession()
                        .cached(ConnectorKey.custom("acme-crm"))
                        .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Run diff(String... sides) throws java.io.IOException {
        Files.createDirectories(home.resolve("cli"));
        List<String> args = new ArrayList<>(
                List.of("diff", "--connector-type", "CustomConnector", "--connector-label", "acme-crm"));
        args.addAll(List.of(sides));
        return AppFlowTestAccount.runIn(
                Map.of(
                        "AWS_CONFIG_FILE", home.resolve("config").toString(),
                        "AWS_SHARED_CREDENTIALS_FILE",
                                home.resolve("credentials").toString()),
                home.resolve("cli"),
                AppFlowTestAccount.TIMEOUTS,
                args.toArray(String[]::new));
    }

    /** "4 differences: 2 changed, 2 added" from the command line's lines. */
    private static String countOf(List<String> lines) {
        long changed = lines.stream().filter(l -> l.startsWith("~")).count();
        long added = lines.stream().filter(l -> l.startsWith("+")).count();
        long removed = lines.stream().filter(l -> l.startsWith("-")).count();
        List<String> parts = new ArrayList<>();
        if (changed > 0) {
            parts.add(changed + " changed");
        }
        if (added > 0) {
            parts.add(added + " added");
        }
        if (removed > 0) {
            parts.add(removed + " removed");
        }
        return lines.size() + " differences: " + String.join(", ", parts);
    }

    /** "~ $.a.b" of a command-line line "~ $.a.b: 1 → 2"; the window's minus is the typographic one. */
    private static String markAndPath(String line) {
        String mark = line.substring(0, 1).equals("-") ? "−" : line.substring(0, 1);
        return mark + " " + line.substring(2, line.indexOf(": "));
    }

    /** The selected row as "~ $.path", its mark as the window draws it. */
    private static String row(TreeTableView<DiffTree.Node> tree) {
        DiffTree.Node node = tree.getSelectionModel().getSelectedItem().getValue();
        return io.connectorexplorer.ui.compare.DiffTexts.symbol(node) + " " + node.path();
    }

    private static List<TreeItem<DiffTree.Node>> shownItems(TreeItem<DiffTree.Node> root) {
        List<TreeItem<DiffTree.Node>> out = new ArrayList<>();
        for (TreeItem<DiffTree.Node> child : root.getChildren()) {
            out.add(child);
            if (child.isExpanded()) {
                out.addAll(shownItems(child));
            }
        }
        return out;
    }

    private List<String> listTitles(FxRobot robot) {
        return robot.lookup("#compareTargetList").queryListView().getItems().stream()
                .map(c -> ((io.connectorexplorer.ui.compare.CompareTargetPickerViewModel.Choice) c).title())
                .toList();
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private Node inCompare(String id) {
        return window.compare().stage().getScene().lookup("#" + id);
    }

    /** Whether the Compare window's keyboard focus is on {@code id} or inside it. */
    private boolean focusIs(String id) {
        Window compare = window.compare().stage();
        Node target = compare.getScene().lookup("#" + id);
        for (Node n = compare.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == target) {
                return true;
            }
        }
        return false;
    }
}
