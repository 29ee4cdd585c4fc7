package io.connectorexplorer.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.testsupport.LoopbackAwsServices.RecordedRequest;
import io.connectorexplorer.testsupport.LoopbackAwsServices.Reply;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * IAM Identity Center's OIDC service (rest-json): RegisterClient, StartDeviceAuthorization, CreateToken for the
 * device_code, authorization_code (PKCE S256 checked) and refresh_token grants, plus the browser's
 * {@code /authorize} page, which redirects to the client's loopback redirect URI with a code. Errors come as the
 * service sends them: status, {@code x-amzn-ErrorType} and {@code {"error": ..., "error_description": ...}}.
 */
public final class FakeSsoOidc {

    static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

    /** A sign-in that already happened: what a token cache entry would hold. */
    public record Session(String clientId, String clientSecret, String accessToken, String refreshToken) {}

    private record Client(String secret, List<String> scopes, List<String> grantTypes, List<String> redirectUris) {}

    private enum DeviceState {
        PENDING,
        APPROVED,
        DENIED,
        EXPIRED,
        USED
    }

    private static final class Device {
        final String clientId;
        final String userCode;
        volatile DeviceState state = DeviceState.PENDING;

        Device(String clientId, String userCode) {
            this.clientId = clientId;
            this.userCode = userCode;
        }
    }

    private record AuthorizationCode(String clientId, String challenge, String redirectUri) {}

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Supplier<URI> endpoint;
    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger counter = new AtomicInteger();
    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final Map<String, Device> devices = new ConcurrentHashMap<>();
    private final Map<String, AuthorizationCode> codes = new ConcurrentHashMap<>();
    private final Map<String, String> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private final AtomicInteger slowDowns = new AtomicInteger();
    private volatile Clock clock = Clock.systemUTC();
    private volatile Duration accessTokenLifetime = Duration.ofHours(1);
    private volatile Duration registrationLifetime = Duration.ofDays(90);
    private volatile int pollInterval = 1;
    private volatile int deviceCodeLifetime = 600;
    private volatile boolean rejectRefresh;
    private volatile boolean rotateRefreshTokens = true;
    private volatile boolean denyAuthorization;

    FakeSsoOidc(Supplier<URI> endpoint) {
        this.endpoint = endpoint;
    }

    FakeSsoOidc clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    public FakeSsoOidc accessTokenLifetime(Duration lifetime) {
        this.accessTokenLifetime = lifetime;
        return this;
    }

    public FakeSsoOidc registrationLifetime(Duration lifetime) {
        this.registrationLifetime = lifetime;
        return this;
    }

    /** The interval (seconds) StartDeviceAuthorization asks clients to poll at. */
    public FakeSsoOidc pollInterval(int seconds) {
        this.pollInterval = seconds;
        return this;
    }

    public FakeSsoOidc deviceCodeLifetime(int seconds) {
        this.deviceCodeLifetime = seconds;
        return this;
    }

    /** Refreshes fail with InvalidGrantException, as when the session was revoked or has run its full length. */
    public FakeSsoOidc rejectRefresh(boolean reject) {
        this.rejectRefresh = reject;
        return this;
    }

    /** Whether a refresh returns a new refresh token (and retires the old one), or none. */
    public FakeSsoOidc rotateRefreshTokens(boolean rotate) {
        this.rotateRefreshTokens = rotate;
        return this;
    }

    /** The next {@code polls} device-code polls are answered with SlowDownException. */
    public FakeSsoOidc slowDownPolls(int polls) {
        slowDowns.set(polls);
        return this;
    }

    /** The authorize page answers with error=access_denied, as when the person declines. */
    public FakeSsoOidc denyAuthorization(boolean deny) {
        this.denyAuthorization = deny;
        return this;
    }

    /** Approves every device-code sign-in that waits for approval. */
    public void approveDevice() {
        setPending(DeviceState.APPROVED);
    }

    /** Denies every device-code sign-in that waits for approval. */
    public void denyDevice() {
        setPending(DeviceState.DENIED);
    }

    /** Lets every waiting device code expire. */
    public void expireDevice() {
        setPending(DeviceState.EXPIRED);
    }

    /** The user codes handed out so far. */
    public List<String> userCodes() {
        return devices.values().stream().map(d -> d.userCode).toList();
    }

    /** Registers a client and signs it in without a browser, for tests that start from a filled token cache. */
    public Session signedInSession(List<String> scopes) {
        String clientId = newClient(scopes, List.of("authorization_code", "refresh_token"), List.of());
        String accessToken = issueAccessToken(clientId);
        String refreshToken = issueRefreshToken(clientId);
        return new Session(clientId, clients.get(clientId).secret(), accessToken, refreshToken);
    }

