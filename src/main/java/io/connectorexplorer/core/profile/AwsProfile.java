package io.connectorexplorer.core.profile;

import java.util.Objects;
import java.util.Optional;

/**
 * A profile as the user sees it: its name, how it gets credentials, its own region, and — for a profile
 * that cannot work — the reason. Holds no secret, so it can be shown, logged and remembered freely.
 */
public record AwsProfile(String name, ProfileKind kind, String region, String problem) {

    public static final String DEMO_NAME = "Demo (offline)";
    /** The keys in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (as aws-vault exec and CI set them), as a profile. */
    public static final String ENVIRONMENT_NAME = "Environment variables";

    public AwsProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    public static AwsProfile demo() {
        return new AwsProfile(DEMO_NAME, ProfileKind.DEMO, "us-east-1", null);
    }

    public boolean isDemo() {
        return kind == ProfileKind.DEMO;
    }

    public boolean isUsable() {
        return problem == null;
    }

    public Optional<String> regionIfSet() {
        return Optional.ofNullable(region);
    }

    public Optional<String> problemIfAny() {
        return Optional.ofNullable(problem);
    }
}
