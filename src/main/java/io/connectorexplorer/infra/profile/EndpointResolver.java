package io.connectorexplorer.infra.profile;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.profiles.Profile;

/**
 * Where a service's calls go for a profile, with the precedence the AWS CLI and SDKs use:
 * AWS_ENDPOINT_URL_&lt;SERVICE&gt;, AWS_ENDPOINT_URL, the profile's {@code services} section, then the
 * profile's {@code endpoint_url}. Empty means the service's usual regional endpoint.
 */
public final class EndpointResolver {

    /** The services the app calls, by their configuration keys. */
    public enum Service {
        APPFLOW("appflow", "APPFLOW"),
        STS("sts", "STS"),
        SSO("sso", "SSO"),
        SSO_OIDC("sso_oidc", "SSO_OIDC");

        private final String configKey;
        private final String environmentSuffix;

        Service(String configKey, String environmentSuffix) {
            this.configKey = configKey;
            this.environmentSuffix = environmentSuffix;
        }
    }

    private EndpointResolver() {}

    /** Where AppFlow calls go. */
    public static Optional<URI> resolve(AwsEnvironment env, AwsConfigFiles.Snapshot files, String profileName) {
        return resolve(Service.APPFLOW, env, files, profileName);
    }

    public static Optional<URI> resolve(
            Service service, AwsEnvironment env, AwsConfigFiles.Snapshot files, String profileName) {
        Optional<Profile> profile = profileName == null ? Optional.empty() : files.profile(profileName);
        // Profile.booleanProperty throws IllegalStateException on a typo; callers expect IllegalArgumentException.
        boolean ignore = env.get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")
                .map(value -> flag("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", value))
                .or(() -> profile.flatMap(p -> p.property("ignore_configured_endpoint_urls"))
                        .map(value -> flag("ignore_configured_endpoint_urls", value)))
                .orElse(false);
        if (ignore) {
            return Optional.empty();
        }
        Optional<String> url = env.get("AWS_ENDPOINT_URL_" + service.environmentSuffix)
                .or(() -> env.get("AWS_ENDPOINT_URL"))
                .or(() -> profile.flatMap(p -> p.property("services"))
                        .flatMap(services -> files.section("services", services))
                        .flatMap(section -> section.property(service.configKey + ".endpoint_url")))
                .or(() -> profile.flatMap(p -> p.property("endpoint_url")));
        return url.map(EndpointResolver::toUri);
    }

    private static boolean flag(String name, String value) {
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        if (value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
    }

    private static URI toUri(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("needs a scheme and host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "endpoint_url '" + url + "' is not a valid URL (for example https://host:443)");
        }
    }
}
