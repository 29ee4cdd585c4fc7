package io.connectorexplorer.infra.appflow;

import io.connectorexplorer.core.account.AccountConnection;
import io.connectorexplorer.core.account.AccountConnector;
import io.connectorexplorer.core.account.CallerIdentity;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.MfaPrompt;
import io.connectorexplorer.infra.credentials.ProfileCredentials;
import io.connectorexplorer.infra.credentials.ProfileCredentialsFactory;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.demo.LoopbackAppFlowEndpoint;
import io.connectorexplorer.infra.diagnostics.CallDiagnostics;
import io.connectorexplorer.infra.profile.AwsConfigFiles;
import io.connectorexplorer.infra.profile.EndpointResolver;
import io.connectorexplorer.infra.profile.SdkConfigIsolation;
import io.connectorexplorer.infra.sso.AccessTokenSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.appflow.AppflowClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * Connects a profile in a region: the profile's own credentials provider (never the shared default chain),
 * an AppFlow client and an STS client with its endpoint settings, one HTTP client passed explicitly. The
 * demo account is the same AppFlow client pointed at a loopback endpoint serving the bundled catalogue.
 */
public final class AppFlowAccounts implements AccountConnector, AutoCloseable {

    /** STS's identity call: one retry, with the standard strategy's backoff. */
    private static final software.amazon.awssdk.retries.api.RetryStrategy IDENTITY_RETRIES =
            software.amazon.awssdk.awscore.retry.AwsRetryStrategy.standardRetryStrategy().toBuilder()
                    .maxAttempts(2)
                    .build();

