package io.connectorexplorer.core.profile;

import io.connectorexplorer.core.task.Cancellation;

/** Signs an SSO profile (or an SSO session) in and stores the token where the AWS CLI v2 keeps it, so either tool serves both. */
public interface SignInService {

    /**
     * Runs the sign-in: the authorization-code flow with PKCE through the browser, or the device-code flow
     * when no browser opens. Blocks until signed in; throws ServiceCallException on failure or cancellation.
     */
    void signIn(AwsProfile profile, SignInPrompt prompt, Cancellation cancellation);

    /**
     * The same for an SSO session itself — one no profile uses, whose accounts cannot be listed until it is signed
     * in — with the same token as a sign-in through any of its profiles.
     */
    default void signIn(SsoSession session, SignInPrompt prompt, Cancellation cancellation) {
        throw io.connectorexplorer.core.error.ServiceCallException.configuration(
                "Signing in to an SSO session is not supported here.");
    }
}
