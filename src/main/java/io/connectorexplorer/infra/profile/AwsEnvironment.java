package io.connectorexplorer.infra.profile;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The environment variables and home folder the AWS configuration is resolved from. Passed in rather
 * than read from {@link System#getenv()} on the spot, so tests and the command line resolve the same way.
 */
public record AwsEnvironment(Map<String, String> variables, Path home) {

    public AwsEnvironment {
        variables = Map.copyOf(variables);
    }

    public static AwsEnvironment system() {
        return new AwsEnvironment(System.getenv(), home(System.getenv(), System.getProperty("user.home")));
    }

    /**
     * The home folder as the AWS CLI and the AWS SDKs take it: {@code HOME} when set (sandboxes, {@code sudo -E} and
     * scripts point it elsewhere than the password database does), then Windows' {@code USERPROFILE}, then Java's
     * {@code user.home}.
     */
    static Path home(Map<String, String> variables, String userHome) {
        for (String name : new String[] {"HOME", "USERPROFILE"}) {
            String value = variables.get(name);
            if (value != null && !value.isBlank()) {
                return Path.of(value);
            }
        }
        return Path.of(userHome);
    }

    public Optional<String> get(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public Path configFile() {
        return get("AWS_CONFIG_FILE")
                .map(this::expand)
                .orElse(home.resolve(".aws").resolve("config"));
    }

    public Path credentialsFile() {
        return get("AWS_SHARED_CREDENTIALS_FILE")
                .map(this::expand)
                .orElse(home.resolve(".aws").resolve("credentials"));
    }

    public Optional<String> profile() {
        return get("AWS_PROFILE").or(() -> get("AWS_DEFAULT_PROFILE"));
    }

    public Optional<String> region() {
        return get("AWS_REGION").or(() -> get("AWS_DEFAULT_REGION"));
    }

    private Path expand(String path) {
        if (path.equals("~")) {
            return home;
        }
        if (path.startsWith("~/") || path.startsWith("~\\")) {
            return home.resolve(path.substring(2));
        }
        return Path.of(path);
    }
}
