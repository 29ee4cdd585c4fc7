package io.connectorexplorer.infra.sso;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the SSO token cache, with the members the AWS CLI v2 writes: the access token, when it expires,
 * and — for an {@code sso-session} sign-in — the client registration and refresh token that renew it.
 * {@link #toString()} never shows the access token, the refresh token or the client secret.
 */
public record SsoToken(
        String startUrl,
        String region,
        String accessToken,
        Instant expiresAt,
        String clientId,
        String clientSecret,
        Instant registrationExpiresAt,
        String refreshToken) {

    private static final String REDACTED = "***";

    public SsoToken {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** True while the access token stays valid for longer than {@code margin} after {@code now}. */
    public boolean validBeyond(Instant now, Duration margin) {
        return expiresAt.isAfter(now.plus(margin));
    }

    /** True when this entry carries what a refresh needs: a refresh token and an unexpired client registration. */
    public boolean canRefresh(Instant now) {
        return refreshToken != null
                && clientId != null
                && clientSecret != null
                && registrationExpiresAt != null
                && registrationExpiresAt.isAfter(now);
    }

    /** This entry after a refresh: the new access token, and the new refresh token when the service rotated it. */
    public SsoToken refreshed(
            String newAccessToken,
            Instant newExpiresAt,
            String rotatedRefreshToken,
            String newStartUrl,
            String newRegion) {
        return new SsoToken(
                newStartUrl,
                newRegion,
                newAccessToken,
                newExpiresAt,
                clientId,
                clientSecret,
                registrationExpiresAt,
                rotatedRefreshToken != null ? rotatedRefreshToken : refreshToken);
    }

    @Override
    public String toString() {
        return "SsoToken[startUrl=" + startUrl + ", region=" + region + ", accessToken=" + REDACTED
                + ", expiresAt=" + expiresAt + ", clientId=" + clientId
                + ", clientSecret=" + (clientSecret == null ? null : REDACTED)
                + ", registrationExpiresAt=" + registrationExpiresAt
                + ", refreshToken=" + (refreshToken == null ? null : REDACTED) + "]";
    }
}
