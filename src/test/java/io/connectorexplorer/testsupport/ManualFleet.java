package io.connectorexplorer.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A fleet to try {@code inventory} with by hand: starts a {@link LoopbackFleet} and writes AWS config and credentials
 * files for it into a folder, then keeps running until killed. Profiles: {@code alpha} and {@code beta} (two accounts:
 * the demo's connector types everywhere, custom connectors in eu-west-1 — in different versions — and one in beta's
 * us-east-1 whose flags the listing does not tell; acme-crm in beta is {@link ChangedAcme}'s, and both serve bulk-params
 * with 2,000 parameters, differing in some; beta's ap-southeast-2 is down and alpha's us-east-1 throttles
 * above 2 calls a second), {@code gamma} (SSO, never signed in), {@code down} (an endpoint that refuses connections)
 * and {@code broken} (a role without its source profile). Touching {@code change-alpha} in the folder makes alpha's
 * eu-west-1 serve beta's versions from then on ("changed since you last looked"). Arguments: the folder, then a delay in milliseconds to add
 * to every call. Run it with the test class path.
 */
public final class ManualFleet {

    private ManualFleet() {}

    /**
     * bulk-params: 2,000 auth parameters (about 13,000 rows in the tree); {@code later} makes every seventh
     * parameter required, drops the last, adds one and gives the first a description of a few hundred characters.
     */
    private static ObjectNode bulk(boolean later) {
        ObjectNode bulk = TestCatalogues.custom("bulk-params", "Bulk parameters", true, false);
        bulk.put("connectorVersion", later ? "1.1.0" : "1.0.0");
        var parameters = bulk.putObject("authenticationConfig")
                .put("isCustomAuthSupported", true)
                .putArray("customAuthConfigs")
                .addObject()
                .put("customAuthenticationType", "bulk")
                .putArray("authParameters");
        for (int i = 0; i < (later ? 1999 : 2000); i++) {
            parameters
                    .addObject()
                    .put("key", "p-" + i)
                    .put("isRequired", later && i % 7 == 0)
                    .put("label", "Parameter " + i)
                    .put("description", i == 0 && later ? "A long description. ".repeat(30) : "Parameter number " + i)
                    .put("isSensitiveField", false);
        }
        if (later) {
            parameters.addObject().put("key", "p-new").put("isRequired", true).put("label", "New parameter");
        }
        return bulk;
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/manual-fleet"));
        LoopbackFleet fleet = LoopbackFleet.start();
        if (args.length > 1) {
            fleet.delayEveryCall(Duration.ofMillis(Long.parseLong(args[1])));
        }
        DemoCatalogue demo = DemoCatalogue.bundled();
        DemoCatalogue amazon = new DemoCatalogue(demo.amazonConnectors());
        List<JsonNode> alphaEu = new ArrayList<>(demo.configurations());
        alphaEu.add(bulk(false));
        LoopbackFleet.Account alpha =
                fleet.account("111111111111", amazon).serves("eu-west-1", new DemoCatalogue(alphaEu));
        alpha.throttleAbove("us-east-1", 2);
        List<JsonNode> betaEu = new ArrayList<>(demo.configurations());
        betaEu.replaceAll(c -> c.path("connectorLabel").asText().equals("acme-crm")
                ? ChangedAcme.changed(c).put("connectorVersion", "3.1.0").put("connectorName", "Acme, \"the\" CRM")
                : c);
        betaEu.add(bulk(true));
        List<JsonNode> betaUs = new ArrayList<>(amazon.configurations());
        betaUs.add(TestCatalogues.custom("legacy-feed", "Legacy feed", true, false));
        LoopbackFleet.Account beta = fleet.account("222222222222", amazon)
                .serves("eu-west-1", new DemoCatalogue(betaEu))
                .serves("us-east-1", new DemoCatalogue(betaUs));
        beta.down("ap-southeast-2");
        int downPort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            downPort = free.getLocalPort();
        }
        Path config = Files.writeString(
                folder.resolve("config"),
                fleet.profileSection("alpha", "eu-west-1")
                        + fleet.profileSection("beta", "us-east-1")
                        + """
                [profile gamma]
                sso_session = corp
                sso_account_id = 333333333333
                sso_role_name = ReadOnly
                region = eu-west-1

                [sso-session corp]
                sso_start_url = https://corp.awsapps.example/start
                sso_region = eu-west-1

                [profile down]
                region = eu-west-1
                endpoint_url = http://127.0.0.1:%d

                [profile broken]
                role_arn = arn:aws:iam::123456789012:role/Reader
                source_profile = nowhere
                """.formatted(downPort));
        Path credentials = Files.writeString(
                folder.resolve("credentials"),
                alpha.credentialsSection("alpha") + beta.credentialsSection("beta") + alpha.credentialsSection("down"));
        System.out.println("export AWS_CONFIG_FILE=" + config.toAbsolutePath());
        System.out.println("export AWS_SHARED_CREDENTIALS_FILE=" + credentials.toAbsolutePath());
        System.out.println("export HOME=" + folder.toAbsolutePath());
        System.out.println(
                "# touch " + folder.resolve("change-alpha") + " to make alpha's eu-west-1 serve beta's versions");
        System.out.flush();
        Path change = folder.resolve("change-alpha");
        while (!Files.exists(change)) {
            Thread.sleep(500); // a tool run by hand: a file touched is the signal
        }
        alpha.serves("eu-west-1", new DemoCatalogue(betaEu));
        System.out.println("alpha's eu-west-1 now serves beta's versions");
        System.out.flush();
        Thread.currentThread().join();
    }
}