    /** Timeouts a desktop user can live with; tests pass shorter ones. */
    public record Timeouts(Duration connect, Duration attempt, Duration total) {
        public static final Timeouts DEFAULT =
                new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(60));
    }

    // Not real credentials: the loopback endpoint only checks that requests are signed.
    private static final AwsBasicCredentials DEMO_CREDENTIALS =
            AwsBasicCredentials.create("DEMOACCESSKEYNOTREAL", "demo-secret-key-not-real");
    private static final CallerIdentity DEMO_IDENTITY =
            new CallerIdentity("000000000000", "arn:aws:sts::000000000000:assumed-role/Demo/sample-data");

    private final AwsConfigFiles configFiles;
    private final Timeouts timeouts;
    private final SdkHttpClient httpClient;
    private final ProfileCredentialsFactory credentials;
    private final CallDiagnostics diagnostics;
    private LoopbackAppFlowEndpoint demoEndpoint;

    /** @param diagnostics where each AppFlow and STS call is told (the log, and the trace of --debug) */
    public AppFlowAccounts(
            AwsConfigFiles configFiles,
            Timeouts timeouts,
            SdkHttpClient httpClient,
            AccessTokenSource ssoTokens,
            MfaPrompt mfa,
            CallDiagnostics diagnostics) {
        this.configFiles = configFiles;
        this.timeouts = timeouts;
        this.httpClient = httpClient;
        this.credentials = new ProfileCredentialsFactory(configFiles, httpClient, ssoTokens, mfa);
        this.diagnostics = diagnostics;
    }

    /** The one HTTP client every SDK client of the app shares; its owner closes it. */
    public static SdkHttpClient httpClient(Timeouts timeouts) {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(timeouts.connect())
                .socketTimeout(timeouts.attempt())
                .build();
    }

    @Override
    public AccountConnection open(Target target) {
        AwsProfile profile = target.profile();
        String region = target.region();
        if (profile.isDemo()) {
            URI endpoint = demoEndpoint().uri();
            AppflowClient client = appflow(
                    Region.of(region), StaticCredentialsProvider.create(DEMO_CREDENTIALS), endpoint, null, null);
            SdkAppFlowGateway gateway =
                    new SdkAppFlowGateway(client, "the demo endpoint " + endpoint, endpoint, () -> {});
            return new Connection(gateway, () -> DEMO_IDENTITY, List.of());
        }
        profile.problemIfAny().ifPresent(problem -> {
            throw ServiceCallException.configuration(
                    "Profile '" + profile.name() + "' cannot be used: " + problem.replace("\n", "; ") + ".");
        });
        AwsConfigFiles.Snapshot files = configFiles.read();
        Optional<URI> appflowEndpoint = resolve(EndpointResolver.Service.APPFLOW, files, profile.name());
        Optional<URI> stsEndpoint = resolve(EndpointResolver.Service.STS, files, profile.name());
        ProfileCredentials profileCredentials = credentials.build(profile.name(), region);
        AppflowClient client = appflow(
                Region.of(region), profileCredentials.provider(), appflowEndpoint.orElse(null), files, profile.name());
        var stsBuilder = StsClient.builder()
                .region(Region.of(region))
                .credentialsProvider(profileCredentials.provider())
                .httpClient(httpClient)
                .overrideConfiguration(o -> o.defaultProfileFileSupplier(() -> files.profileFile())
                        .defaultProfileName(profile.name())
                        // Who the credentials are is asked beside the first call, for the status bar and the
                        // history: a second try, not the SDK's four, so an STS that cannot be reached costs a
                        // command line ~0.1 s at its end instead of 0.4-0.7 s (it waits to keep what it read).
                        .retryStrategy(IDENTITY_RETRIES)
                        .addExecutionInterceptor(diagnostics.recorder(profile.name(), region))
                        .addExecutionInterceptor(new SentCredentials()));
        stsEndpoint.ifPresent(stsBuilder::endpointOverride);
        StsClient sts = stsBuilder.build();
        String where = appflowEndpoint.map(URI::toString).orElse("AppFlow in " + region);
        SdkAppFlowGateway gateway = new SdkAppFlowGateway(client, where, appflowEndpoint.orElse(null), () -> {});
        String stsWhere = stsEndpoint.map(URI::toString).orElse("STS in " + region);
        return new Connection(gateway, () -> identity(sts, stsWhere), List.of(sts, profileCredentials));
    }

    private static CallerIdentity identity(StsClient sts, String where) {
        java.util.Set<String> sent = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try {
            var response = sts.getCallerIdentity(
                    r -> r.overrideConfiguration(o -> o.putExecutionAttribute(SentCredentials.HOLDER, sent)));
            return new CallerIdentity(response.account(), response.arn());
        } catch (RuntimeException e) {
            throw SentCredentials.scrubbed(
                    ServiceErrors.translate(StsException.class, "GetCallerIdentity", where, e, false), sent);
        }
    }

    private Optional<URI> resolve(EndpointResolver.Service service, AwsConfigFiles.Snapshot files, String profileName) {
        try {
            return EndpointResolver.resolve(service, configFiles.environment(), files, profileName);
        } catch (IllegalArgumentException e) {
            throw ServiceCallException.configuration("Profile '" + profileName + "': " + e.getMessage() + ".");
        }
    }

    private AppflowClient appflow(
            Region region,
            AwsCredentialsProvider provider,
            URI endpoint,
            AwsConfigFiles.Snapshot files,
            String profileName) {
        var builder = AppflowClient.builder()
                .region(region)
                .credentialsProvider(provider)
                .httpClient(httpClient)
                .overrideConfiguration(o -> {
                    // First, so it times the whole call and sees each answer as it came.
                    o.addExecutionInterceptor(diagnostics.recorder(
                            profileName != null ? profileName : AwsProfile.DEMO_NAME, region.id()));
                    o.addExecutionInterceptor(new RawResponseCapture())
                            .addExecutionInterceptor(new SentCredentials())
                            .apiCallAttemptTimeout(timeouts.attempt())
                            .apiCallTimeout(timeouts.total());
                    // The SDK must never read the config files on its own: they may be malformed (we read them
                    // tolerantly), and profile-scoped settings (retry_mode, …) must come from the chosen profile.
                    o.defaultProfileFileSupplier(() -> files != null ? files.profileFile() : AwsConfigFiles.EMPTY)
                            .defaultProfileName(profileName != null ? profileName : "default");
                    // Throttling is met by slowing down, per client and so per target; a throttled call retries until
                    // there is time left for only one more attempt. Other errors retry as the profile says.
                    o.retryStrategy(ThrottlingRetryStrategy.forProfile(
                            () -> files != null ? files.profileFile() : AwsConfigFiles.EMPTY,
                            profileName != null ? profileName : "default",
                            throttlingPatience(timeouts)));
                });
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    /** How long a throttled call may go on retrying: its total time, less one attempt's. */
    static Duration throttlingPatience(Timeouts timeouts) {
        Duration patience = timeouts.total().minus(timeouts.attempt());
        return patience.isNegative() ? Duration.ZERO : patience;
    }

    /**
     * The regions where AppFlow is offered, from the SDK's endpoint metadata, sorted. Read once (the metadata
     * loads a few hundred classes: worth doing off the FX thread, which {@code Services} start-up does).
     */
    public List<String> regions() {
        return appflowRegions();
    }

    /** As {@link #regions()}: the list does not depend on the account. */
    public static List<String> appflowRegions() {
        return RegionList.REGIONS;
    }

    private static final class RegionList {
        // Real regions only: the metadata also lists endpoint variants such as "fips-us-east-1".
        // Real regions only: the metadata also lists endpoint variants such as "fips-us-east-1".
        static final List<String> REGIONS = AppflowClient.serviceMetadata().regions().stream()
                .map(Region::id)
                .filter(id -> id.matches("[a-z]{2}(-[a-z]+)+-\\d+"))
                .sorted()
                .toList();
    }

    /**
     * Builds and closes an AppFlow client that is never called, so the SDK's classes are loaded and initialised
     * before the first account is opened (a few hundred milliseconds on a cold start). Reads no file (isolated
     * from the default config files as every client is), opens no connection, sets up no TLS.
     */
    public static void loadClientClasses() {
        SdkConfigIsolation.apply();
        try (SdkHttpClient unused = new LazyHttpClient(() -> {
                    throw new IllegalStateException("never called");
                });
                AppflowClient client = AppflowClient.builder()
                        .region(Region.US_EAST_1)
                        .credentialsProvider(StaticCredentialsProvider.create(DEMO_CREDENTIALS))
                        .httpClient(unused)
                        .endpointOverride(URI.create("http://127.0.0.1:9"))
                        .overrideConfiguration(o -> o.addExecutionInterceptor(new RawResponseCapture())
                                .addExecutionInterceptor(new SentCredentials())
                                .defaultProfileFileSupplier(() -> AwsConfigFiles.EMPTY)
                                .defaultProfileName("default"))
                        .build()) {
            client.serviceName();
        }
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
    }

    /** An open account: the AppFlow gateway, the identity call, and what to close with them. */
    private record Connection(
            SdkAppFlowGateway appflow,
            java.util.function.Supplier<CallerIdentity> identityCall,
            List<AutoCloseable> resources)
            implements AccountConnection {
        @Override
        public CallerIdentity identity() {
            return identityCall.get();
        }

        @Override
        public void close() {
            appflow.close();
            for (AutoCloseable resource : resources) {
                try {
                    resource.close();
                } catch (Exception ignored) {
                    // best effort
                }
            }
        }
    }
}
