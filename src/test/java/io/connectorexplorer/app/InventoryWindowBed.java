package io.connectorexplorer.app;

import static io.connectorexplorer.testsupport.TestCatalogues.amazon;
import static io.connectorexplorer.testsupport.TestCatalogues.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.LoopbackFleet;
import io.connectorexplorer.testsupport.MemorySettings;
import io.connectorexplorer.testsupport.RecordingClipboard;
import io.connectorexplorer.testsupport.TestCatalogues;
import io.connectorexplorer.ui.common.DialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window over a {@link LoopbackFleet}, reached through the real SDK clients: {@code alpha} (account
 * 111111111111: four connector types, and acme-crm 3.2.0 in eu-west-1), {@code beta} (222222222222: no Redshift,
 * acme-crm 3.1.0 in eu-west-1, us-east-1 down) and {@code gamma} (SSO, never signed in). The window opens on alpha in
 * eu-west-1; files the save dialog hands out go under {@code saved}.
 */
final class InventoryWindowBed implements AutoCloseable {

    static final String EU = "eu-west-1";
    static final String US = "us-east-1";

    final LoopbackFleet fleet;
    final LoopbackFleet.Account alpha;
    /** alpha's connector types, without its custom connector. */
    final DemoCatalogue alphaAmazon;

    final Services services;
    final MemorySettings settings = new MemorySettings();
    final Path saved;
    final ExplorerWindow window;
    private final SettlingTaskRunner tasks = new SettlingTaskRunner();

    InventoryWindowBed(Stage stage, Path folder) throws Exception {
        fleet = LoopbackFleet.start();
        alphaAmazon = TestCatalogues.of(
                amazon("S3", "Amazon S3", true, true),
                amazon("Salesforce", "Salesforce", true, true),
                amazon("Redshift", "Amazon Redshift", false, true),
                amazon("Slack", "Slack", true, false));
        DemoCatalogue betaAmazon = TestCatalogues.of(
                amazon("S3", "Amazon S3", true, true),
                amazon("Salesforce", "Salesforce", true, true),
                amazon("Slack", "Slack", true, false));
        alpha = fleet.account("111111111111", alphaAmazon)
                .serves(EU, with(alphaAmazon, registered("acme-crm", "3.2.0")));
        LoopbackFleet.Account beta = fleet.account("222222222222", betaAmazon)
                .serves(EU, with(betaAmazon, registered("acme-crm", "3.1.0")))
                .down(US);
        Path home = Files.createDirectories(folder.resolve("home"));
        saved = Files.createDirectories(folder.resolve("saved"));
        Path config = Files.writeString(
                folder.resolve("config"), fleet.profileSection("alpha", EU) + fleet.profileSection("beta", EU) + """
                [profile gamma]
                sso_session = corp
                sso_account_id = 333333333333
                sso_role_name = ReadOnly
                region = eu-west-1

                [sso-session corp]
                sso_start_url = https://corp.awsapps.example/start
                sso_region = eu-west-1
                """);
        Path credentials = Files.writeString(
                folder.resolve("credentials"), alpha.credentialsSection("alpha") + beta.credentialsSection("beta"));
        AwsEnvironment env = new AwsEnvironment(
                Map.of(
                        "AWS_CONFIG_FILE", config.toString(),
                        "AWS_SHARED_CREDENTIALS_FILE", credentials.toString(),
                        "AWS_PROFILE", "alpha",
                        "CONNECTOR_EXPLORER_HOME", home.resolve("app").toString()),
                home);
        services = Services.create(env, AppFlowTestAccount.TIMEOUTS);
        DialogService dialogs = (title, suggested) -> Optional.of(saved.resolve(suggested));
        window = ExplorerWindow.open(
                stage,
                services,
                settings,
                tasks,
                ExplorerWindow.Options.of(owner -> dialogs, new RecordingClipboard()));
    }

    /** A custom connector registered with its version and modes, as ListConnectors reports it. */
    static ObjectNode registered(String label, String version) {
        ObjectNode connector = custom(label, label + " connector", true, false).put("connectorVersion", version);
        connector.putArray("connectorModes").add("SOURCE");
        return connector;
    }

    static DemoCatalogue with(DemoCatalogue catalogue, JsonNode... more) {
        List<JsonNode> all = new ArrayList<>(catalogue.configurations());
        all.addAll(List.of(more));
        return new DemoCatalogue(all);
    }

    @Override
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.shell().stage().close()).get(5, TimeUnit.SECONDS);
        tasks.close();
        services.close();
        fleet.close();
    }
}