    public boolean isValidAccessToken(String token) {
        return token != null && accessTokens.containsKey(token);
    }

    /** Forgets every access token, as when sessions end; the SSO portal then answers UnauthorizedException. */
    public void revokeAccessTokens() {
        accessTokens.clear();
    }

    List<String> secretsIssued() {
        return List.copyOf(secrets);
    }

    Reply handle(RecordedRequest request) {
        return switch (request.operation()) {
            case "RegisterClient" -> registerClient(request.json());
            case "StartDeviceAuthorization" -> startDeviceAuthorization(request.json());
            case "CreateToken" -> createToken(request.json());
            case "Authorize" -> authorize(request.query());
            default -> OidcWire.error(404, "InvalidRequestException", "invalid_request", "Unknown operation");
        };
    }

    private Reply registerClient(JsonNode body) {
        String name = body.path("clientName").asText("");
        String type = body.path("clientType").asText("");
        if (name.isEmpty() || !type.equals("public")) {
            return OidcWire.error(
                    400,
                    "InvalidClientMetadataException",
                    "invalid_client_metadata",
                    "clientName and clientType public are required");
        }
        List<String> scopes = OidcWire.strings(body.get("scopes"));
        List<String> grants = OidcWire.strings(body.get("grantTypes"));
        List<String> redirects = OidcWire.strings(body.get("redirectUris"));
        if (grants.contains("authorization_code")) {
            if (redirects.isEmpty()
                    || !redirects.stream().allMatch(OidcWire::isLoopback)
                    || body.path("issuerUrl").asText("").isEmpty()) {
                return OidcWire.error(
                        400, "InvalidRedirectUriException", "invalid_redirect_uri", "Invalid redirect URI");
            }
        }
        String clientId = newClient(scopes, grants, redirects);
        long now = clock.instant().getEpochSecond();
        ObjectNode out = JSON.objectNode();
        out.put("clientId", clientId);
        out.put("clientSecret", clients.get(clientId).secret());
        out.put("clientIdIssuedAt", now);
        out.put("clientSecretExpiresAt", now + registrationLifetime.toSeconds());
        return Reply.json(200, out);
    }

    private Reply startDeviceAuthorization(JsonNode body) {
        String clientId = body.path("clientId").asText("");
        if (!knownClient(clientId, body.path("clientSecret").asText(""))) {
            return OidcWire.error(401, "InvalidClientException", "invalid_client", "Invalid client");
        }
        if (body.path("startUrl").asText("").isEmpty()) {
            return OidcWire.error(400, "InvalidRequestException", "invalid_request", "startUrl is required");
        }
        String deviceCode = secret("device-");
        String userCode = userCode();
        devices.put(deviceCode, new Device(clientId, userCode));
        ObjectNode out = JSON.objectNode();
        out.put("deviceCode", deviceCode);
        out.put("userCode", userCode);
        out.put("verificationUri", endpoint.get() + "/device");
        out.put("verificationUriComplete", endpoint.get() + "/device?user_code=" + userCode);
        out.put("expiresIn", deviceCodeLifetime);
        out.put("interval", pollInterval);
        return Reply.json(200, out);
    }

    private Reply createToken(JsonNode body) {
        String clientId = body.path("clientId").asText("");
        if (!knownClient(clientId, body.path("clientSecret").asText(""))) {
            return OidcWire.error(401, "InvalidClientException", "invalid_client", "Invalid client");
        }
        String grant = body.path("grantType").asText("");
        List<String> registered = clients.get(clientId).grantTypes();
        boolean allowed = registered.isEmpty()
                ? grant.equals(DEVICE_GRANT) || grant.equals("refresh_token")
                : registered.contains(grant);
        if (!allowed) {
            return OidcWire.error(
                    400, "UnauthorizedClientException", "unauthorized_client", "Grant type not registered");
        }
        return switch (grant) {
            case DEVICE_GRANT -> deviceToken(clientId, body.path("deviceCode").asText(""));
            case "authorization_code" -> authorizationCodeToken(clientId, body);
            case "refresh_token" ->
                refreshToken(clientId, body.path("refreshToken").asText(""));
            default ->
                OidcWire.error(
                        400, "UnsupportedGrantTypeException", "unsupported_grant_type", "Unsupported grant type");
        };
    }

