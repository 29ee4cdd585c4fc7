package io.connectorexplorer.infra.sso;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.SignInPrompt;
import io.connectorexplorer.core.profile.SignInService;
import io.connectorexplorer.core.profile.SsoSession;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.infra.diagnostics.CallDiagnostics;
import io.connectorexplorer.infra.profile.AwsConfigFiles;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;

/**
 * Signs an SSO profile in through IAM Identity Center's OIDC service, as {@code aws sso login} does: the browser
 * flow (authorization code with PKCE) for an {@code sso-session}; the device code when no browser opens, no
 * loopback port is free, or the profile uses the older form without a session. The token goes to the cache the
 * AWS CLI v2 reads, so a sign-in in either tool serves both.
 */
public final class OidcSignIn implements SignInService {

    /** The client name the registrations carry, shown by IAM Identity Center. */
    public static final String CLIENT_NAME = "connector-explorer";
    /** How long the browser flow waits for the person to finish in the browser (the AWS CLI waits as long). */
    public static final Duration BROWSER_TIMEOUT = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(OidcSignIn.class.getName());

    private final AwsConfigFiles configFiles;
    private final SsoOidcClients clients;
    private final SsoTokenCache cache;
    private final AuthorizationCodeFlow authorizationCode;
    private final DeviceCodeFlow deviceCode;
    private final SecureRandom random = new SecureRandom();

    /** Signs in with real waits between device-code polls. */
    public OidcSignIn(AwsEnvironment environment, AwsConfigFiles configFiles, SdkHttpClient httpClient, Clock clock) {
        this(environment, configFiles, httpClient, clock, PollWaiter.realTime(), CallDiagnostics.none());
    }

    /** Signs in with real waits between device-code polls, telling each call to {@code diagnostics}. */
    public OidcSignIn(
            AwsEnvironment environment,
            AwsConfigFiles configFiles,
            SdkHttpClient httpClient,
            Clock clock,
            CallDiagnostics diagnostics) {
        this(environment, configFiles, httpClient, clock, PollWaiter.realTime(), diagnostics);
    }

    public OidcSignIn(
            AwsEnvironment environment,
            AwsConfigFiles configFiles,
            SdkHttpClient httpClient,
            Clock clock,
            PollWaiter waiter) {
        this(environment, configFiles, httpClient, clock, waiter, CallDiagnostics.none());
    }

    /**
     * @param environment where the token cache lives (its home folder)
     * @param configFiles the AWS config files: the profile, its sso-session and endpoint settings
     * @param httpClient  the app's HTTP client, handed to every SDK client built here; not closed here
     * @param clock       what "now" is, for the expiry times written to the cache
     * @param waiter      the pause between device-code polls
     * @param diagnostics where each SSO OIDC call is told
     */
    public OidcSignIn(
            AwsEnvironment environment,
            AwsConfigFiles configFiles,
            SdkHttpClient httpClient,
            Clock clock,
            PollWaiter waiter,
            CallDiagnostics diagnostics) {
        this.configFiles = configFiles;
        this.clients = new SsoOidcClients(configFiles, httpClient, diagnostics);
        this.cache = SsoTokenCache.in(environment);
        this.authorizationCode = new AuthorizationCodeFlow(clock, BROWSER_TIMEOUT);
        this.deviceCode = new DeviceCodeFlow(clock, waiter);
    }

