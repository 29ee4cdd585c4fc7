package io.connectorexplorer.infra.sso;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;

/** A public OIDC client registered for one sign-in; kept with the token so a refresh can use it. */
record ClientRegistration(String clientId, String clientSecret, Instant expiresAt) {

    static ClientRegistration of(RegisterClientResponse response) {
        Instant expires = response.clientSecretExpiresAt() == null
                ? null
                : Instant.ofEpochSecond(response.clientSecretExpiresAt());
        return new ClientRegistration(response.clientId(), response.clientSecret(), expires);
    }

    /** The cache entry for a token this client obtained, in the form the AWS CLI v2 writes. */
    SsoToken token(SsoSessionConfig config, CreateTokenResponse response, Clock clock) {
        long lifetime = response.expiresIn() == null ? 0 : response.expiresIn();
        Instant expiresAt = clock.instant().plusSeconds(lifetime).truncatedTo(ChronoUnit.SECONDS);
        return new SsoToken(
                config.startUrl(),
                config.region(),
                response.accessToken(),
                expiresAt,
                clientId,
                clientSecret,
                expiresAt(),
                response.refreshToken());
    }

    @Override
    public String toString() {
        return "ClientRegistration[clientId=" + clientId + ", clientSecret=***, expiresAt=" + expiresAt + "]";
    }
}
