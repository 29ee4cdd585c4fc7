package io.connectorexplorer.core.profile;

import java.util.List;
import java.util.Optional;

/**
 * Which profile and region to start with, the same way for the window and the command line:
 * what the user named, then AWS_PROFILE / AWS_REGION, then what was used last, then the profile's own.
 */
public final class TargetResolver {

    public static final String DEFAULT_PROFILE = "default";

    private TargetResolver() {}

    /** The profile the window opens on: AWS_PROFILE, the last one used, "default", any usable one, else the demo. */
    public static AwsProfile initialProfile(
            List<AwsProfile> profiles, Optional<String> environmentProfile, Optional<String> lastUsed) {
        return environmentProfile
                .flatMap(name -> find(profiles, name))
                // Keys in the environment win over remembered choices, as they do for the AWS CLI.
                .or(() -> find(profiles, AwsProfile.ENVIRONMENT_NAME))
                .or(() -> lastUsed.flatMap(name -> find(profiles, name)))
                .or(() -> find(profiles, DEFAULT_PROFILE))
                .or(() -> profiles.stream()
                        .filter(p -> !p.isDemo() && p.isUsable())
                        .findFirst())
                .orElseGet(AwsProfile::demo);
    }

    /** The region: the explicit choice, AWS_REGION, the remembered one, the profile's own, then the fallback. */
    public static String region(
            AwsProfile profile,
            Optional<String> explicit,
            Optional<String> environment,
            Optional<String> remembered,
            String fallback) {
        if (profile.isDemo()) {
            return explicit.or(() -> remembered).orElse(profile.region());
        }
        return explicit.or(() -> environment)
                .or(() -> remembered)
                .or(profile::regionIfSet)
                .orElse(fallback);
    }

    public static Optional<AwsProfile> find(List<AwsProfile> profiles, String name) {
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
