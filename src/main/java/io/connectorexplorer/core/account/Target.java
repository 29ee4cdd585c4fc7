package io.connectorexplorer.core.account;

import io.connectorexplorer.core.profile.AwsProfile;
import java.util.Objects;

/**
 * Where calls go: a profile in a region. Sessions, caches, stamps and the status bar are keyed by it, and several
 * may be open at once. What answers there — the account ID behind the profile's credentials — is known only once
 * asked: {@link AccountSession#accountId()}.
 */
public record Target(AwsProfile profile, String region) {

    public Target {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(region, "region");
    }

    public String profileName() {
        return profile.name();
    }

    public boolean isDemo() {
        return profile.isDemo();
    }

    /** "prod · eu-west-1", as the window and messages name it. */
    public String displayName() {
        return profile.name() + " · " + region;
    }

    /** "prod@eu-west-1", for logs and keys. */
    @Override
    public String toString() {
        return profile.name() + "@" + region;
    }
}
