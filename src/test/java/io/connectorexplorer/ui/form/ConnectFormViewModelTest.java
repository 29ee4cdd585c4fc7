package io.connectorexplorer.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.account.AccountConnection;
import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.CallerIdentity;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.files.AtomicTextFileWriter;
import io.connectorexplorer.infra.model.BundledServiceModel;
import io.connectorexplorer.testsupport.ManualTaskRunner;
import io.connectorexplorer.testsupport.RecordingClipboard;
import io.connectorexplorer.testsupport.TestThreads;
import io.connectorexplorer.ui.common.StatusModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Connect tab's logic without the toolkit: checking as you type, redaction, client tokens, create. */
class ConnectFormViewModelTest {

    private static final String CREDENTIALS =
            "/connectorProfileConfig/connectorProfileCredentials/CustomConnector/custom/credentialsMap/";
    private static final String SECRET = "SENTINEL-api-token-value";

    @TempDir
    Path folder;

    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private final StatusModel status = new StatusModel();
    private final RecordingClipboard clipboard = new RecordingClipboard();
    private final AtomicReference<Path> saveTo = new AtomicReference<>();
    private final List<String> tokensSent = new ArrayList<>();
    private final List<JsonNode> requestsSent = new ArrayList<>();
    private boolean confirm = true;
    private ServiceCallException failNext;
    private final AwsProfile prod = new AwsProfile("prod", ProfileKind.STATIC_KEYS, "eu-west-1", null);
    private final AccountSession session = new AccountSession(
            new Target(prod, "eu-west-1"),
            new AccountConnection() {
                @Override
                public io.connectorexplorer.core.connector.AppFlowGateway appflow() {
                    return new io.connectorexplorer.core.connector.AppFlowGateway() {
                        @Override
                        public JsonNode describeConnectors(String nextToken) {
                            throw new UnsupportedOperationException();
                        }

                        @Override
                        public JsonNode listConnectors(String nextToken) {
                            throw new UnsupportedOperationException();
                        }

                        @Override
                        public JsonNode describeConnector(ConnectorKey key) {
                            throw new UnsupportedOperationException();
                        }

                        @Override
                        public JsonNode createConnectorProfile(JsonNode request, String clientToken) {
                            requestsSent.add(request);
                            tokensSent.add(clientToken);
                            if (failNext != null) {
                                ServiceCallException failure = failNext;
                                failNext = null;
                                throw failure;
                            }
                            return JsonFormat.mapper()
                                    .createObjectNode()
                                    .put(
                                            "connectorProfileArn",
                                            "arn:aws:appflow:eu-west-1:111122223333:connectorprofile/"
                                                    + request.path("connectorProfileName")
                                                            .asText());
                        }

                        @Override
                        public String endpointDescription() {
                            return "fake";
                        }

                        @Override
                        public void close() {}
                    };
                }

                @Override
                public CallerIdentity identity() {
                    return new CallerIdentity("111122223333", "arn:aws:iam::111122223333:user/test");
                }

                @Override
                public void close() {}
            },
            TestThreads.SERVICE_CALLS);
    private final ConnectFormViewModel model = new ConnectFormViewModel(BundledServiceModel::appflow);
    private final CreateProfileViewModel actions = new CreateProfileViewModel(
            model,
            tasks,
            status,
            clipboard,
            (title, name) -> Optional.ofNullable(saveTo.get()),
            new AtomicTextFileWriter(),
            () -> session,
            (account, region, name) -> confirm);

    private static ConnectorDescription demo(String label) {
        JsonNode config = DemoCatalogue.bundled().customConnectors().stream()
                .filter(c -> c.path("connectorLabel").asText().equals(label))
                .findFirst()
                .orElseThrow();
        return new ConnectorDescription(ConnectorKey.custom(label), config);
    }

    private void fillAcme() {
        model.setText("/connectorProfileName", "acme-prod");
        model.setText(CREDENTIALS + "apiToken", SECRET);
        model.setText(CREDENTIALS + "accountId", "12345");
        model.setText(CREDENTIALS + "dataRegion", "eu");
    }

    @Test
    void theFormStartsInvalidWithACountAndPublicModeChosen() {
        model.show(demo("acme-crm"));

        assertThat(model.getSpec().methods()).extracting(m -> m.label()).containsExactly("ApiToken", "HmacSignature");
        assertThat(model.isValid()).isFalse();
        assertThat(model.check().remainingProperty().get()).endsWith("need attention");
        assertThat(model.value("/connectionMode")).isEqualTo("Public");
    }

