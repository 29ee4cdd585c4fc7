package io.connectorexplorer.infra.credentials;

import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/** A profile's credentials provider and the clients behind it, closed together. */
public record ProfileCredentials(AwsCredentialsProvider provider, List<AutoCloseable> resources)
        implements AutoCloseable {

    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // Closing is best effort; nothing the user can act on.
            }
        }
    }

    @Override
    public String toString() {
        return "ProfileCredentials(" + provider + ")";
    }
}
