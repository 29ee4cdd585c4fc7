package io.connectorexplorer.core.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An IAM Identity Center sign-in as the config file names it: an {@code [sso-session NAME]} section, or — the older
 * form — a start URL that profiles carry themselves ({@code sso_start_url}), which then stands for the name. Its token
 * is the one the AWS CLI v2 caches for it. Holds no secret.
 *
 * @param name          the section's name; for the older form, the start URL
 * @param startUrl      the portal the person signs in at
 * @param ssoRegion     the region of IAM Identity Center (not where AppFlow is called)
 * @param legacy        true for the older form, without an {@code [sso-session]} section
 * @param defaultRegion the {@code region} of the first profile (by name) of this session that sets one, else null:
 *                      the region its discovered accounts open in unless the person picks another
 * @param profileNames  the profiles that use this session, by name
 */
public record SsoSession(
        String name,
        String startUrl,
        String ssoRegion,
        boolean legacy,
        String defaultRegion,
        List<String> profileNames) {

    public SsoSession {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startUrl, "startUrl");
        Objects.requireNonNull(ssoRegion, "ssoRegion");
        profileNames = List.copyOf(profileNames);
    }

    /** "corp" for a session section, the start URL for the older form: as the profile picker heads its accounts. */
    public String displayName() {
        return name;
    }

    public Optional<String> defaultRegionIfSet() {
        return Optional.ofNullable(defaultRegion);
    }

    public boolean isUsedBy(String profileName) {
        return profileNames.contains(profileName);
    }
}
