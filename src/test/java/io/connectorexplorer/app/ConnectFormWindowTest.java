package io.connectorexplorer.app;

import static io.connectorexplorer.app.ConnectFormRobot.CREDENTIALS;
import static io.connectorexplorer.app.ConnectFormRobot.CREDENTIALS_MAP;
import static io.connectorexplorer.app.ConnectFormRobot.CUSTOM_CREDENTIALS;
import static io.connectorexplorer.app.ConnectFormRobot.NAME;
import static io.connectorexplorer.app.ConnectFormRobot.OAUTH2_PROPERTIES;
import static io.connectorexplorer.app.ConnectFormRobot.PROFILE_PROPERTIES;
import static io.connectorexplorer.app.ConnectFormRobot.PROPERTIES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Connect tab as a user fills it, headless, for connectors of the bundled demo account served by a loopback
 * endpoint: a custom connector with custom authentication, one with OAuth 2.0, and one authored by Amazon. Every
 * value is typed into the control the field's id names; the preview is read back as the JSON it shows.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectFormWindowTest {

    private static final String API_TOKEN = CREDENTIALS_MAP + "apiToken";
    private static final String ACCOUNT_ID = CREDENTIALS_MAP + "accountId";
    private static final String DATA_REGION = CREDENTIALS_MAP + "dataRegion";
    private static final String SIGNING_SECRET = CREDENTIALS_MAP + "signingSecret";
    private static final String INSTANCE_URL = PROFILE_PROPERTIES + "instanceUrl";
    private static final String CONNECTION_MODE = "/connectionMode";

    private static final String OAUTH2 = CUSTOM_CREDENTIALS + "/oauth2/";
    private static final String GRANT_TYPE = OAUTH2_PROPERTIES + "oAuth2GrantType";
    private static final String TOKEN_URL = OAUTH2_PROPERTIES + "tokenUrl";
    private static final String AUDIENCE = OAUTH2_PROPERTIES + "tokenUrlCustomProperties/audience";
    private static final String ASSERTION_KEY = OAUTH2_PROPERTIES + "tokenUrlCustomProperties/client_assertion_key";
    private static final String SUBDOMAIN = PROFILE_PROPERTIES + "subdomain";

    private static final String ZENDESK = CREDENTIALS + "/Zendesk/";
    private static final String ZENDESK_URL = PROPERTIES + "/Zendesk/instanceUrl";

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
    void aCustomAuthFormIsReadyOnceEveryRequiredFieldIsTypedAndItsPreviewMasksTheCredentials(FxRobot robot) {
        form = new ConnectFormRobot(robot);
        form.selectConnector("Acme CRM");
        form.openConnectTab();

        assertThat(form.methodShown()).isEqualTo("ApiToken");
        assertThat(form.createButton().isDisabled()).isTrue();
        // Profile name, API token, account id and data region; the connection mode starts as Public.
        assertThat(form.remaining()).isEqualTo("4 items need attention");
        assertThat(form.errorBeside(API_TOKEN))
                .as("nothing typed yet: counted, not shown")
                .isEmpty();
        assertThat(form.isMasked(API_TOKEN)).isTrue();
        assertThat(form.isMasked(ACCOUNT_ID)).isFalse();
        assertThat(form.maskedInputs()).hasSize(1);

        form.type(NAME, "acme-prod");
        assertThat(form.remaining()).isEqualTo("3 items need attention");
        form.type(API_TOKEN, "tok-9f8e7d6c");
        form.type(ACCOUNT_ID, "4711");
        form.chooseFor(DATA_REGION, "eu");
        form.type(INSTANCE_URL, "https://eu.acme.example");

        assertThat(form.remaining()).isEqualTo("Ready to create");
        assertThat(form.createButton().isDisabled()).isFalse();
        JsonNode preview = form.preview();
        assertThat(preview.at(NAME).asText()).isEqualTo("acme-prod");
        assertThat(preview.at("/connectorType").asText()).isEqualTo("CustomConnector");
        assertThat(preview.at("/connectorLabel").asText()).isEqualTo("acme-crm");
        assertThat(preview.at("/connectionMode").asText()).isEqualTo("Public");
        assertThat(preview.at(CUSTOM_CREDENTIALS + "/authenticationType").asText())
                .isEqualTo("CUSTOM");
        assertThat(preview.at(CUSTOM_CREDENTIALS + "/custom/customAuthenticationType")
                        .asText())
                .isEqualTo("ApiToken");
        assertThat(preview.at(API_TOKEN).asText()).isEqualTo("****");
        // The model marks every credentialsMap value sensitive: shown as typed in its field, masked in the request.
        assertThat(preview.at(ACCOUNT_ID).asText()).isEqualTo("****");
        assertThat(preview.at(DATA_REGION).asText()).isEqualTo("****");
        assertThat(preview.at(INSTANCE_URL).asText()).isEqualTo("https://eu.acme.example");
        assertThat(form.previewText()).doesNotContain("tok-9f8e7d6c", "4711");

        form.replace(API_TOKEN, "tok 9f8e");

        assertThat(form.errorBeside(API_TOKEN)).isEqualTo("no spaces, tabs or line breaks");
        assertThat(form.createButton().isDisabled()).isTrue();
        assertThat(form.remaining()).isEqualTo("1 item needs attention");
        assertThat(form.errorBeside(ACCOUNT_ID)).isEmpty();

        form.replace(API_TOKEN, "tok-9f8e");

        assertThat(form.errorBeside(API_TOKEN)).isEmpty();
        assertThat(form.createButton().isDisabled()).isFalse();
    }

    @Test
    void theOtherCustomAuthTypeDropsTheFirstTypesCredentialsAndAsksForItsOwn(FxRobot robot) {
        form = new ConnectFormRobot(robot);
        form.selectConnector("Acme CRM");
        form.openConnectTab();
        form.type(NAME, "acme-hmac");
        form.type(API_TOKEN, "tok-9f8e7d6c");
        form.type(ACCOUNT_ID, "4711");

        form.chooseMethod("HmacSignature");

        assertThat(form.hasControl(API_TOKEN)).isFalse();
        assertThat(form.isMasked(SIGNING_SECRET)).isTrue();
        assertThat(form.input(ACCOUNT_ID).getText()).isEmpty();
        assertThat(form.input(NAME).getText()).isEqualTo("acme-hmac");
        // Signing key id, signing secret, algorithm, account id and data region.
        assertThat(form.remaining()).isEqualTo("5 items need attention");
        JsonNode preview = form.preview();
        assertThat(preview.at(CUSTOM_CREDENTIALS + "/custom/customAuthenticationType")
                        .asText())
                .isEqualTo("HmacSignature");
        assertThat(preview.at(CREDENTIALS_MAP.substring(0, CREDENTIALS_MAP.length() - 1))
                        .isMissingNode())
                .isTrue();
    }

    @Test
    void anOAuth2FormTakesGrantTypeTokenUrlAndClientFromTheConnectorsDefaults(FxRobot robot) {
        form = new ConnectFormRobot(robot);
        form.selectConnector("Northwind Tickets");
        form.openConnectTab();
        assertThat(form.methodShown()).isEqualTo("Basic");

        form.chooseMethod("OAuth 2.0");

        // Profile name, grant type, token URL, client id and secret, the audience property and the subdomain.
        assertThat(form.remaining()).isEqualTo("7 items need attention");
        for (String secret : new String[] {
            OAUTH2 + "clientSecret",
            ASSERTION_KEY,
            OAUTH2 + "accessToken",
            OAUTH2 + "refreshToken",
            OAUTH2 + "oAuthRequest/authCode"
        }) {
            assertThat(form.isMasked(secret)).as(secret).isTrue();
        }
        assertThat(form.isMasked(OAUTH2 + "clientId")).isFalse();

        form.type(NAME, "northwind-oauth");
        form.chooseFor(GRANT_TYPE, "CLIENT_CREDENTIALS");
        form.chooseFor(TOKEN_URL, "https://login.eu.northwind-tickets.example/oauth2/token");
        form.type(OAUTH2 + "clientId", "nw-client-42");
        form.type(OAUTH2 + "clientSecret", "nw-secret-42");
        form.chooseFor(AUDIENCE, "https://api.eu.northwind-tickets.example");
        form.type(SUBDOMAIN, "acme");

        assertThat(form.remaining()).isEqualTo("Ready to create");
        assertThat(form.createButton().isDisabled()).isFalse();
        JsonNode preview = form.preview();
        assertThat(preview.at(CUSTOM_CREDENTIALS + "/authenticationType").asText())
                .isEqualTo("OAUTH2");
        assertThat(preview.at(GRANT_TYPE).asText()).isEqualTo("CLIENT_CREDENTIALS");
        assertThat(preview.at(TOKEN_URL).asText()).isEqualTo("https://login.eu.northwind-tickets.example/oauth2/token");
        assertThat(preview.at(AUDIENCE).asText()).isEqualTo("https://api.eu.northwind-tickets.example");
        assertThat(preview.at(OAUTH2 + "clientId").asText()).isEqualTo("nw-client-42");
        assertThat(preview.at(OAUTH2 + "clientSecret").asText()).isEqualTo("****");
        assertThat(preview.at(SUBDOMAIN).asText()).isEqualTo("acme");
        assertThat(preview.has("authorization"))
                .as("the sign-in page's fields are not in the request")
                .isFalse();
        assertThat(form.previewText()).doesNotContain("nw-secret-42");
    }

    @Test
    void aConnectorAuthoredByAmazonFillsFromTheModelAndChecksItsConstraints(FxRobot robot) {
        form = new ConnectFormRobot(robot);
        form.selectConnector("Zendesk");
        form.openConnectTab();

        assertThat(form.methodShown()).isEqualTo("Credentials");
        // Profile name, client id, client secret and instance URL.
        assertThat(form.remaining()).isEqualTo("4 items need attention");
        assertThat(form.isMasked(ZENDESK + "clientSecret")).isTrue();
        assertThat(form.isMasked(ZENDESK + "accessToken")).isTrue();
        assertThat(form.isMasked(ZENDESK + "oAuthRequest/authCode")).isTrue();
        assertThat(form.isMasked(ZENDESK + "clientId")).isFalse();

        form.type(NAME, "zendesk-support");
        form.type(ZENDESK + "clientId", "zd-client");
        form.type(ZENDESK + "clientSecret", "zd-secret-77");
        form.type(ZENDESK_URL, "https://acme.zendesk.com");

        assertThat(form.remaining()).isEqualTo("Ready to create");
        assertThat(form.createButton().isDisabled()).isFalse();
        JsonNode preview = form.preview();
        assertThat(preview.at("/connectorType").asText()).isEqualTo("Zendesk");
        assertThat(preview.has("connectorLabel")).isFalse();
        assertThat(preview.at(ZENDESK + "clientId").asText()).isEqualTo("zd-client");
        assertThat(preview.at(ZENDESK + "clientSecret").asText()).isEqualTo("****");
        assertThat(preview.at(ZENDESK_URL).asText()).isEqualTo("https://acme.zendesk.com");
        assertThat(form.previewText()).doesNotContain("zd-secret-77");

        form.replace(ZENDESK_URL, "https://acme zendesk.com");

        assertThat(form.errorBeside(ZENDESK_URL)).isEqualTo("no spaces, tabs or line breaks");
        assertThat(form.createButton().isDisabled()).isTrue();
        assertThat(form.remaining()).isEqualTo("1 item needs attention");
    }

    @Test
    void anotherConnectorStartsEmptyAndComingBackFindsEveryTypedValueGone(FxRobot robot) {
        form = new ConnectFormRobot(robot);
        form.selectConnector("Acme CRM");
        form.openConnectTab();
        form.type(NAME, "acme-prod");
        form.type(API_TOKEN, "tok-9f8e7d6c");
        form.type(ACCOUNT_ID, "4711");
        form.type(INSTANCE_URL, "https://eu.acme.example");

        form.selectConnector("Northwind Tickets");

        assertThat(form.input(NAME).getText()).isEmpty();
        assertThat(form.preview().has("connectorProfileName")).isFalse();
        assertThat(form.previewText()).doesNotContain("acme-prod", "https://eu.acme.example");

        form.selectConnector("Acme CRM");

        assertThat(form.input(NAME).getText()).isEmpty();
        assertThat(form.input(API_TOKEN).getText()).isEmpty();
        assertThat(form.input(ACCOUNT_ID).getText()).isEmpty();
        assertThat(form.input(INSTANCE_URL).getText()).isEmpty();
        assertThat(form.remaining()).isEqualTo("4 items need attention");
        assertThat(form.createButton().isDisabled()).isTrue();
        JsonNode preview = form.preview();
        assertThat(preview.has("connectorProfileName")).isFalse();
        assertThat(preview.at(CREDENTIALS_MAP.substring(0, CREDENTIALS_MAP.length() - 1))
                        .isMissingNode())
                .isTrue();
        assertThat(preview.at(INSTANCE_URL).isMissingNode()).isTrue();
    }

    @Test
    void theConnectionModeShowsWhatTheRequestSaysWhenTheConnectorBeforeStartedWithTheSameMethod(FxRobot robot) {
        form = new ConnectFormRobot(robot);
        form.filterConnectors("CustomConnector");
        form.clickConnector("Northwind Tickets");
        form.openConnectTab();
        assertThat(form.<String>choiceShown(CONNECTION_MODE)).isEqualTo("Public");
        form.clickConnector("Globex Warehouse");
        assertThat(form.<String>choiceShown(CONNECTION_MODE)).isEqualTo("Public");

        // Both start with Basic, an equal method; described before, Northwind shows again straight away.
        form.clickConnector("Northwind Tickets");

        assertThat(form.methodShown()).isEqualTo("Basic");
        assertThat(form.preview().at(CONNECTION_MODE).asText()).isEqualTo("Public");
        assertThat(form.<String>choiceShown(CONNECTION_MODE)).isEqualTo("Public");
    }
}
