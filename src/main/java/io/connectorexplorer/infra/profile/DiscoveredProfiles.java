package io.connectorexplorer.infra.profile;

import io.connectorexplorer.core.profile.DiscoveredProfileName;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.profiles.Profile;

/**
 * The profile a discovered SSO account stands for, built from its name and the files as they are now: the section
 * {@code aws configure sso} would write for it, held in memory only. Its session must still be in the config file —
 * an {@code [sso-session]} section of that name, or for the older form a profile with that start URL (whose
 * {@code sso_region} it takes) — otherwise there is no such profile. It has no {@code region}, {@code services} or
 * {@code endpoint_url}: the target gives the region, and only the environment's endpoint settings apply to it.
 */
final class DiscoveredProfiles {

    private DiscoveredProfiles() {}

    static Optional<Profile> resolve(String name, AwsConfigFiles.Snapshot snapshot) {
        return DiscoveredProfileName.parse(name).flatMap(discovered -> {
            Map<String, String> properties = new LinkedHashMap<>();
            if (snapshot.profileFile()
                    .getSection("sso-session", discovered.session())
                    .isPresent()) {
                properties.put("sso_session", discovered.session());
            } else {
                Optional<String> ssoRegion = legacySsoRegion(discovered.session(), snapshot);
                if (ssoRegion.isEmpty()) {
                    return Optional.empty();
                }
                properties.put("sso_start_url", discovered.session());
                properties.put("sso_region", ssoRegion.get());
            }
            properties.put("sso_account_id", discovered.accountId());
            properties.put("sso_role_name", discovered.roleName());
            return Optional.of(
                    Profile.builder().name(name).properties(properties).build());
        });
    }

    /** The sso_region of the first profile (by name) of the older form with this start URL. */
    private static Optional<String> legacySsoRegion(String startUrl, AwsConfigFiles.Snapshot snapshot) {
        return new TreeMap<>(snapshot.profileFile().profiles())
                .values().stream()
                        .filter(p -> p.property("sso_session").isEmpty())
                        .filter(p -> p.property("sso_start_url")
                                .map(startUrl::equals)
                                .orElse(false))
                        .flatMap(p -> p.property("sso_region").stream())
                        .findFirst();
    }
}
