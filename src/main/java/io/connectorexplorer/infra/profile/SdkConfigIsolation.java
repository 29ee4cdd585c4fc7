package io.connectorexplorer.infra.profile;

import java.nio.file.Path;
import java.util.UUID;

/**
 * The app reads the AWS config and credentials files itself — tolerating malformed lines — and hands every
 * SDK client what it read. The SDK would also read the default files on its own while building each client
 * (even when given a profile file), and a single malformed line there makes every client fail to build. So
 * its own read is pointed at a file that does not exist; AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE
 * are still honoured, by {@link AwsEnvironment}.
 */
public final class SdkConfigIsolation {

    private static final String CONFIG = "aws.configFile";
    private static final String CREDENTIALS = "aws.sharedCredentialsFile";

    private SdkConfigIsolation() {}

    /** One place that does not exist for the whole run, so every call sets the same values. */
    private static final Path NOWHERE =
            Path.of(System.getProperty("java.io.tmpdir"), "connector-explorer-" + UUID.randomUUID(), "none");

    /** Points the SDK's own read nowhere; safe to call again (it re-asserts the same place if it was changed). */
    public static synchronized void apply() {
        System.setProperty(CONFIG, NOWHERE.resolve("config").toString());
        System.setProperty(CREDENTIALS, NOWHERE.resolve("credentials").toString());
    }
}