    private Reply deviceToken(String clientId, String deviceCode) {
        Device device = devices.get(deviceCode);
        if (device == null || !device.clientId.equals(clientId)) {
            return OidcWire.error(400, "InvalidGrantException", "invalid_grant", "Invalid device code provided");
        }
        if (device.state == DeviceState.PENDING && slowDowns.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return OidcWire.error(400, "SlowDownException", "slow_down", null);
        }
        return switch (device.state) {
            case PENDING -> OidcWire.error(400, "AuthorizationPendingException", "authorization_pending", null);
            case DENIED -> OidcWire.error(400, "AccessDeniedException", "access_denied", null);
            case EXPIRED -> OidcWire.error(400, "ExpiredTokenException", "expired_token", null);
            case USED -> OidcWire.error(400, "InvalidGrantException", "invalid_grant", "Device code already used");
            case APPROVED -> {
                device.state = DeviceState.USED;
                yield tokens(clientId, true);
            }
        };
    }

    private Reply authorizationCodeToken(String clientId, JsonNode body) {
        AuthorizationCode code = codes.remove(body.path("code").asText(""));
        String verifier = body.path("codeVerifier").asText("");
        if (code == null
                || !code.clientId().equals(clientId)
                || !code.redirectUri().equals(body.path("redirectUri").asText(""))
                || verifier.length() < 43
                || !OidcWire.s256(verifier).equals(code.challenge())) {
            return OidcWire.error(
                    400, "InvalidGrantException", "invalid_grant", "Invalid authorization code or code verifier");
        }
        return tokens(clientId, true);
    }

    private Reply refreshToken(String clientId, String refreshToken) {
        if (rejectRefresh || !clientId.equals(refreshTokens.get(refreshToken))) {
            return OidcWire.error(400, "InvalidGrantException", "invalid_grant", "Invalid refresh token provided");
        }
        if (rotateRefreshTokens) {
            refreshTokens.remove(refreshToken);
        }
        return tokens(clientId, rotateRefreshTokens);
    }

    private Reply tokens(String clientId, boolean withRefreshToken) {
        ObjectNode out = JSON.objectNode();
        out.put("accessToken", issueAccessToken(clientId));
        out.put("tokenType", "Bearer");
        out.put("expiresIn", accessTokenLifetime.toSeconds());
        if (withRefreshToken && !clients.get(clientId).scopes().isEmpty()) {
            out.put("refreshToken", issueRefreshToken(clientId));
        }
        return Reply.json(200, out);
    }

    private Reply authorize(Map<String, String> query) {
        String clientId = query.getOrDefault("client_id", "");
        Client client = clients.get(clientId);
        String redirect = query.getOrDefault("redirect_uri", "");
        if (client == null || !client.grantTypes().contains("authorization_code")) {
            return Reply.html(400, "Unknown client");
        }
        if (!"code".equals(query.get("response_type"))
                || !"S256".equals(query.get("code_challenge_method"))
                || query.getOrDefault("code_challenge", "").isEmpty()
                || query.getOrDefault("state", "").isEmpty()
                || query.getOrDefault("scopes", "").isEmpty()) {
            return Reply.html(400, "Invalid authorization request");
        }
        if (!client.redirectUris().stream()
                .anyMatch(registered -> OidcWire.sameLoopbackRedirect(registered, redirect))) {
            return Reply.html(400, "Invalid redirect URI");
        }
        String state = OidcWire.encode(query.get("state"));
        if (denyAuthorization) {
            return Reply.redirect(redirect + "?error=access_denied&state=" + state);
        }
        String code = secret("code-");
        codes.put(code, new AuthorizationCode(clientId, query.get("code_challenge"), redirect));
        return Reply.redirect(redirect + "?code=" + OidcWire.encode(code) + "&state=" + state);
    }

    private void setPending(DeviceState state) {
        devices.values().stream().filter(d -> d.state == DeviceState.PENDING).forEach(d -> d.state = state);
    }

    private String newClient(List<String> scopes, List<String> grants, List<String> redirects) {
        String clientId = "client-" + counter.incrementAndGet() + "-" + random(8);
        clients.put(
                clientId,
                new Client(secret("clientsecret-"), List.copyOf(scopes), List.copyOf(grants), List.copyOf(redirects)));
        return clientId;
    }

    private boolean knownClient(String clientId, String secret) {
        Client client = clients.get(clientId);
        return client != null && client.secret().equals(secret);
    }

    private String issueAccessToken(String clientId) {
        String token = secret("aoa-");
        accessTokens.put(token, clientId);
        return token;
    }

    private String issueRefreshToken(String clientId) {
        String token = secret("aor-");
        refreshTokens.put(token, clientId);
        return token;
    }

    private String secret(String prefix) {
        String value = prefix + random(24);
        secrets.add(value);
        return value;
    }

    private String random(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private String userCode() {
        String letters = "BCDFGHJKLMNPQRSTVWXZ";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(i == 4 ? "-" : "").append(letters.charAt(random.nextInt(letters.length())));
        }
        return code.toString();
    }
}
