package io.connectorexplorer.cli;

import static io.connectorexplorer.testsupport.TestCatalogues.amazon;
import static io.connectorexplorer.testsupport.TestCatalogues.custom;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.infra.appflow.AppFlowAccounts;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.AppFlowTestAccount.Run;
import io.connectorexplorer.testsupport.JsonTrees;
import io.connectorexplorer.testsupport.LoopbackFleet;
import io.connectorexplorer.testsupport.TestCatalogues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two accounts on a {@link LoopbackFleet} for the {@code inventory} tests — {@code alpha} (four connector types
 * everywhere, custom connector acme-crm 3.2.0 in eu-west-1) and {@code beta} (no Redshift; acme-crm 3.1.0 in
 * eu-west-1, and in us-east-1 a custom connector registered without connectorModes) — and an SSO profile
 * {@code gamma} that has never signed in; the command line run in-process over those files.
 */
final class InventoryFleet implements AutoCloseable {

    static final String EU = "eu-west-1";
    static final String US = "us-east-1";
    static final String AP = "ap-southeast-2";
    static final String ALPHA_ACCOUNT = "111111111111";
    static final String BETA_ACCOUNT = "222222222222";

    static final DemoCatalogue AMAZON = TestCatalogues.of(
            amazon("S3", "Amazon S3", true, true),
            amazon("Salesforce", "Salesforce", true, true),
            amazon("Redshift", "Amazon Redshift", false, true),
            amazon("Slack", "Slack", true, false));
    static final DemoCatalogue BETA_AMAZON = TestCatalogues.of(
            amazon("S3", "Amazon S3", true, true),
            amazon("Salesforce", "Salesforce", true, true),
            amazon("Slack", "Slack", true, false));

    final Path home;
    final LoopbackFleet fleet;
    final LoopbackFleet.Account alpha;
    final LoopbackFleet.Account beta;

    private InventoryFleet(Path home, LoopbackFleet fleet) {
        this.home = home;
        this.fleet = fleet;
        this.alpha = fleet.account(ALPHA_ACCOUNT, AMAZON).serves(EU, with(AMAZON, registered("acme-crm", "3.2.0")));
        this.beta = fleet.account(BETA_ACCOUNT, BETA_AMAZON)
                .serves(EU, with(BETA_AMAZON, registered("acme-crm", "3.1.0")))
                // Registered before connectorModes existed: the listing cannot tell its flags.
                .serves(US, with(BETA_AMAZON, custom("legacy-feed", "Legacy feed", true, false)));
    }

    /** Starts the fleet and writes the config for alpha, beta and gamma into {@code home}. */
    static InventoryFleet start(Path home) throws Exception {
        InventoryFleet fixture = new InventoryFleet(home, LoopbackFleet.start());
        fixture.writeConfig("");
        return fixture;
    }

    /** The config of alpha, beta and gamma, and {@code more} after it. */
    void writeConfig(String more) throws Exception {
        Files.writeString(
                home.resolve("config"),
                fleet.profileSection("alpha", EU) + fleet.profileSection("beta", US) + """
                [profile gamma]
                sso_session = corp
                sso_account_id = 333333333333
                sso_role_name = ReadOnly
                region = eu-west-1

                [sso-session corp]
                sso_start_url = https://corp.awsapps.example/start
                sso_region = eu-west-1
                """ + more);
        writeCredentials("");
    }

    /** The keys of alpha and beta, and {@code more} after them. */
    void writeCredentials(String more) throws Exception {
        Files.writeString(
                home.resolve("credentials"),
                alpha.credentialsSection("alpha") + beta.credentialsSection("beta") + more);
    }

    Run run(String... args) {
        return run(AppFlowTestAccount.TIMEOUTS, args);
    }

    Run run(AppFlowAccounts.Timeouts timeouts, String... args) {
        return AppFlowTestAccount.runIn(
                Map.of(
                        "AWS_CONFIG_FILE", home.resolve("config").toString(),
                        "AWS_SHARED_CREDENTIALS_FILE",
                                home.resolve("credentials").toString()),
                home,
                timeouts,
                args);
    }

    @Override
    public void close() {
        fleet.close();
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

    /** The objects of a {@code --json} array. */
    static List<JsonNode> rows(String json) {
        List<JsonNode> rows = new ArrayList<>();
        JsonTrees.parse(json).forEach(rows::add);
        return rows;
    }

    /** "profile@region" of a JSON row. */
    static String where(JsonNode row) {
        return row.get("profile").asText() + "@" + row.get("region").asText();
    }

    /** The connectors a target's rows name: connector types by type, custom connectors by label. */
    static List<String> connectors(List<JsonNode> rows, String target) {
        return rows.stream()
                .filter(r -> where(r).equals(target))
                .map(r -> r.has("connectorLabel")
                        ? r.get("connectorLabel").asText()
                        : r.get("connectorType").asText())
                .toList();
    }

    static JsonNode row(List<JsonNode> rows, String target, String connector) {
        return rows.stream()
                .filter(r -> where(r).equals(target))
                .filter(r -> connector.equals(
                        r.path("connectorLabel").asText(r.path("connectorType").asText())))
                .findFirst()
                .orElseThrow();
    }

    /** The one row of a target that did not answer. */
    static JsonNode only(List<JsonNode> rows, String target) {
        List<JsonNode> ofTarget =
                rows.stream().filter(r -> where(r).equals(target)).toList();
        assertThat(ofTarget).hasSize(1);
        return ofTarget.get(0);
    }
}
