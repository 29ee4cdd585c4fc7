package io.connectorexplorer.infra.sso;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.error.ServiceCallException.Kind;
import io.connectorexplorer.infra.diagnostics.CallDiagnostics;
import io.connectorexplorer.infra.profile.AwsConfigFiles;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;

/**
 * The SSO access token for a session, as the AWS CLI v2 would use it: the cached one while it has a few minutes
 * left; otherwise renewed with the refresh token (and written back, so the CLI sees it too); otherwise the
 * session needs a sign-in, reported as {@link Kind#SIGN_IN_REQUIRED} — never as a stack trace.
 */
public final class SsoAccessTokens {

    /** A token that expires sooner than this is renewed first, so a call made with it does not fail half-way. */
    public static final Duration EXPIRY_MARGIN = Duration.ofMinutes(5);

    /** What the sign-in service answers when the refresh token or the client registration is no longer good. */
    private static final Set<String> SIGN_IN_AGAIN_CODES = Set.of(
            "InvalidGrantException",
            "ExpiredTokenException",
            "InvalidClientException",
            "UnauthorizedClientException",
            "AccessDeniedException",
            "InvalidScopeException");

    private static final Logger LOG = Logger.getLogger(SsoAccessTokens.class.getName());

    private final SsoTokenCache cache;
    private final SsoOidcClients clients;
    private final Clock clock;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Map<String, SsoToken> unsaved = new ConcurrentHashMap<>();

    /**
     * @param environment where the cache lives (its home folder) and which endpoint overrides apply
     * @param configFiles the AWS config files, for the profile's endpoint settings
     * @param httpClient  the app's HTTP client, handed to every SDK client built here; not closed here
     * @param clock       what "now" is
     */
    public SsoAccessTokens(
            AwsEnvironment environment, AwsConfigFiles configFiles, SdkHttpClient httpClient, Clock clock) {
        this(environment, configFiles, httpClient, clock, CallDiagnostics.none());
    }

    /** As above, telling each refresh call to {@code diagnostics}. */
    public SsoAccessTokens(
            AwsEnvironment environment,
            AwsConfigFiles configFiles,
            SdkHttpClient httpClient,
            Clock clock,
            CallDiagnostics diagnostics) {
        this(SsoTokenCache.in(environment), new SsoOidcClients(configFiles, httpClient, diagnostics), clock);
    }

    SsoAccessTokens(SsoTokenCache cache, SsoOidcClients clients, Clock clock) {
        this.cache = cache;
        this.clients = clients;
        this.clock = clock;
    }

    public SsoTokenCache cache() {
        return cache;
    }

    /**
     * A valid access token for the session, with only the environment's endpoint overrides
     * ({@code AWS_ENDPOINT_URL_SSO_OIDC}, {@code AWS_ENDPOINT_URL}) applied to a refresh.
     */
    public String validAccessToken(SsoSessionConfig config) {
        return validAccessToken(config, null);
    }

    /**
     * A valid access token for the session of profile {@code profileName}, whose endpoint settings
     * ({@code services} section, {@code endpoint_url}) apply to a refresh.
     *
     * @throws ServiceCallException {@link Kind#SIGN_IN_REQUIRED} when there is no usable token and it cannot be
     *                              renewed; NETWORK, TIMEOUT, SERVICE... when a refresh could not be made
     */
    public String validAccessToken(SsoSessionConfig config, String profileName) {
        Instant now = clock.instant();
        Optional<SsoToken> cached = read(config);
        if (cached.isPresent() && cached.get().validBeyond(now, EXPIRY_MARGIN)) {
            return cached.get().accessToken();
        }
        synchronized (locks.computeIfAbsent(config.cacheKey(), key -> new Object())) {
            // Another thread, or the AWS CLI, may have renewed it while this one waited.
            now = clock.instant();
            cached = read(config);
            if (cached.isEmpty()) {
                throw SsoErrors.signInRequired(null, null, "No SSO sign-in exists for " + describe(config) + ".");
            }
            SsoToken token = cached.get();
            if (token.validBeyond(now, EXPIRY_MARGIN)) {
                return token.accessToken();
            }
            if (!token.canRefresh(now)) {
                if (token.expiresAt().isAfter(now)) {
                    return token.accessToken();
                }
                throw SsoErrors.signInRequired(null, null, "The SSO session for " + describe(config) + " has expired.");
            }
            return refresh(config, profileName, token, now).accessToken();
        }
    }

    private SsoToken refresh(SsoSessionConfig config, String profileName, SsoToken token, Instant now) {
        SsoOidcClients.Target target = clients.target(config, profileName);
        CreateTokenResponse response;
        try (SsoOidcClient client = clients.open(target)) {
            response = client.createToken(r -> r.grantType("refresh_token")
                    .clientId(token.clientId())
                    .clientSecret(token.clientSecret())
                    .refreshToken(token.refreshToken()));
        } catch (SdkException e) {
            if (token.expiresAt().isAfter(now)) {
                // Still valid for a little while: use it, and try the refresh again on the next call.
                return token;
            }
            String code = SsoErrors.errorCode(e);
            if (code != null && SIGN_IN_AGAIN_CODES.contains(code)) {
                throw SsoErrors.signInRequired(
                        "CreateToken",
                        code,
                        "The SSO session for " + describe(config)
                                + " has expired and the sign-in service would not renew it.");
            }
            throw SsoErrors.translate("CreateToken", target.describe(), e);
        }
        Instant expiresAt = clock.instant()
                .plusSeconds(response.expiresIn() == null ? 0 : response.expiresIn())
                .truncatedTo(ChronoUnit.SECONDS);
        SsoToken renewed = token.refreshed(
                response.accessToken(), expiresAt, response.refreshToken(), config.startUrl(), config.region());
        try {
            cache.write(config.cacheKey(), renewed);
            unsaved.remove(config.cacheKey());
        } catch (IOException e) {
            // The renewed token works: keep it for this run rather than fail the call that needed it.
            LOG.warning(() -> "The renewed SSO token for " + describe(config) + " could not be saved in "
                    + cache.folder() + " (" + e.getClass().getSimpleName() + "); it is kept for this run only.");
            unsaved.put(config.cacheKey(), renewed);
        }
        return renewed;
    }

    /** The cached token, or one renewed in this run that could not be saved, whichever lasts longer. */
    private Optional<SsoToken> read(SsoSessionConfig config) {
        Optional<SsoToken> onDisk = cache.read(config.cacheKey());
        SsoToken kept = unsaved.get(config.cacheKey());
        if (kept == null || onDisk.isPresent() && !onDisk.get().expiresAt().isBefore(kept.expiresAt())) {
            return onDisk;
        }
        return Optional.of(kept);
    }

    /** "SSO session 'name' (https://start-url)" or, for the older form, "SSO start URL https://start-url". */
    static String describe(SsoSessionConfig config) {
        return config.sessionName() != null
                ? "SSO session '" + config.sessionName() + "' (" + config.startUrl() + ")"
                : "SSO start URL " + config.startUrl();
    }
}
