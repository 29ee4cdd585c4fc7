package io.connectorexplorer.app;

import static io.connectorexplorer.testsupport.TestCatalogues.amazon;
import static io.connectorexplorer.testsupport.TestCatalogues.custom;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.CannedResponse;
import io.connectorexplorer.testsupport.MemorySettings;
import io.connectorexplorer.testsupport.RecordingClipboard;
import io.connectorexplorer.testsupport.RequestHook;
import io.connectorexplorer.testsupport.RequestRateLimit;
import io.connectorexplorer.testsupport.TestAppFlowEndpoint;
import io.connectorexplorer.testsupport.TestCatalogues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The source and destination badges of the connector list, as a user sees them, against a loopback AppFlow endpoint
 * through the real SDK client: a known flag shows beside an unknown one; after a describe a badge says what the
 * description said ("not stated" when nothing), never "…" (still loading); ListConnectors' connectorModes fill the
 * badges without a describe; and an account that throttles the describes gets every badge filled, by slowing down.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectorBadgesWindowTest {

    private static final AppFlowAccounts.Timeouts QUICK =
            new AppFlowAccounts.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10));

    @TempDir
    Path folder;

    private TestAppFlowEndpoint endpoint;
    private Services services;
    private SettlingTaskRunner tasks;
    private ExplorerWindow window;

    @AfterEach
    void tearDown() throws Exception {
        if (window != null) {
            WaitForAsyncUtils.asyncFx(() -> window.shell().stage().close()).get(5, TimeUnit.SECONDS);
        }
        if (tasks != null) {
            tasks.close();
        }
        if (services != null) {
            services.close();
        }
        if (endpoint != null) {
            endpoint.close();
        }
    }

    @Test
    void aKnownFlagShowsBesideOneTheDescriptionDoesNotStateForCustomAndAmazonConnectorsAlike(FxRobot robot)
            throws Exception {
        ObjectNode destinationOnly = custom("dest-only", "Dest Only", true, true);
        destinationOnly.remove("canUseAsSource");
        ObjectNode halfway = amazon("Halfway", "Halfway", true, true);
        halfway.remove("canUseAsDestination");
        open(robot, TestCatalogues.of(amazon("S3", "Amazon S3", true, true), halfway, destinationOnly), null, QUICK);

        waitForBadges(robot, "Dest Only", "SOURCE –", "DEST", "CUSTOM");
        waitForBadges(robot, "Halfway", "SOURCE", "DEST –");
        waitForBadges(robot, "Amazon S3", "SOURCE", "DEST");
    }

    @Test
    void afterADescribeTheBadgesSayWhatItSaidAndAFailedOneIsNotKnownNotStillLoading(FxRobot robot) throws Exception {
        ObjectNode silent = custom("silent", "Silent", true, true);
        silent.remove(List.of("canUseAsSource", "canUseAsDestination"));
        ObjectNode quiet = amazon("Quiet", "Quiet", true, true);
        quiet.remove(List.of("canUseAsSource", "canUseAsDestination"));
        AtomicInteger flakyDescribes = new AtomicInteger();
        RequestHook firstFlakyDescribeFails =
                (operation, body) -> describing(operation, body, "flaky") && flakyDescribes.incrementAndGet() == 1
                        ? Optional.of(CannedResponse.error(404, "ResourceNotFoundException", "Not there yet."))
                        : Optional.empty();
        open(
                robot,
                TestCatalogues.of(quiet, silent, custom("flaky", "Flaky", true, false)),
                firstFlakyDescribeFails,
                QUICK);

        waitForBadges(robot, "Silent", "not stated", "CUSTOM");
        waitForBadges(robot, "Quiet", "not stated");
        waitForBadges(robot, "Flaky", "?", "CUSTOM");

        select(robot, "Flaky");

        waitForBadges(robot, "Flaky", "SOURCE", "CUSTOM");
        assertThat(flakyDescribes).hasValue(2);
    }

    @Test
    void connectorModesFromTheListingFillTheBadgesWithoutADescribe(FxRobot robot) throws Exception {
        ObjectNode declared = custom("declared", "Declared", true, false);
        declared.putArray("connectorModes").add("SOURCE");
        ObjectNode both = custom("both-ways", "Both Ways", true, true);
        both.putArray("connectorModes").add("SOURCE").add("DESTINATION").add("SOME_FUTURE_MODE");
        AtomicInteger describes = new AtomicInteger();
        // Were they described for their badges, they could not be: the listing alone must fill them. The first row is
        // described because the window shows it when the account opens; that one is answered.
        RequestHook describesFail = (operation, body) -> {
            if (!operation.equals("DescribeConnector")
                    || body.path("connectorLabel").asText().equals("declared")) {
                return Optional.empty();
            }
            describes.incrementAndGet();
            return Optional.of(CannedResponse.error(404, "ResourceNotFoundException", "Not described here."));
        };
        open(robot, TestCatalogues.of(declared, both), describesFail, QUICK);

        waitForBadges(robot, "Declared", "SOURCE", "CUSTOM");
        waitForBadges(robot, "Both Ways", "SOURCE", "DEST", "CUSTOM");
        waitUntil(() -> tasks.unsettled() == 0);
        assertThat(describes)
                .as("DescribeConnector calls for flags the listing stated")
                .hasValue(0);
    }

    @Test
    void underAQuotaOfFiveRequestsASecondEveryOneOfFortyFiveCustomConnectorsGetsItsBadges(FxRobot robot)
            throws Exception {
        DemoCatalogue catalogue = TestCatalogues.synthetic(3, 45);
        RequestRateLimit quota = new RequestRateLimit(5);
        // The app's own timeouts: a throttled describe may retry for 40 s.
        open(robot, catalogue, quota, AppFlowAccounts.Timeouts.DEFAULT);

        for (JsonNode configuration : catalogue.customConnectors()) {
            List<String> expected = new ArrayList<>();
            if (configuration.get("canUseAsSource").booleanValue()) {
                expected.add("SOURCE");
            }
            if (configuration.get("canUseAsDestination").booleanValue()) {
                expected.add("DEST");
            }
            expected.add("CUSTOM");
            // The first row waits for the describes to get through the quota; the others are filled by then.
            waitForBadges(robot, configuration.get("connectorName").asText(), Duration.ofSeconds(90), expected);
        }
        assertThat(quota.throttled()).as("requests the quota refused").isPositive();
        // Two listings, 45 describes for the badges, and the first row's: the window shows it when the account opens.
        assertThat(quota.answered()).isEqualTo(1 + 1 + 45 + 1);
        assertThat(robot.lookup("#problemBanner").query().isVisible()).isFalse();
    }

    @Test
    void ofThreeHundredCustomConnectorsOnlyThoseInViewAreDescribedAndScrollingDescribesMore(FxRobot robot)
            throws Exception {
        DemoCatalogue catalogue = TestCatalogues.synthetic(3, 300);
        open(robot, catalogue, null, QUICK);
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();

        // The first custom connector is in view: its badges are filled.
        waitUntil(() -> !badgesInView(robot, "Synthetic custom 0").isEmpty()
                && !badgesInView(robot, "Synthetic custom 0").contains("…"));
        waitUntil(() -> tasks.unsettled() == 0);
        int rowsInView = rowsInView(robot);
        int atStart = endpoint.callCount("DescribeConnector");
        assertThat(atStart)
                .as(
                        "describes at start, with %d rows in view (the rows in view, the next screenful, and the first"
                                + " row, which the window opens)",
                        rowsInView)
                .isBetween(rowsInView - 3, 2 * rowsInView + 1)
                .isLessThan(100);

        robot.interact(() -> list.scrollTo(list.getItems().size() - 1));

        JsonNode last = catalogue.customConnectors().get(299);
        waitUntil(() -> badgesInView(robot, "Synthetic custom 299").equals(expectedBadges(last)));
        waitUntil(() -> tasks.unsettled() == 0);
        int afterScrolling = endpoint.callCount("DescribeConnector");
        assertThat(afterScrolling - atStart)
                .as("describes for the rows scrolled into view at the end")
                .isPositive()
                .isLessThanOrEqualTo(rowsInView);
        assertThat(list.getItems().stream().filter(c -> !c.flagsKnown()).count())
                .as("rows never in view stay undescribed")
                .isGreaterThan(150);
        assertThat(badgesInView(robot, "Synthetic custom 150"))
                .as("a row never in view has no cell")
                .isEmpty();
        assertThat(list.getSelectionModel().getSelectedIndex())
                .as("scrolling and the badges left the selection where it was")
                .isZero();
        assertThat(list.getFocusModel().getFocusedIndex())
                .as("and the keyboard focus with it")
                .isZero();
    }

    /** The badges a synthetic custom connector shows once described. */
    private static List<String> expectedBadges(JsonNode configuration) {
        List<String> expected = new ArrayList<>();
        if (configuration.get("canUseAsSource").booleanValue()) {
            expected.add("SOURCE");
        }
        if (configuration.get("canUseAsDestination").booleanValue()) {
            expected.add("DEST");
        }
        expected.add("CUSTOM");
        return expected;
    }

    /** The rows the list shows on screen. */
    private static int rowsInView(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> (int) robot.lookup("#connectorList .list-cell").queryAll().stream()
                        .filter(node -> node instanceof ListCell<?> cell && cell.getItem() != null && cell.isVisible())
                        .count())
                .get(5, TimeUnit.SECONDS);
    }

    /** The badges of {@code name}'s row as it is on screen, without filtering the list; empty when not in view. */
    private static List<String> badgesInView(FxRobot robot, String name) {
        return badges(robot, name);
    }

    private static boolean describing(String operation, JsonNode body, String label) {
        return operation.equals("DescribeConnector")
                && body.path("connectorLabel").asText().equals(label);
    }

    private void open(FxRobot robot, DemoCatalogue catalogue, RequestHook hook, AppFlowAccounts.Timeouts timeouts)
            throws Exception {
        endpoint = TestAppFlowEndpoint.start(catalogue);
        endpoint.setHook(hook);
        Path config = Files.writeString(folder.resolve("config"), """
                [profile badges]
                region = eu-west-1
                endpoint_url = %s
                """.formatted(endpoint.uri()));
        Path credentials = Files.writeString(folder.resolve("credentials"), """
                [badges]
                aws_access_key_id = TESTACCESSKEY
                aws_secret_access_key = test-secret-not-real
                """);
        services = Services.create(
                new AwsEnvironment(
                        Map.of(
                                "AWS_CONFIG_FILE", config.toString(),
                                "AWS_SHARED_CREDENTIALS_FILE", credentials.toString(),
                                "AWS_PROFILE", "badges"),
                        folder),
                timeouts);
        tasks = new SettlingTaskRunner();
        Stage stage = FxToolkit.registerPrimaryStage();
        robot.interact(() -> window = ExplorerWindow.open(
                stage,
                services,
                new MemorySettings(),
                tasks,
                ExplorerWindow.Options.of(owner -> (title, name) -> Optional.empty(), new RecordingClipboard())));
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        waitUntil(() -> list.getItems().size() == catalogue.configurations().size());
    }

    /** Filters the list down to the connector, then waits until its row shows exactly these badges, in order. */
    private static void waitForBadges(FxRobot robot, String name, String... expected) {
        waitForBadges(robot, name, Duration.ofSeconds(20), List.of(expected));
    }

    private static void waitForBadges(FxRobot robot, String name, Duration limit, List<String> expected) {
        TextField filter = robot.lookup("#connectorFilter").queryAs(TextField.class);
        robot.interact(() -> filter.setText(name));
        try {
            WaitForAsyncUtils.waitFor(
                    limit.toSeconds(),
                    TimeUnit.SECONDS,
                    () -> badges(robot, name).equals(expected));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(
                    "the row of " + name + " shows " + badges(robot, name) + ", not " + expected + " within "
                            + limit.toSeconds() + " s",
                    e);
        }
    }

    /** The words of the badges the row of {@code name} shows, left to right; empty when the row is not shown. */
    private static List<String> badges(FxRobot robot, String name) {
        Node cell = cellOf(robot, name);
        if (!(cell instanceof Parent row)) {
            return List.of();
        }
        try {
            return WaitForAsyncUtils.asyncFx(() -> row.lookupAll(".badge").stream()
                            .filter(badge -> badge.isVisible() && badge.isManaged())
                            .map(badge -> ((Label) badge).getText())
                            .toList())
                    .get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the badges could not be read", e);
        }
    }

    private static Node cellOf(FxRobot robot, String name) {
        return robot.lookup("#connectorList .list-cell").queryAll().stream()
                .filter(node -> node instanceof ListCell<?> cell
                        && cell.getItem() instanceof ConnectorSummary item
                        && item.name().equals(name)
                        && cell.isVisible())
                .findFirst()
                .orElse(null);
    }

    /** Clicks the connector's row, as a user does. */
    private static void select(FxRobot robot, String name) {
        robot.clickOn(cellOf(robot, name));
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().name().equals(name));
    }

    private static void waitUntil(BooleanSupplier condition) {
        waitUntil(condition, Duration.ofSeconds(20));
    }

    private static void waitUntil(BooleanSupplier condition, Duration limit) {
        try {
            WaitForAsyncUtils.waitFor(limit.toSeconds(), TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within " + limit.toSeconds() + " s", e);
        }
    }
}
