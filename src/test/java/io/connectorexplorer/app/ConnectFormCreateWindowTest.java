package io.connectorexplorer.app;

import static io.connectorexplorer.app.ConnectFormRobot.CREDENTIALS_MAP;
import static io.connectorexplorer.app.ConnectFormRobot.NAME;
import static io.connectorexplorer.app.ConnectFormRobot.PROFILE_PROPERTIES;
import static io.connectorexplorer.app.ConnectFormRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.connection.ConnectionSummary;
import io.connectorexplorer.testsupport.RecordingHook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
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
 * Create connector profile from the Connect tab, through the real SDK to the loopback endpoint of the active
 * account: asked first, sent only when confirmed, with the values as typed (secrets included) and a client token.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectFormCreateWindowTest {

    private static final String API_TOKEN = CREDENTIALS_MAP + "apiToken";
    private static final String ACCOUNT_ID = CREDENTIALS_MAP + "accountId";
    private static final String DATA_REGION = CREDENTIALS_MAP + "dataRegion";
    private static final String INSTANCE_URL = PROFILE_PROPERTIES + "instanceUrl";
    private static final String ARN =
            "arn:aws:appflow:" + ConnectFormWindow.REGION + ":" + ConnectFormWindow.ACCOUNT + ":connectorprofile/";

    @TempDir
    static Path folder;

    private ConnectFormWindow app;
    private ConnectFormRobot form;

    @Start
    void start(Stage stage) throws Exception {
        app = ConnectFormWindow.open(stage, Files.createDirectories(folder.resolve("run-" + System.nanoTime())));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void declinedSendsNothingAndConfirmedSendsTheTypedSecretWithAClientTokenAndShowsTheArn(FxRobot robot) {
        form = new ConnectFormRobot(robot);
        fillAcme("acme-created", "tok-real-5150");
        JsonNode preview = form.preview();

        app.answerCreate(false);
        form.click("createProfileButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.questions).containsExactly(ConnectFormWindow.PROFILE + " eu-west-1 acme-created");
        assertThat(form.createResult()).isEmpty();
        assertThat(form.createButton().isDisabled()).isFalse();
        assertThat(app.endpoint.callCount("CreateConnectorProfile")).isZero();

        app.answerCreate(true);
        form.click("createProfileButton");

        waitUntil(() -> !form.createResult().isEmpty());
        assertThat(app.questions).hasSize(2);
        assertThat(form.createResult()).isEqualTo("Created " + ARN + "acme-created");
        assertThat(app.endpoint.createdProfiles()).containsExactly("acme-created");
        // One request in all: the declined click sent nothing, before or after.
        assertThat(app.endpoint.callCount("CreateConnectorProfile")).isEqualTo(1);
        RecordingHook.Request sent = app.createRequests().get(0);
        String clientToken = sent.body().path("clientToken").asText();
        assertThat(UUID.fromString(clientToken)).isNotNull();
        // What went out is the preview the user saw, with the real values where it showed ****.
        ObjectNode expected = ((ObjectNode) preview.deepCopy()).put("clientToken", clientToken);
        setAt(expected, API_TOKEN, "tok-real-5150");
        setAt(expected, ACCOUNT_ID, "4711");
        setAt(expected, DATA_REGION, "eu");
        assertThat(sent.body()).isEqualTo(expected);
        assertThat(sent.header("Authorization")).contains("/" + ConnectFormWindow.REGION + "/appflow/aws4_request");
    }

    @Test
    void aNameAlreadyTakenIsTheServicesConflictShownWithoutTheSecret(FxRobot robot) {
        form = new ConnectFormRobot(robot);
        fillAcme("acme-twice", "tok-first-1111");
        form.click("createProfileButton");
        waitUntil(() -> !form.createResult().isEmpty());

        form.replace(API_TOKEN, "tok-second-2222");
        assertThat(form.createResult()).as("a changed form is a new request").isEmpty();
        form.click("createProfileButton");

        waitUntil(() -> robot.lookup("#problemBanner").query().isVisible());
        String detail = robot.lookup("#problemDetail").queryAs(Label.class).getText();
        String title = robot.lookup("#problemTitle").queryAs(Label.class).getText();
        assertThat(title + "\n" + detail)
                .contains("acme-twice", "ConflictException")
                .doesNotContain("tok-first-1111", "tok-second-2222");
        assertThat(form.createResult()).isEmpty();
        assertThat(form.createButton().isDisabled()).isFalse();
        assertThat(app.endpoint.createdProfiles()).containsExactly("acme-twice");
        List<RecordingHook.Request> sent = app.createRequests();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).body().at(API_TOKEN).asText()).isEqualTo("tok-second-2222");
        assertThat(sent.get(1).body().path("clientToken").asText())
                .as("a new request gets a new client token")
                .isNotEqualTo(sent.get(0).body().path("clientToken").asText());
    }

    @Test
    void aCreatedConnectionIsOnTheConnectionsTabWithoutAReload(FxRobot robot) {
        form = new ConnectFormRobot(robot);
        form.selectConnector("Acme CRM");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        javafx.scene.control.ListView<ConnectionSummary> connections =
                robot.lookup("#connectionList").queryListView();
        waitUntil(() -> !connections.getItems().isEmpty());
        assertThat(connections.getItems()).extracting(ConnectionSummary::name).doesNotContain("acme-fresh");
        int before = app.endpoint.callCount("DescribeConnectorProfiles");

        fillAcme("acme-fresh", "tok-fresh-1");
        app.answerCreate(true);
        form.click("createProfileButton");
        waitUntil(() -> !form.createResult().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);

        waitUntil(() -> connections.getItems().stream().anyMatch(c -> c.name().equals("acme-fresh")));
        assertThat(app.endpoint.callCount("DescribeConnectorProfiles")).isEqualTo(before + 1);
        ConnectionSummary fresh = connections.getItems().stream()
                .filter(c -> c.name().equals("acme-fresh"))
                .findFirst()
                .orElseThrow();
        assertThat(fresh.credentialsArn()).startsWith("arn:aws:secretsmanager:");
        waitUntil(() -> connections.getSelectionModel().getSelectedItem() == fresh);
        assertThat(fresh.json().toString()).doesNotContain("tok-fresh-1");
    }

    private void fillAcme(String name, String apiToken) {
        form.selectConnector("Acme CRM");
        form.openConnectTab();
        form.type(NAME, name);
        form.type(API_TOKEN, apiToken);
        form.type(ACCOUNT_ID, "4711");
        form.chooseFor(DATA_REGION, "eu");
        form.type(INSTANCE_URL, "https://eu.acme.example");
        assertThat(form.createButton().isDisabled()).isFalse();
    }

    private static void setAt(ObjectNode root, String pointer, String value) {
        int slash = pointer.lastIndexOf('/');
        ObjectNode parent = (ObjectNode) root.at(pointer.substring(0, slash));
        assertThat(parent.path(pointer.substring(slash + 1)).asText()).isEqualTo("****");
        parent.put(pointer.substring(slash + 1), value);
    }
}
