package io.connectorexplorer.app;

import static io.connectorexplorer.app.ConnectFormRobot.CREDENTIALS_MAP;
import static io.connectorexplorer.app.ConnectFormRobot.CUSTOM_CREDENTIALS;
import static io.connectorexplorer.app.ConnectFormRobot.NAME;
import static io.connectorexplorer.app.ConnectFormRobot.OAUTH2_PROPERTIES;
import static io.connectorexplorer.app.ConnectFormRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.form.FieldSpec;
import io.connectorexplorer.core.form.FormValues;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.ui.form.ConnectFormViewModel;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The issue's acceptance: sentinel secrets typed into every sensitive field of six forms are found in nothing the
 * app wrote — saved requests, exports, settings, the diagnostic log, the AWS files' folder, new files in the temporary
 * folder, logs, the request trace (--debug's), standard output and error — nor on the clipboard after a copy without "include secrets", nor in what the form's
 * view model prints. And the opposite, so the search is known to look at the right text: a copy with "include
 * secrets" ticked holds them all, and the tick is gone after that one copy.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectFormSecretHygieneWindowTest {

    private static final String OAUTH2 = CUSTOM_CREDENTIALS + "/oauth2/";
    private static final String BASIC = CUSTOM_CREDENTIALS + "/basic/";
    private static final String API_KEY = CUSTOM_CREDENTIALS + "/apiKey/";
    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    /** A form to fill: the connector, the method, and the secrets it must offer at the least. */
    private record Form(String connector, String method, Set<String> secrets) {}

    private static final List<Form> FORMS = List.of(
            new Form("Acme CRM", "ApiToken", Set.of(CREDENTIALS_MAP + "apiToken")),
            new Form("Acme CRM", "HmacSignature", Set.of(CREDENTIALS_MAP + "signingSecret")),
            new Form(
                    "Northwind Tickets",
                    "OAuth 2.0",
                    Set.of(
                            OAUTH2 + "clientSecret",
                            OAUTH2 + "accessToken",
                            OAUTH2 + "refreshToken",
                            OAUTH2 + "oAuthRequest/authCode",
                            OAUTH2_PROPERTIES + "tokenUrlCustomProperties/client_assertion_key")),
            new Form("Northwind Tickets", "Basic", Set.of(BASIC + "password")),
            new Form("Globex Warehouse", "Basic", Set.of(BASIC + "password")),
            new Form("Globex Warehouse", "API key", Set.of(API_KEY + "apiKey", API_KEY + "apiSecretKey")));

    @TempDir
    static Path folder;

    private Set<String> tempBefore;
    private WrittenOutput output;
    private ConnectFormWindow app;
    private ConnectFormRobot form;
    private final List<String> sentinels = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        tempBefore = WrittenOutput.names(TEMP);
        output = WrittenOutput.capture();
        app = ConnectFormWindow.open(stage, Files.createDirectories(folder.resolve("run-" + System.nanoTime())));
    }

    @AfterEach
    void stop() throws Exception {
        output.close();
        app.close();
    }

    @Test
    void sentinelSecretsAreInNothingTheAppWroteNorOnTheClipboardAfterARedactedCopy(FxRobot robot) throws Exception {
        form = new ConnectFormRobot(robot);
        String shown = null;
        int exports = 0;
        for (Form f : FORMS) {
            if (!f.connector().equals(shown)) {
                form.selectConnector(f.connector());
                shown = f.connector();
                exportConfiguration(robot);
                exports++;
                form.openConnectTab();
            }
            if (!f.method().equals(form.methodShown())) {
                form.chooseMethod(f.method());
            }
            form.type(NAME, "hygiene-" + (sentinels.size() + 1));
            List<String> paths = sensitivePaths(f);
            List<String> typed = new ArrayList<>();
            for (String path : paths) {
                typed.add(typeSentinel(path));
            }

            assertMasked(form.preview(), paths, "the preview of " + f);
            assertThat(WrittenOutput.find("preview", form.previewText(), sentinels))
                    .isEmpty();
            assertThat(formValues(app.window.connect()).size()).isGreaterThan(paths.size());
            assertThat(WrittenOutput.find("view model", printedByViewModel(app.window.connect()), sentinels))
                    .isEmpty();

            form.tickIncludeSecrets();
            assertThat(form.includeSecretsTicked()).isTrue();
            form.click("copyCliButton");
            assertThat(app.clipboard.text()).as("a copy with secrets of " + f).contains(typed);
            assertThat(form.includeSecretsTicked())
                    .as("the tick is for one copy")
                    .isFalse();

            form.click("copyCliButton");
            assertThat(WrittenOutput.find("clipboard", app.clipboard.text(), sentinels))
                    .isEmpty();
            JsonNode copied = cliInput(app.clipboard.text());
            for (String path : paths) {
                assertThat(copied.at(path).asText())
                        .as(path + " in the copy without secrets of " + f + ": read from a variable")
                        .startsWith("$APPFLOW_SECRET_");
            }

            int chosen = app.chosenFiles.size();
            form.saveRequest();
            waitUntil(() -> app.chosenFiles.size() == chosen + 1 && Files.exists(app.chosenFiles.get(chosen)));
            assertMasked(JsonFormat.parse(Files.readString(app.chosenFiles.get(chosen))), paths, "the saved " + f);
        }
        assertThat(sentinels)
                .hasSizeGreaterThanOrEqualTo(
                        FORMS.stream().mapToInt(f -> f.secrets().size()).sum());
        assertThat(WrittenOutput.find(
                        "window", textsShown(robot.lookup("#mainView").queryAs(Parent.class)), sentinels))
                .isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        waitUntil(() -> !app.window.shell().stage().isShowing() && Files.exists(app.settingsFile()));

        assertThat(formValues(app.window.connect()).size())
                .as("values wiped when the window closed")
                .isZero();
        List<Path> written = WrittenOutput.regularFiles(app.folder);
        assertThat(written)
                .as("settings, %d saved requests, %d exports", FORMS.size(), exports)
                .contains(app.settingsFile())
                .containsAll(app.chosenFiles)
                .hasSizeGreaterThan(FORMS.size() + exports);
        assertThat(Files.readString(app.settingsFile())).contains("window.width");
        // The diagnostic log is among the files searched, and the request trace of --debug is searched too: both have
        // the calls of the window, so the search looks at the right text.
        assertThat(app.log()).contains(" call Appflow DescribeConnectors ", " call Appflow DescribeConnector ");
        assertThat(app.trace).contains("Appflow DescribeConnector (profile connect-test, eu-west-1), attempt 1");
        List<String> found = new ArrayList<>(WrittenOutput.findInFiles(app.folder, sentinels));
        found.addAll(WrittenOutput.find("request trace", app.trace.toString(), sentinels));
        for (String name : WrittenOutput.names(TEMP)) {
            if (!tempBefore.contains(name)) {
                found.addAll(WrittenOutput.findInFiles(TEMP.resolve(name), sentinels));
            }
        }
        found.addAll(WrittenOutput.find("clipboard", app.clipboard.text(), sentinels));
        found.addAll(WrittenOutput.find("logs", output.logs(), sentinels));
        found.addAll(WrittenOutput.find("stdout/stderr", output.printed(), sentinels));
        found.addAll(
                WrittenOutput.find("view model after closing", printedByViewModel(app.window.connect()), sentinels));
        assertThat(found).isEmpty();
        assertThat(app.clipboard.text())
                .contains("aws appflow create-connector-profile")
                .contains("${APPFLOW_SECRET_");
    }

    /** Every field of the chosen method the model or the connector marks sensitive, or that masks what is typed. */
    private List<String> sensitivePaths(Form f) {
        Set<String> paths = new LinkedHashSet<>();
        for (FieldSpec field : app.window.connect().fields()) {
            if (field.sensitive() || form.hasMaskedInput(field.path())) {
                paths.add(field.path());
            }
        }
        assertThat(paths).as("sensitive fields of " + f).containsAll(f.secrets());
        return List.copyOf(paths);
    }

    private String typeSentinel(String path) {
        String sentinel = "SENTINEL-" + (sentinels.size() + 1) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        sentinels.add(sentinel);
        form.type(path, sentinel);
        return sentinel;
    }

    private void exportConfiguration(FxRobot robot) {
        int chosen = app.chosenFiles.size();
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> app.chosenFiles.size() == chosen + 1 && Files.exists(app.chosenFiles.get(chosen)));
    }

    private static void assertMasked(JsonNode request, List<String> paths, String what) {
        for (String path : paths) {
            assertThat(request.at(path).asText()).as(path + " in " + what).isEqualTo("****");
        }
    }

    /**
     * The JSON of the copied {@code … --cli-input-json '…'}, each value the shell splices in from a variable written
     * as {@code $VARIABLE}.
     */
    private static JsonNode cliInput(String command) throws Exception {
        String marker = " --cli-input-json '";
        assertThat(command)
                .contains("aws appflow create-connector-profile --profile ")
                .contains(marker);
        String json = command.substring(command.indexOf(marker) + marker.length(), command.lastIndexOf('\''));
        json = json.replaceAll("'\"\\$\\(printf '%s' \"\\$(\\w+)\" \\| sed [^)]*\\)\"'", "\\$$1");
        return JsonFormat.parse(json.replace("'\"'\"'", "'"));
    }

    /**
     * What the view model and each of its fields print: the values, the properties (whose toString shows their
     * value) and the collections.
     */
    private static String printedByViewModel(ConnectFormViewModel model) throws IllegalAccessException {
        StringBuilder text = new StringBuilder(String.valueOf(model));
        for (Field field : instanceFields()) {
            text.append('\n').append(field.getName()).append(" = ").append(field.get(model));
        }
        return text.toString();
    }

    /** Where the view model keeps what was typed; read here to know the search above had values to find. */
    private static FormValues formValues(ConnectFormViewModel model) throws IllegalAccessException {
        for (Field field : instanceFields()) {
            if (field.get(model) instanceof FormValues values) {
                return values;
            }
        }
        throw new AssertionError("the view model keeps no FormValues");
    }

    private static List<Field> instanceFields() {
        List<Field> fields = new ArrayList<>();
        for (Field field : ConnectFormViewModel.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return fields;
    }

    /** The text of every label, button, tab header and text area in the window (inputs excepted). */
    private static String textsShown(Node node) {
        StringBuilder text = new StringBuilder();
        if (node instanceof Labeled labeled) {
            text.append(labeled.getText()).append('\n');
        } else if (node instanceof TextArea area) {
            text.append(area.getText()).append('\n');
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> text.append(textsShown(child)));
        }
        return text.toString();
    }
}
