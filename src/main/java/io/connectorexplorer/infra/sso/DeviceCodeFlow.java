package io.connectorexplorer.infra.sso;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.SignInPrompt;
import io.connectorexplorer.core.task.Cancellation;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;

/**
 * The device-code sign-in (RFC 8628): the person enters a code on the verification page, in any browser on any
 * device, while this polls for the token at the interval the service asks for.
 */
final class DeviceCodeFlow {

    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code";
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    static final Duration SLOW_DOWN_STEP = Duration.ofSeconds(5);
    private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(10);

    private final Clock clock;
    private final PollWaiter waiter;

    DeviceCodeFlow(Clock clock, PollWaiter waiter) {
        this.clock = clock;
        this.waiter = waiter;
    }

    /**
     * Signs in; {@code openBrowser} says whether to also open the verification page (not when the browser
     * already refused). Blocks until approved, denied, expired or cancelled.
     */
    SsoToken run(
            SsoOidcClient client,
            SsoOidcClients.Target target,
            SsoSessionConfig config,
            SignInPrompt prompt,
            boolean openBrowser,
            Cancellation cancellation) {
        ClientRegistration registration = SsoErrors.call(
                "RegisterClient",
                target,
                cancellation,
                () -> ClientRegistration.of(client.registerClient(r -> {
                    r.clientName(OidcSignIn.CLIENT_NAME).clientType("public");
                    if (!config.registrationScopes().isEmpty()) {
                        // Scopes are what makes the service issue a refresh token; the older profile form has none.
                        r.scopes(config.registrationScopes());
                    }
                })));
        StartDeviceAuthorizationResponse authorization = SsoErrors.call(
                "StartDeviceAuthorization",
                target,
                cancellation,
                () -> client.startDeviceAuthorization(r -> r.clientId(registration.clientId())
                        .clientSecret(registration.clientSecret())
                        .startUrl(config.startUrl())));
        Duration interval = authorization.interval() == null || authorization.interval() <= 0
                ? DEFAULT_INTERVAL
                : Duration.ofSeconds(authorization.interval());
        Instant deadline = clock.instant()
                .plus(
                        authorization.expiresIn() == null
                                ? DEFAULT_LIFETIME
                                : Duration.ofSeconds(authorization.expiresIn()));

        URI page = URI.create(authorization.verificationUri());
        URI pageWithCode = authorization.verificationUriComplete() == null
                ? page
                : URI.create(authorization.verificationUriComplete());
        prompt.showDeviceCode(authorization.userCode(), page, pageWithCode);
        if (openBrowser) {
            prompt.openBrowser(pageWithCode);
        }

        while (true) {
            try {
                CreateTokenResponse response = SsoErrors.call(
                        "CreateToken",
                        target,
                        cancellation,
                        () -> client.createToken(r -> r.grantType(GRANT_TYPE)
                                .clientId(registration.clientId())
                                .clientSecret(registration.clientSecret())
                                .deviceCode(authorization.deviceCode())));
                return registration.token(config, response, clock);
            } catch (ServiceCallException e) {
                String code = e.errorCode() == null ? "" : e.errorCode();
                switch (code) {
                    case "AuthorizationPendingException" -> {}
                    case "SlowDownException" -> interval = interval.plus(SLOW_DOWN_STEP);
                    case "ExpiredTokenException" -> throw expired(code);
                    case "AccessDeniedException" ->
                        throw SsoErrors.signInRequired(
                                "CreateToken", code, "The sign-in was denied on the verification page.");
                    default -> throw e;
                }
            }
            if (!clock.instant().plus(interval).isBefore(deadline)) {
                throw expired(null);
            }
            try {
                waiter.await(interval, cancellation);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw SsoErrors.cancelled("CreateToken");
            }
        }
    }

    private static ServiceCallException expired(String errorCode) {
        return SsoErrors.signInRequired(
                "CreateToken",
                errorCode,
                "The sign-in code expired before it was approved; sign in again for a new code.");
    }
}
