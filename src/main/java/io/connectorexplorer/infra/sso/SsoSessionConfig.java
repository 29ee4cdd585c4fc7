package io.connectorexplorer.infra.sso;

import io.connectorexplorer.infra.profile.AwsConfigFiles;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.profiles.Profile;

/**
 * The SSO settings of a profile: an {@code [sso-session NAME]} section it names, or the older form with
 * {@code sso_start_url} and {@code sso_region} in the profile itself (then {@code sessionName} is null).
 */
public record SsoSessionConfig(
        String sessionName,
        String startUrl,
        String region,
        List<String> registrationScopes,
        String accountId,
        String roleName) {

    public static final String DEFAULT_SCOPE = "sso:account:access";

    public static Optional<SsoSessionConfig> of(Profile profile, AwsConfigFiles.Snapshot files) {
        Optional<String> session = profile.property("sso_session");
        if (session.isPresent()) {
            return files.section("sso-session", session.get()).flatMap(section -> {
                Optional<String> url = section.property("sso_start_url");
                Optional<String> region = section.property("sso_region");
                if (url.isEmpty() || region.isEmpty()) {
                    return Optional.empty();
                }
                List<String> scopes = section.property("sso_registration_scopes")
                        .map(s -> List.of(s.split("\\s*,\\s*")))
                        .orElse(List.of(DEFAULT_SCOPE));
                return Optional.of(new SsoSessionConfig(
                        session.get(),
                        url.get(),
                        region.get(),
                        scopes,
                        profile.property("sso_account_id").orElse(null),
                        profile.property("sso_role_name").orElse(null)));
            });
        }
        Optional<String> url = profile.property("sso_start_url");
        Optional<String> region = profile.property("sso_region");
        if (url.isEmpty() || region.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SsoSessionConfig(
                null,
                url.get(),
                region.get(),
                List.of(),
                profile.property("sso_account_id").orElse(null),
                profile.property("sso_role_name").orElse(null)));
    }

    /** What names the token in the cache: the session name, or for the older form the start URL. */
    public String cacheKey() {
        return sessionName != null ? sessionName : startUrl;
    }
}
