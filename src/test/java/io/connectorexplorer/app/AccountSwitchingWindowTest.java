package io.connectorexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.tree.ConfigNode;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.demo.LoopbackAppFlowEndpoint;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.MemorySettings;
import io.connectorexplorer.testsupport.RecordingClipboard;
import io.connectorexplorer.testsupport.TestThreads;
import io.connectorexplorer.ui.common.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeTableView;
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
 * Two accounts behind two loopback endpoints, each connector named after its account: switching between them
 * quickly, and back, never shows one account's connectors or configuration under the other's name.
 */
@ExtendWith(ApplicationExtension.class)
class AccountSwitchingWindowTest {

    @TempDir
    static Path folder;

    private LoopbackAppFlowEndpoint alpha;
    private LoopbackAppFlowEndpoint bravo;
    private Services services;
    private FxTaskRunner tasks;
    private ExplorerWindow window;
    private final List<String> violations = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        alpha = LoopbackAppFlowEndpoint.start(catalogue("Alpha", "S3", "Salesforce", "Zendesk", "Slack"));
        bravo = LoopbackAppFlowEndpoint.start(catalogue("Bravo", "S3", "Marketo"));
        Path config = Files.writeString(
                folder.resolve("config-" + System.nanoTime()), """
                [profile alpha]
                region = eu-west-1
                endpoint_url = %s

                [profile bravo]
                region = us-west-2
                endpoint_url = %s
                """.formatted(alpha.uri(), bravo.uri()));
        Path credentials = Files.writeString(folder.resolve("credentials-" + System.nanoTime()), """
                [alpha]
                aws_access_key_id = ALPHAKEY
                aws_secret_access_key = alpha-secret-not-real

                [bravo]
                aws_access_key_id = BRAVOKEY
                aws_secret_access_key = bravo-secret-not-real
                """);
        AwsEnvironment env = new AwsEnvironment(
                Map.of(
                        "AWS_CONFIG_FILE",
                        config.toString(),
                        "AWS_SHARED_CREDENTIALS_FILE",
                        credentials.toString(),
                        "AWS_PROFILE",
                        "alpha"),
                folder);
        services = Services.create(
                env,
                new AppFlowAccounts.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10)));
        tasks = new FxTaskRunner(TestThreads.background());
        window = ExplorerWindow.open(
                stage,
                services,
                new MemorySettings(),
                tasks,
                ExplorerWindow.Options.of(owner -> (t, n) -> Optional.empty(), new RecordingClipboard()));
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.shell().stage().close()).get(5, TimeUnit.SECONDS);
        tasks.close();
        services.close();
        alpha.close();
        bravo.close();
    }

    @Test
    void switchingQuicklyAndBackAlwaysShowsTheSelectedAccountsData(FxRobot robot) throws Exception {
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        ComboBox<AwsProfile> picker = robot.lookup("#profilePicker").queryComboBox();
        TreeTableView<ConfigNode> tree = robot.lookup("#configTree").query();
        Label statusProfile = robot.lookup("#statusProfile").queryAs(Label.class);
        waitUntil(() -> list.getItems().size() == 4);
        // Whatever the list or the tree shows must belong to the profile the window names at that moment.
        list.getItems().addListener((ListChangeListener<ConnectorSummary>) change -> list.getItems()
                .forEach(item -> {
                    if (!item.name().startsWith(capitalized(statusProfile.getText()))) {
                        violations.add(item.name() + " listed under " + statusProfile.getText());
                    }
                }));
        tree.rootProperty().addListener((obs, old, root) -> {
            if (root != null
                    && !root.getValue()
                            .value()
                            .path("connectorName")
                            .asText()
                            .startsWith(capitalized(statusProfile.getText()))) {
                violations.add(root.getValue().value().path("connectorName").asText() + " shown under "
                        + statusProfile.getText());
            }
        });
        robot.clickOn("#connectorFilter").write("S3");
        robot.type(javafx.scene.input.KeyCode.DOWN);
        waitUntil(() -> tree.getRoot() != null);

        for (int i = 0; i < 6; i++) {
            String name = i % 2 == 0 ? "bravo" : "alpha";
            robot.interact(() -> picker.setValue(profile(picker, name)));
        }
        robot.interact(() -> picker.setValue(profile(picker, "bravo")));

        waitUntil(() -> tree.getRoot() != null
                && window.explorer().getSession() != null
                && window.explorer().getSession().profile().name().equals("bravo"));
        robot.interact(() -> {});
        assertThat(statusProfile.getText()).isEqualTo("bravo");
        assertThat(robot.lookup("#statusRegion").queryAs(Label.class).getText()).isEqualTo("us-west-2");
        assertThat(tree.getRoot().getValue().value().path("connectorName").asText())
                .isEqualTo("Bravo S3");
        assertThat(list.getItems()).extracting(ConnectorSummary::name).containsExactly("Bravo S3");

        robot.interact(() -> picker.setValue(profile(picker, "alpha")));
        waitUntil(() -> tree.getRoot() != null
                && window.explorer().getSession() != null
                && window.explorer().getSession().profile().name().equals("alpha"));
        assertThat(tree.getRoot().getValue().value().path("connectorName").asText())
                .isEqualTo("Alpha S3");
        assertThat(violations).isEmpty();
    }

    private static AwsProfile profile(ComboBox<AwsProfile> picker, String name) {
        return picker.getItems().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static String capitalized(String profile) {
        return profile.isEmpty() ? profile : Character.toUpperCase(profile.charAt(0)) + profile.substring(1);
    }

    private static DemoCatalogue catalogue(String account, String... types) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return new DemoCatalogue(java.util.Arrays.stream(types)
                .map(type -> {
                    ObjectNode c = f.objectNode();
                    c.put("connectorType", type)
                            .put("connectorName", account + " " + type)
                            .put("canUseAsSource", true)
                            .put("canUseAsDestination", true);
                    return (com.fasterxml.jackson.databind.JsonNode) c;
                })
                .toList());
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
