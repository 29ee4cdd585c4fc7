package io.connectorexplorer.bench;

import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.demo.DemoConnections;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.TestAppFlowEndpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A loopback AppFlow endpoint serving a catalogue, and an AWS config file whose profile {@value #PROFILE}
 * reaches it with fake static keys — what the command line and the window are pointed at.
 */
final class BenchAccount implements AutoCloseable {

    static final String PROFILE = "bench";
    static final String REGION = "us-east-1";
    static final String ACCESS_KEY_ID = "BENCHACCESSKEYNOTREAL";
    static final String SECRET_ACCESS_KEY = "bench-secret-access-key-not-real";

    final TestAppFlowEndpoint endpoint;
    final Path folder;
    final Path configFile;
    final Path noCredentialsFile;

    private BenchAccount(TestAppFlowEndpoint endpoint, Path folder) throws IOException {
        this.endpoint = endpoint;
        this.folder = folder;
        this.configFile = folder.resolve("aws-config");
        this.noCredentialsFile = folder.resolve("no-credentials");
        Files.writeString(
                configFile,
                "[profile " + PROFILE + "]\n"
                        + "region = " + REGION + "\n"
                        + "endpoint_url = " + endpoint.uri() + "\n"
                        + "aws_access_key_id = " + ACCESS_KEY_ID + "\n"
                        + "aws_secret_access_key = " + SECRET_ACCESS_KEY + "\n");
    }

    static BenchAccount start(DemoCatalogue catalogue, Path folder) throws IOException {
        Files.createDirectories(folder);
        return new BenchAccount(TestAppFlowEndpoint.start(catalogue), folder);
    }

    /** As {@link #start(DemoCatalogue, Path)}, serving {@code connections}' connections, entities and fields. */
    static BenchAccount start(DemoCatalogue catalogue, DemoConnections connections, Path folder) throws IOException {
        Files.createDirectories(folder);
        return new BenchAccount(TestAppFlowEndpoint.start(catalogue, connections), folder);
    }

    /**
     * Variables for a child process of the app: this config file, no credentials file, the profile, its own
     * settings folder, and STS on loopback too (the identity call then fails at once instead of going out).
     */
    Map<String, String> appEnvironment(Path home) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_CONFIG_FILE", configFile.toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", noCredentialsFile.toString());
        env.put("AWS_PROFILE", PROFILE);
        env.put("AWS_ENDPOINT_URL_STS", endpoint.uri().toString());
        env.put("CONNECTOR_EXPLORER_HOME", home.toString());
        return env;
    }

    /** The same, as the in-process harness resolves it. */
    AwsEnvironment awsEnvironment(Path home) {
        return new AwsEnvironment(appEnvironment(home), home);
    }

    @Override
    public void close() {
        endpoint.close();
    }
}
