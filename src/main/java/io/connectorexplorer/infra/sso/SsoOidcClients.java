package io.connectorexplorer.infra.sso;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.infra.diagnostics.CallDiagnostics;
import io.connectorexplorer.infra.profile.AwsConfigFiles;
import io.connectorexplorer.infra.profile.EndpointResolver;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClientBuilder;
import software.amazon.awssdk.services.ssooidc.endpoints.SsoOidcEndpointProvider;

/**
 * Builds SSO OIDC clients for a sign-in: unauthenticated (the OIDC operations take no AWS credentials), in the
 * session's {@code sso_region}, at the endpoint the configuration names for {@code sso_oidc} if any, and with the
 * app's HTTP client passed in — a jlinked runtime loses the SDK's ServiceLoader lookup of one.
 */
final class SsoOidcClients {

    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    /** Where the OIDC calls for one session go. */
    record Target(Region region, Optional<URI> endpointOverride, ProfileFile profileFile, String profileName) {

        /** For messages: the overridden endpoint, or the service in the region. */
        String describe() {
            return endpointOverride.map(URI::toString).orElse("SSO OIDC in " + region.id());
        }
    }

    private final AwsConfigFiles configFiles;
    private final SdkHttpClient httpClient;
    private final CallDiagnostics diagnostics;

    SsoOidcClients(AwsConfigFiles configFiles, SdkHttpClient httpClient, CallDiagnostics diagnostics) {
        this.configFiles = configFiles;
        this.httpClient = httpClient;
        this.diagnostics = diagnostics;
    }

    /** The target for a session; {@code profileName} (may be null) selects the profile's endpoint settings. */
    Target target(SsoSessionConfig config, String profileName) {
        AwsConfigFiles.Snapshot files = configFiles.read();
        return target(config, files, profileName);
    }

    Target target(SsoSessionConfig config, AwsConfigFiles.Snapshot files, String profileName) {
        Optional<URI> endpoint;
        try {
            endpoint = EndpointResolver.resolve(
                    EndpointResolver.Service.SSO_OIDC, configFiles.environment(), files, profileName);
        } catch (IllegalArgumentException e) {
            throw ServiceCallException.configuration(
                    (profileName == null ? "" : "Profile '" + profileName + "': ") + e.getMessage() + ".");
        }
        return new Target(Region.of(config.region()), endpoint, files.profileFile(), profileName);
    }

    SsoOidcClient open(Target target) {
        SsoOidcClientBuilder builder = SsoOidcClient.builder()
                .region(target.region())
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClient(httpClient)
                .overrideConfiguration(o -> {
                    o.addExecutionInterceptor(diagnostics.recorder(
                            target.profileName(), target.region().id()));
                    o.apiCallAttemptTimeout(ATTEMPT_TIMEOUT).apiCallTimeout(CALL_TIMEOUT);
                    // Settings such as retry_mode come from the files the app reads, not from the process's ones.
                    o.defaultProfileFile(target.profileFile());
                    if (target.profileName() != null) {
                        o.defaultProfileName(target.profileName());
                    }
                });
        target.endpointOverride().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** The browser page that starts the authorization-code flow: the OIDC endpoint + {@code /authorize}. */
    static URI authorizePage(Target target) {
        URI base = target.endpointOverride()
                .orElseGet(() -> SsoOidcEndpointProvider.defaultProvider()
                        .resolveEndpoint(
                                p -> p.region(target.region()).useFips(false).useDualStack(false))
                        .join()
                        .url());
        String text = base.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text + "/authorize");
    }
}
