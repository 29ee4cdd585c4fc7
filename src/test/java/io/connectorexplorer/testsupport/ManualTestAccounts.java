package io.connectorexplorer.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Accounts to try the window with by hand, as the project's working notes ask: starts loopback AppFlow endpoints
 * and writes AWS config and credentials files for them into a folder, then keeps running until killed. Profiles:
 * {@code sandbox} (the demo catalogue plus a custom connector with 300 auth parameters), {@code down} (an endpoint
 * that refuses connections) and {@code broken} (a profile with a bad line). Run it with the test class path and
 * point the app at the files it prints.
 */
public final class ManualTestAccounts {

    private ManualTestAccounts() {}

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/manual-accounts"));
        TestAppFlowEndpoint sandbox = TestAppFlowEndpoint.start(withHugeConnector(300));
        int downPort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            downPort = free.getLocalPort();
        }
        Path config = Files.writeString(folder.resolve("config"), """
                [profile sandbox]
                region = eu-west-1
                services = sandbox-endpoints

                [services sandbox-endpoints]
                appflow =
                  endpoint_url = %s

                [profile down]
                region = eu-west-1
                endpoint_url = http://127.0.0.1:%d

                [profile broken]
                region = eu-west-1
                this line is not a setting
                """.formatted(sandbox.uri(), downPort));
        Path credentials = Files.writeString(folder.resolve("credentials"), """
                [sandbox]
                aws_access_key_id = MANUALTESTKEY0000000
                aws_secret_access_key = manual-test-secret-not-real

                [down]
                aws_access_key_id = MANUALTESTKEY0000000
                aws_secret_access_key = manual-test-secret-not-real
                """);
        System.out.println("export AWS_CONFIG_FILE=" + config.toAbsolutePath());
        System.out.println("export AWS_SHARED_CREDENTIALS_FILE=" + credentials.toAbsolutePath());
        System.out.flush();
        Thread.currentThread().join();
    }

    /** The demo catalogue plus a custom connector "huge-connector" with {@code parameters} auth parameters. */
    public static DemoCatalogue withHugeConnector(int parameters) throws IOException {
        List<JsonNode> configs = new ArrayList<>(DemoCatalogue.bundled().configurations());
        ObjectNode huge = JsonNodeFactory.instance.objectNode();
        huge.put("connectorType", "CustomConnector")
                .put("connectorLabel", "huge-connector")
                .put("connectorName", "Huge")
                .put("canUseAsSource", true)
                .put("canUseAsDestination", true);
        ObjectNode auth = huge.putObject("authenticationConfig").put("isCustomAuthSupported", true);
        ArrayNode configsOfAuth = auth.putArray("customAuthConfigs");
        configsOfAuth
                .addObject()
                .put("customAuthenticationType", "Small")
                .putArray("authParameters")
                .addObject()
                .put("key", "token")
                .put("isRequired", true)
                .put("label", "Token")
                .put("isSensitiveField", true);
        ArrayNode params = configsOfAuth
                .addObject()
                .put("customAuthenticationType", "Huge")
                .putArray("authParameters");
        for (int i = 0; i < parameters; i++) {
            params.addObject()
                    .put("key", "param_" + i)
                    .put("isRequired", i % 2 == 0)
                    .put("label", "Parameter " + i)
                    .put(
                            "description",
                            "Parameter number " + i + ". It is long enough to show how a model"
                                    + " description reads when it goes on; the rest shows on demand.")
                    .put("isSensitiveField", i % 5 == 0)
                    .putArray("connectorSuppliedValues")
                    .add("a")
                    .add("b value");
        }
        configs.add(huge);
        return new DemoCatalogue(configs);
    }
}