    @Test
    void fillingTheRequiredFieldsMakesItValidAndThePreviewHidesTheSecret() {
        model.show(demo("acme-crm"));
        fillAcme();

        assertThat(model.isValid()).as(model.check().getErrors().toString()).isTrue();
        assertThat(model.check().remainingProperty().get()).isEqualTo("Ready to create");
        assertThat(model.getPreview()).contains("acme-prod", "****").doesNotContain(SECRET);
    }

    @Test
    void aCredentialWithASpaceIsRejectedBesideTheField() {
        model.show(demo("acme-crm"));
        fillAcme();
        model.setText(CREDENTIALS + "accountId", "12 345");

        assertThat(model.isValid()).isFalse();
        assertThat(model.check().getErrors()).containsKey(CREDENTIALS + "accountId");
        assertThat(model.check().getTouched()).contains(CREDENTIALS + "accountId");
    }

    @Test
    void copyRedactsUnlessSecretsAreAskedForAndTheAskLastsOneCopy() {
        model.show(demo("acme-crm"));
        fillAcme();

        actions.copyCliCommand();
        assertThat(clipboard.text())
                .contains("aws appflow create-connector-profile --profile prod --region eu-west-1 --cli-input-json '")
                .contains("${APPFLOW_SECRET_API_TOKEN:?")
                .doesNotContain(SECRET);
        assertThat(status.getMessage()).contains("Set APPFLOW_SECRET_API_TOKEN");
        actions.includeSecretsProperty().set(true);
        actions.copyCliCommand();
        assertThat(clipboard.text()).contains(SECRET);
        assertThat(actions.includeSecretsProperty().get()).isFalse();
        actions.copyCliCommand();
        assertThat(clipboard.text()).doesNotContain(SECRET);
    }

    @Test
    void savingNeverIncludesSecretsEvenWhenTicked() throws Exception {
        model.show(demo("acme-crm"));
        fillAcme();
        actions.includeSecretsProperty().set(true);
        saveTo.set(folder.resolve("request.json"));

        actions.saveRequest();
        tasks.runAll();

        assertThat(Files.readString(folder.resolve("request.json")))
                .contains("acme-prod")
                .doesNotContain(SECRET);
    }

    @Test
    void createSendsTheRealValuesAndARetryReusesTheClientToken() {
        model.show(demo("acme-crm"));
        fillAcme();
        failNext = ServiceCallException.timeout("CreateConnectorProfile", "No answer in time.");

        actions.create();
        tasks.runAll();
        assertThat(status.getProblem().actionLabel()).isEqualTo("Retry");
        assertThat(actions.getCreateError()).contains("No answer in time.");
        status.getProblem().action().run();
        tasks.runAll();

        assertThat(tokensSent).hasSize(2);
        assertThat(tokensSent.get(1)).isEqualTo(tokensSent.get(0));
        assertThat(requestsSent.get(1).toString()).contains(SECRET);
        assertThat(actions.getResult())
                .isEqualTo("Created arn:aws:appflow:eu-west-1:111122223333:connectorprofile/acme-prod");
        assertThat(actions.getCreateError()).isEmpty();
        assertThat(status.isBusy()).isFalse();
    }

    @Test
    void aChangedFormGetsANewClientToken() {
        model.show(demo("acme-crm"));
        fillAcme();
        actions.create();
        tasks.runAll();
        model.setText("/connectorProfileName", "acme-prod-2");
        actions.create();
        tasks.runAll();

        assertThat(tokensSent).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void nothingIsSentWhenTheUserDeclines() {
        model.show(demo("acme-crm"));
        fillAcme();
        confirm = false;

        actions.create();
        tasks.runAll();

        assertThat(requestsSent).isEmpty();
    }

    @Test
    void anotherConnectorWipesWhatWasTyped() {
        model.show(demo("acme-crm"));
        fillAcme();

        model.show(demo("globex-warehouse"));
        model.show(demo("acme-crm"));

        assertThat(model.value(CREDENTIALS + "apiToken")).isNull();
        assertThat(model.getPreview()).doesNotContain("acme-prod");
        assertThat(model.check().getTouched()).isEmpty();
    }

    @Test
    void changingTheAuthenticationMethodDropsTheOldMethodsValues() {
        model.show(demo("acme-crm"));
        fillAcme();

        model.setMethod(model.getSpec().methods().get(1));

        assertThat(model.value(CREDENTIALS + "apiToken")).isNull();
        assertThat(model.value("/connectorProfileName")).isEqualTo("acme-prod");
        assertThat(model.getPreview()).contains("HmacSignature");
    }
}
