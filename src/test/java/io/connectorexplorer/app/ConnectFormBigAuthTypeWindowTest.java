package io.connectorexplorer.app;

import static io.connectorexplorer.app.ConnectFormRobot.CREDENTIALS_MAP;
import static io.connectorexplorer.app.ConnectFormRobot.NAME;
import static io.connectorexplorer.app.ConnectFormRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.form.Redaction;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching the Connect form to a custom auth type of 300 parameters (issue 16): the rows fill in over the pulses
 * after the switch, and the form must still be whole — every field counted at once, every row there in the end in
 * form order and laid out one under the other (each row keeps its height for a width until something in it
 * changes), Tab from field to field, and what was typed into the last row reaching the preview and the request.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectFormBigAuthTypeWindowTest {

    private static final int PARAMETERS = 300;
    private static final String CONNECTOR = "Acme CRM with a big auth type";

    @TempDir
    static Path folder;

    private ConnectFormWindow app;
    private ConnectFormRobot form;

    @Start
    void start(Stage stage) throws Exception {
        app = ConnectFormWindow.open(
                stage, Files.createDirectories(folder.resolve("run-" + System.nanoTime())), catalogue());
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    /** The demo catalogue plus acme-crm with a third custom auth type, Bulk, of 300 parameters. */
    private static DemoCatalogue catalogue() {
        List<JsonNode> all = new ArrayList<>(DemoCatalogue.bundled().configurations());
        ObjectNode acme = (ObjectNode) DemoCatalogue.bundled().customConnectors().stream()
                .filter(c -> c.path("connectorLabel").asText().equals("acme-crm"))
                .findFirst()
                .orElseThrow()
                .deepCopy();
        acme.put("connectorLabel", "acme-big");
        acme.put("connectorName", CONNECTOR);
        ArrayNode params = ((ArrayNode) acme.path("authenticationConfig").path("customAuthConfigs"))
                .addObject()
                .put("customAuthenticationType", "Bulk")
                .putArray("authParameters");
        for (int i = 0; i < PARAMETERS; i++) {
            ObjectNode p = params.addObject()
                    .put("key", key(i))
                    .put("isRequired", i % 4 == 0)
                    .put("label", "Parameter " + i)
                    // One sentence: no "More" link between one input and the next.
                    .put("description", "Parameter number " + i + " of the bulk type, generated for this test")
                    .put("isSensitiveField", i % 7 == 0);
            if (i % 10 == 0) {
                p.putArray("connectorSuppliedValues").add("alpha").add("beta");
            }
        }
        all.add(acme);
        return new DemoCatalogue(all);
    }

    private static String key(int i) {
        return String.format(Locale.ROOT, "param%03d", i);
    }

    private static String path(int i) {
        return CREDENTIALS_MAP + key(i);
    }

    private void switchToBulk(FxRobot robot) {
        form = new ConnectFormRobot(robot);
        form.selectConnector(CONNECTOR);
        form.openConnectTab();
        form.type(NAME, "acme-bulk");
        form.chooseMethod("Bulk");
    }

    private void awaitEveryRow() {
        waitUntil(() -> form.hasControl(path(PARAMETERS - 1)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The row (label, input, help, message) of the field: what FieldRow puts around its control. */
    private Node row(int i) {
        return form.control(path(i)).getParent();
    }

    private Bounds inScene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    @Test
    void everyParameterIsCountedAtOnceAndEveryRowIsThereInTheEndOneUnderTheOther(FxRobot robot) {
        switchToBulk(robot);

        // Every fourth of the 300 is required: counted before its row is drawn.
        assertThat(form.remaining()).isEqualTo("75 items need attention");

        awaitEveryRow();
        for (int i = 0; i < PARAMETERS; i++) {
            assertThat(form.hasControl(path(i))).as("row of %s", key(i)).isTrue();
        }
        robot.interact(() -> {
            for (int i = 1; i < PARAMETERS; i++) {
                Bounds above = inScene(row(i - 1));
                Bounds below = inScene(row(i));
                assertThat(below.getMinY())
                        .as("row %d starts below row %d", i, i - 1)
                        .isGreaterThanOrEqualTo(above.getMaxY());
                assertThat(below.getHeight()).as("row %d has a height", i).isPositive();
            }
        });
    }

    @Test
    void tabGoesFromTheChooserIntoTheFirstParameterAndFromEachParameterToTheNext(FxRobot robot) {
        switchToBulk(robot);
        assertThat(form.focusIsIn("authMethod")).isTrue();

        form.press(KeyCode.TAB);
        assertThat(form.focusIsIn(ConnectFormRobot.fieldId(path(0)))).isTrue();

        awaitEveryRow();
        // 298 and 299 are plain text fields, built among the last.
        form.type(path(298), "x");
        form.press(KeyCode.TAB);
        assertThat(form.focusIsIn(ConnectFormRobot.fieldId(path(299)))).isTrue();
        form.press(KeyCode.SHIFT, KeyCode.TAB);
        assertThat(form.focusIsIn(ConnectFormRobot.fieldId(path(298)))).isTrue();
    }

    @Test
    void aMessageBesideARowPushesTheRowsBelowItDown(FxRobot robot) {
        switchToBulk(robot);
        awaitEveryRow();
        // Parameter 4 is required and plain text; Parameter 5 is its neighbour below, in the same box.
        double rowBefore = row(4).getLayoutBounds().getHeight();
        double gapBefore = row(5).getBoundsInParent().getMinY()
                - row(4).getBoundsInParent().getMinY();

        form.type(path(4), "v");
        form.press(KeyCode.BACK_SPACE);
        waitUntil(() -> !form.errorBeside(path(4)).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> {
            double grownBy = row(4).getLayoutBounds().getHeight() - rowBefore;
            assertThat(grownBy).as("the row made room for its message").isPositive();
            assertThat(row(5).getBoundsInParent().getMinY()
                            - row(4).getBoundsInParent().getMinY())
                    .as("the next row moved down as far")
                    .isCloseTo(gapBefore + grownBy, Offset.offset(0.5));
            assertThat(inScene(row(5)).getMinY())
                    .isGreaterThanOrEqualTo(inScene(row(4)).getMaxY());
        });
    }

    @Test
    void whatWasTypedIntoTheLastRowReachesThePreviewMaskedAndTheRequest(FxRobot robot) {
        switchToBulk(robot);
        awaitEveryRow();

        form.type(path(299), "last-value");
        form.type(path(0), "SENTINEL-first-secret");

        JsonNode credentials = form.preview().at(CREDENTIALS_MAP.substring(0, CREDENTIALS_MAP.length() - 1));
        // Credentials map values are sensitive in the AppFlow model: the preview masks each one typed.
        assertThat(credentials.path(key(299)).asText()).isEqualTo("****");
        assertThat(credentials.path(key(0)).asText()).isEqualTo("****");
        assertThat(credentials.has(key(298))).as("nothing typed, nothing sent").isFalse();
        assertThat(form.previewText()).doesNotContain("SENTINEL").doesNotContain("last-value");
        JsonNode sent = app.window.connect().request(Redaction.NONE);
        assertThat(sent.at(path(299)).asText()).isEqualTo("last-value");
        // 75 required, one of them typed; the others are still counted.
        assertThat(form.remaining()).isEqualTo("74 items need attention");
    }
}
