package io.connectorexplorer.infra.credentials;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.infra.profile.AwsConfigFiles;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.profiles.Profile;

/**
 * Keys written in a profile, read from the files at every call (the files are cached by modification
 * time), so keys that aws-vault, granted, Leapp or a script rewrites are used on the next call.
 */
final class FileKeysProvider implements AwsCredentialsProvider {

    private final AwsConfigFiles files;
    private final String profileName;

    FileKeysProvider(AwsConfigFiles files, String profileName) {
        this.files = files;
        this.profileName = profileName;
    }

    @Override
    public AwsCredentials resolveCredentials() {
        Profile profile = files.read()
                .profile(profileName)
                .orElseThrow(() -> ServiceCallException.credentials(
                        "Profile '" + profileName + "' is no longer in the AWS config or credentials files."));
        String keyId = profile.property("aws_access_key_id").orElse(null);
        String secret = profile.property("aws_secret_access_key").orElse(null);
        if (keyId == null || secret == null) {
            throw ServiceCallException.credentials(
                    "Profile '" + profileName + "' needs both aws_access_key_id and aws_secret_access_key.");
        }
        return profile.property("aws_session_token")
                .<AwsCredentials>map(token -> AwsSessionCredentials.create(keyId, secret, token))
                .orElseGet(() -> AwsBasicCredentials.create(keyId, secret));
    }

    @Override
    public String toString() {
        return "FileKeysProvider(" + profileName + ")";
    }
}
