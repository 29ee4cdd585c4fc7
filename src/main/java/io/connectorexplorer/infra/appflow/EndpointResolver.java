package io.connectorexplorer.infra.appflow;

import io.connectorexplorer.infra.profile.AwsConfigFiles;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.profiles.Profile;

/**
 * Where AppFlow calls go for a profile, with the precedence the AWS CLI and SDKs use: AWS_ENDPOINT_URL_APPFLOW,
 * AWS_ENDPOINT_URL, the profile's {@code services} section, then the profile's {@code endpoint_url}.
 */
final class EndpointResolver {

    private static final String SERVICE_KEY = "appflow";

    private EndpointResolver() {
    }

    static Optional<URI> resolve(AwsEnvironment env, AwsConfigFiles.Snapshot files, String profileName) {
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
        Optional<String> url = env.get("AWS_ENDPOINT_URL_APPFLOW")
                .or(() -> env.get("AWS_ENDPOINT_URL"))
                .or(() -> profile.flatMap(p -> p.property("services"))
                        .flatMap(services -> files.section("services", services))
                        .flatMap(section -> section.property(SERVICE_KEY + ".endpoint_url")))
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
            throw new IllegalArgumentException("endpoint_url '" + url + "' is not a valid URL (for example https://host:443)");
        }
    }
}
