package io.connectorexplorer.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.form.AuthMethod;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.model.BundledServiceModel;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The generated form's rows, built a few per pulse: a field asked for is built at once, and only as far as it. */
@ExtendWith(ApplicationExtension.class)
class FormFieldsViewTest {

    private static final String CREDENTIALS =
            "/connectorProfileConfig/connectorProfileCredentials/CustomConnector/custom/credentialsMap/";

    private final ConnectFormViewModel model = new ConnectFormViewModel(BundledServiceModel::appflow);
    private FormFieldsView view;

    @Start
    void start(Stage stage) {
        view = new FormFieldsView(model, node -> {});
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 700, 600));
        stage.show();
    }

    /** acme-crm with a third custom auth type, Bulk, of {@code count} plain text parameters. */
    private static ConnectorDescription acmeWithBulk(int count) {
        ObjectNode acme = (ObjectNode) DemoCatalogue.bundled().customConnectors().stream()
                .filter(c -> c.path("connectorLabel").asText().equals("acme-crm"))
                .findFirst()
                .orElseThrow()
                .deepCopy();
        ArrayNode params = ((ArrayNode) acme.path("authenticationConfig").path("customAuthConfigs"))
                .addObject()
                .put("customAuthenticationType", "Bulk")
                .putArray("authParameters");
        for (int i = 0; i < count; i++) {
            params.addObject().put("key", key(i)).put("label", "Parameter " + i).put("isRequired", true);
        }
        return new ConnectorDescription(ConnectorKey.custom("acme-crm"), acme);
    }

    private static String key(int i) {
        return String.format(Locale.ROOT, "param%03d", i);
    }

    private Node control(int i) {
        return view.lookup("#field-" + (CREDENTIALS + key(i)).replaceAll("[^A-Za-z0-9]+", "-"));
    }

    @Test
    void aFieldRevealedRightAfterTheSwitchIsBuiltAtOnceAndOnlyAsFarAsIt(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.show(acmeWithBulk(300));
            List<AuthMethod> methods = model.getSpec().methods();
            model.setMethod(methods.get(methods.size() - 1));
            assertThat(control(150)).as("not built in the pulse of the switch").isNull();

            model.reveal(CREDENTIALS + key(150));

            assertThat(control(150)).isNotNull();
            assertThat(control(151))
                    .as("the rows after it wait for the pulses after")
                    .isNull();
        });

        // The rest still fills in, and the revealed field has the keyboard.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> control(299) != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(control(150).isFocused()).isTrue();
    }
}
