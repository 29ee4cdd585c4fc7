package io.connectorexplorer.infra.sso;

/**
 * A valid SSO access token for a session: from the cache, refreshed when it can be, or a
 * ServiceCallException of kind SIGN_IN_REQUIRED when the person has to sign in again.
 */
@FunctionalInterface
public interface AccessTokenSource {

    String validAccessToken(SsoSessionConfig session, String profileName);
}
