package io.connectorexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.demo.LoopbackAppFlowEndpoint;
import io.connectorexplorer.infra.sso.SsoToken;
import io.connectorexplorer.infra.sso.SsoTokenCache;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.FakeSsoOidc;
import io.connectorexplorer.testsupport.LoopbackAwsServices;
import io.connectorexplorer.testsupport.MemorySettings;
import io.connectorexplorer.testsupport.RecordingClipboard;
import io.connectorexplorer.testsupport.TestThreads;
import io.connectorexplorer.ui.common.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
 * An SSO session signed in: the accounts and roles its portal lists appear in the profile picker under the session's
 * profile; one is opened by the keyboard alone (its credentials from GetRoleCredentials, through the real SDK
 * clients), then saved as a profile from the Account menu, which the picker then lists.
 */
@ExtendWith(ApplicationExtension.class)
class DiscoveredAccountsWindowTest {

    private static final String SANDBOX = "corp / Sandbox (444455556666) / Admin";

    @TempDir
    static Path home;

    private LoopbackAwsServices aws;
    private LoopbackAppFlowEndpoint appflow;
    private Services services;
    private FxTaskRunner tasks;
    private ExplorerWindow window;
    private Path config;
    private final List<String> asked = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        aws = LoopbackAwsServices.start();
        aws.sso().assignRole("111122223333", "ReadOnly");
        aws.sso().accountName("111122223333", "Prod");
        aws.sso().assignRole("444455556666", "Admin");
        aws.sso().accountName("444455556666", "Sandbox");
        appflow = LoopbackAppFlowEndpoint.start(DemoCatalogue.bundled());
        Path userHome = Files.createDirectories(home.resolve("user-" + System.nanoTime()));
        Files.createDirectories(userHome.resolve(".aws"));
        config = userHome.resolve(".aws").resolve("config");
        Files.writeString(config, """
                [profile corp]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = ReadOnly
                region = eu-west-1

                [sso-session corp]
                sso_start_url = https://corp.awsapps.example/start
                sso_region = eu-west-1
                """);
        // Only the environment's endpoints apply to a discovered account: AppFlow is reached through them too.
        Map<String, String> variables = Map.of(
                "AWS_PROFILE", "corp", "AWS_ENDPOINT_URL_APPFLOW", appflow.uri().toString());
        FakeSsoOidc.Session session = aws.oidc().signedInSession(List.of("sso:account:access"));
        SsoTokenCache.in(aws.environment(userHome, variables))
                .write(
                        "corp",
                        new SsoToken(
                                "https://corp.awsapps.example/start",
                                "eu-west-1",
                                session.accessToken(),
                                Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS),
                                session.clientId(),
                                session.clientSecret(),
                                Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS),
                                session.refreshToken()));
        services = Services.create(aws.environment(userHome, variables), AppFlowTestAccount.TIMEOUTS);
        tasks = new FxTaskRunner(TestThreads.background());
        window = ExplorerWindow.open(
                stage,
                services,
                new MemorySettings(),
                tasks,
                ExplorerWindow.Options.of(owner -> (t, n) -> Optional.empty(), new RecordingClipboard())
                        .withNameQuestion((account, proposed, problem) -> {
                            asked.add(account + " | " + proposed + " | corp: "
                                    + problem.apply("corp").orElse("") + " | sandbox-admin: "
                                    + problem.apply("sandbox-admin").orElse("free"));
                            return Optional.of("sandbox-admin");
                        }));
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.shell().stage().close()).get(5, TimeUnit.SECONDS);
        tasks.close();
        services.close();
        appflow.close();
        aws.close();
    }

    @Test
    void aDiscoveredAccountOpensFromThePickerAndIsSavedAsAProfile(FxRobot robot) throws Exception {
        ComboBox<AwsProfile> picker = robot.lookup("#profilePicker").queryComboBox();
        ConnectFormRobot.waitUntil(() -> names(picker).contains(SANDBOX));
        assertThat(names(picker))
                .containsSubsequence("corp", "corp / Prod (111122223333) / ReadOnly", SANDBOX, AwsProfile.DEMO_NAME);
        ConnectFormRobot.waitUntil(() -> window.explorer().getSession() != null);
        assertThat(robot.lookup("#saveAsProfileMenuItem").tryQuery())
                .as("menu items are not nodes")
                .isEmpty();

        // Ctrl+P, down to the Sandbox role, Enter: two keys and a choice.
        ConnectFormRobot form = new ConnectFormRobot(robot);
        form.press(KeyCode.CONTROL, KeyCode.P);
        ConnectFormRobot.waitUntil(picker::isShowing);
        form.press(KeyCode.DOWN);
        form.press(KeyCode.DOWN);
        form.press(KeyCode.ENTER);

        ConnectFormRobot.waitUntil(() -> window.explorer().getSession() != null
                && window.explorer().getSession().target().profileName().equals(SANDBOX));
        ListView<ConnectorSummary> list = robot.lookup("#connectorList").queryListView();
        ConnectFormRobot.waitUntil(() -> list.getItems().size() == 27);
        ConnectFormRobot.waitUntil(() ->
                robot.lookup("#statusIdentity").queryAs(Label.class).getText().startsWith("Account 444455556666"));
        assertThat(window.explorer().getSession().target().region()).isEqualTo("eu-west-1");
        assertThat(aws.requests("GetRoleCredentials")).isNotEmpty();

        robot.clickOn("Account");
        Node save = robot.lookup(".menu-item")
                .match((Node n) -> n.lookup(".label") instanceof Label l && "Save as profile…".equals(l.getText()))
                .query();
        robot.clickOn(save);

        ConnectFormRobot.waitUntil(() -> names(picker).contains("sandbox-admin"));
        assertThat(asked)
                .containsExactly(SANDBOX + " | Admin-444455556666 | corp: A profile named 'corp' already exists."
                        + " | sandbox-admin: free");
        assertThat(Files.readString(config))
                .contains("[profile sandbox-admin]\nsso_session = corp\nsso_account_id = 444455556666\n"
                        + "sso_role_name = Admin\nregion = eu-west-1\n");
        ConnectFormRobot.waitUntil(() -> robot.lookup("#statusMessage")
                .queryAs(Label.class)
                .getText()
                .startsWith("Saved profile sandbox-admin"));
        assertThat(picker.getValue().name()).as("the account shown stays").isEqualTo(SANDBOX);
    }

    private static List<String> names(ComboBox<AwsProfile> picker) {
        return picker.getItems().stream().map(AwsProfile::name).toList();
    }
}