    @Override
    public void signIn(AwsProfile profile, SignInPrompt prompt, Cancellation cancellation) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(prompt, "prompt");
        AwsConfigFiles.Snapshot files = configFiles.read();
        signIn(ssoConfig(profile.name(), files), files, profile.name(), prompt, cancellation);
    }

    /** The session's own settings; only the environment's endpoint settings apply, as no profile's do. */
    @Override
    public void signIn(SsoSession session, SignInPrompt prompt, Cancellation cancellation) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(prompt, "prompt");
        AwsConfigFiles.Snapshot files = configFiles.read();
        Map<String, String> settings = session.legacy()
                ? Map.of("sso_start_url", session.startUrl(), "sso_region", session.ssoRegion())
                : Map.of("sso_session", session.name());
        SsoSessionConfig config = SsoSessionConfig.of(
                        Profile.builder()
                                .name(session.name())
                                .properties(settings)
                                .build(),
                        files)
                .orElseThrow(() -> configuration("The SSO session '" + session.name()
                        + "' is no longer in the config file with both sso_start_url and sso_region."));
        signIn(config, files, null, prompt, cancellation);
    }

    private void signIn(
            SsoSessionConfig config,
            AwsConfigFiles.Snapshot files,
            String profileName,
            SignInPrompt prompt,
            Cancellation cancellation) {
        Cancellation cancel = cancellation == null ? Cancellation.NEVER : cancellation;
        SsoOidcClients.Target target = clients.target(config, files, profileName);
        SsoToken token;
        try (SsoOidcClient client = clients.open(target)) {
            token = obtain(client, target, config, prompt, cancel);
        }
        try {
            cache.write(config.cacheKey(), token);
        } catch (IOException e) {
            throw ServiceCallException.localFile("Signed in, but the token for "
                    + SsoAccessTokens.describe(config) + " could not be saved in " + cache.folder() + " ("
                    + e.getClass().getSimpleName() + ").");
        }
    }

    private SsoToken obtain(
            SsoOidcClient client,
            SsoOidcClients.Target target,
            SsoSessionConfig config,
            SignInPrompt prompt,
            Cancellation cancellation) {
        boolean browserMayOpen = true;
        if (config.sessionName() != null) {
            // The AWS CLI, too, runs the browser flow only for an sso-session; the older form takes the device code.
            Pkce pkce = Pkce.create(random);
            Optional<LoopbackCallback> callback = startCallback(pkce);
            if (callback.isPresent()) {
                try (LoopbackCallback server = callback.get()) {
                    Optional<SsoToken> token =
                            authorizationCode.run(client, target, config, pkce, server, prompt, cancellation);
                    if (token.isPresent()) {
                        return token.get();
                    }
                    browserMayOpen = false;
                }
            }
        }
        return deviceCode.run(client, target, config, prompt, browserMayOpen, cancellation);
    }

    private static Optional<LoopbackCallback> startCallback(Pkce pkce) {
        try {
            return Optional.of(LoopbackCallback.start(pkce.state()));
        } catch (IOException e) {
            LOG.info(() -> "No loopback port for the browser sign-in ("
                    + e.getClass().getSimpleName() + "); using the device code instead.");
            return Optional.empty();
        }
    }

    /** The SSO settings of the profile, or a CONFIGURATION error saying what is missing. */
    static SsoSessionConfig ssoConfig(String profileName, AwsConfigFiles.Snapshot files) {
        Profile profile = files.profile(profileName)
                .orElseThrow(() -> configuration("The profile '" + profileName + "' is not in the AWS config files."));
        Optional<SsoSessionConfig> config = SsoSessionConfig.of(profile, files);
        if (config.isPresent()) {
            return config.get();
        }
        Optional<String> session = profile.property("sso_session");
        if (session.isPresent()) {
            throw configuration(
                    files.section("sso-session", session.get()).isPresent()
                            ? "The sso-session '" + session.get() + "' of profile '" + profileName
                                    + "' needs both sso_start_url and sso_region."
                            : "The profile '" + profileName + "' names the sso-session '" + session.get()
                                    + "', which is not in the config file.");
        }
        if (profile.property("sso_start_url").isPresent()
                || profile.property("sso_region").isPresent()) {
            throw configuration(
                    "The profile '" + profileName + "' needs both sso_start_url and sso_region to sign in.");
        }
        throw configuration("The profile '" + profileName + "' is not an SSO profile; only SSO profiles sign in.");
    }

    private static ServiceCallException configuration(String message) {
        return ServiceCallException.configuration(message);
    }
}
