package io.connectorexplorer.infra.sso;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.SignInPrompt;
import io.connectorexplorer.core.task.Cancellation;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;

/**
 * The browser sign-in: authorization code with PKCE (RFC 7636) and a loopback redirect (RFC 8252), as
 * {@code aws sso login} runs it for an {@code sso-session}.
 */
final class AuthorizationCodeFlow {

    static final List<String> GRANT_TYPES = List.of("authorization_code", "refresh_token");

    private final Clock clock;
    private final Duration browserTimeout;

    AuthorizationCodeFlow(Clock clock, Duration browserTimeout) {
        this.clock = clock;
        this.browserTimeout = browserTimeout;
    }

    /** The token, or empty when no browser opened (then the device code is the way). */
    Optional<SsoToken> run(
            SsoOidcClient client,
            SsoOidcClients.Target target,
            SsoSessionConfig config,
            Pkce pkce,
            LoopbackCallback callback,
            SignInPrompt prompt,
            Cancellation cancellation) {
        List<String> scopes = scopes(config);
        ClientRegistration registration = SsoErrors.call(
                "RegisterClient",
                target,
                cancellation,
                () -> ClientRegistration.of(client.registerClient(r -> r.clientName(OidcSignIn.CLIENT_NAME)
                        .clientType("public")
                        .scopes(scopes)
                        .grantTypes(GRANT_TYPES)
                        .redirectUris(LoopbackCallback.REGISTERED_REDIRECT_URI)
                        .issuerUrl(config.startUrl()))));
        URI page = authorizePage(
                SsoOidcClients.authorizePage(target), registration.clientId(), callback.redirectUri(), scopes, pkce);
        if (cancellation.isCancelled()) {
            throw SsoErrors.cancelled(null);
        }
        if (!prompt.openBrowser(page)) {
            return Optional.empty();
        }
        String code = callback.awaitCode(cancellation, browserTimeout);
        CreateTokenResponse response;
        try {
            response = SsoErrors.call(
                    "CreateToken",
                    target,
                    cancellation,
                    () -> client.createToken(r -> r.grantType("authorization_code")
                            .clientId(registration.clientId())
                            .clientSecret(registration.clientSecret())
                            .code(code)
                            .codeVerifier(pkce.verifier())
                            .redirectUri(callback.redirectUri())));
        } catch (ServiceCallException e) {
            if ("ExpiredTokenException".equals(e.errorCode()) || "InvalidGrantException".equals(e.errorCode())) {
                throw SsoErrors.signInRequired(
                        "CreateToken",
                        e.errorCode(),
                        "The sign-in service did not accept "
                                + "the browser's answer (it may have expired), so nothing was saved.");
            }
            throw e;
        }
        return Optional.of(registration.token(config, response, clock));
    }

    static List<String> scopes(SsoSessionConfig config) {
        return config.registrationScopes().isEmpty()
                ? List.of(SsoSessionConfig.DEFAULT_SCOPE)
                : config.registrationScopes();
    }

    /** The authorize page with the query {@code aws sso login} sends; scopes space-separated, spaces as %20. */
    static URI authorizePage(URI authorize, String clientId, String redirectUri, List<String> scopes, Pkce pkce) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUri);
        query.put("state", pkce.state());
        query.put("code_challenge_method", "S256");
        query.put("scopes", String.join(" ", scopes));
        query.put("code_challenge", pkce.challenge());
        return URI.create(authorize + "?"
                + query.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&")));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
