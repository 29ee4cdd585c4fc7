package io.connectorexplorer.infra.appflow;

import io.connectorexplorer.core.connector.AppFlowGateway;
import io.connectorexplorer.core.connector.ServiceCallException;
import io.connectorexplorer.core.profile.AccountConnector;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.demo.LoopbackAppFlowEndpoint;
import io.connectorexplorer.infra.profile.AwsConfigFiles;
import io.connectorexplorer.infra.profile.EndpointResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.appflow.AppflowClient;

/**
 * Builds an AppFlow client per profile and region: the profile's own credentials provider (never the
 * shared default chain), its region and endpoint settings, one HTTP client passed explicitly. The demo
 * account is the same client pointed at a loopback endpoint serving the bundled catalogue.
 */
public final class AppFlowAccounts implements AccountConnector, AutoCloseable {

    /** Timeouts a desktop user can live with; tests pass shorter ones. */
    public record Timeouts(Duration connect, Duration attempt, Duration total) {
        public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(60));
    }

    // Not real credentials: the loopback endpoint only checks that requests are signed.
    private static final AwsBasicCredentials DEMO_CREDENTIALS =
            AwsBasicCredentials.create("DEMOACCESSKEYNOTREAL", "demo-secret-key-not-real");

    private final AwsConfigFiles configFiles;
    private final Timeouts timeouts;
    private final SdkHttpClient httpClient;
    private LoopbackAppFlowEndpoint demoEndpoint;

    public AppFlowAccounts(AwsConfigFiles configFiles, Timeouts timeouts) {
        this.configFiles = configFiles;
        this.timeouts = timeouts;
        this.httpClient = UrlConnectionHttpClient.builder()
                .connectionTimeout(timeouts.connect())
                .socketTimeout(timeouts.attempt())
                .build();
    }

    @Override
    public AppFlowGateway open(AwsProfile profile, String region) {
        if (profile.isDemo()) {
            URI endpoint = demoEndpoint().uri();
            return new SdkAppFlowGateway(build(Region.of(region), StaticCredentialsProvider.create(DEMO_CREDENTIALS),
                    endpoint, null, null), "the demo endpoint " + endpoint, () -> { });
        }
        profile.problemIfAny().ifPresent(problem -> {
            throw new ServiceCallException(ServiceCallException.Kind.CONFIGURATION, null, null, 0,
                    "Profile '" + profile.name() + "' cannot be used: " + problem + ".");
        });
        AwsConfigFiles.Snapshot files = configFiles.read();
        Optional<URI> endpoint;
        try {
            endpoint = EndpointResolver.resolve(configFiles.environment(), files, profile.name());
        } catch (IllegalArgumentException e) {
            throw new ServiceCallException(ServiceCallException.Kind.CONFIGURATION, null, null, 0,
                    "Profile '" + profile.name() + "': " + e.getMessage() + ".");
        }
        ProfileCredentialsProvider credentials = ProfileCredentialsProvider.builder()
                .profileFile(files.profileFile())
                .profileName(profile.name())
                .build();
        AppflowClient client = build(Region.of(region), credentials, endpoint.orElse(null), files, profile.name());
        String where = endpoint.map(URI::toString).orElse("AppFlow in " + region);
        return new SdkAppFlowGateway(client, where, credentials::close);
    }

    private AppflowClient build(Region region, AwsCredentialsProvider credentials, URI endpoint, AwsConfigFiles.Snapshot files,
                                String profileName) {
        var builder = AppflowClient.builder()
                .region(region)
                .credentialsProvider(credentials)
                .httpClient(httpClient)
                .overrideConfiguration(o -> {
                    o.addExecutionInterceptor(new RawResponseCapture())
                            .apiCallAttemptTimeout(timeouts.attempt())
                            .apiCallTimeout(timeouts.total());
                    if (files != null) {
                        // The SDK reads retry_mode, endpoint_url and the like from this profile; without the name it
                        // would read them from [default] (or the process's AWS_PROFILE), not the profile in use.
                        o.defaultProfileFile(files.profileFile()).defaultProfileName(profileName);
                    }
                });
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    /** The regions where AppFlow is offered, from the SDK's endpoint metadata, sorted. */
    public java.util.List<String> regions() {
        return AppflowClient.serviceMetadata().regions().stream().map(Region::id).sorted().toList();
    }

    private synchronized LoopbackAppFlowEndpoint demoEndpoint() {
        if (demoEndpoint == null) {
            try {
                demoEndpoint = LoopbackAppFlowEndpoint.start(DemoCatalogue.bundled());
            } catch (IOException e) {
                throw new UncheckedIOException("The demo endpoint could not start on loopback", e);
            }
        }
        return demoEndpoint;
    }

    @Override
    public synchronized void close() {
        if (demoEndpoint != null) {
            demoEndpoint.close();
            demoEndpoint = null;
        }
        httpClient.close();
    }
}
