package io.connectorexplorer.core.profile;

import io.connectorexplorer.core.task.Cancellation;

/** Signs an SSO profile in and stores the token where the AWS CLI v2 keeps it, so either tool serves both. */
public interface SignInService {

    /**
     * Runs the sign-in: the authorization-code flow with PKCE through the browser, or the device-code flow
     * when no browser opens. Blocks until signed in; throws ServiceCallException on failure or cancellation.
     */
    void signIn(AwsProfile profile, SignInPrompt prompt, Cancellation cancellation);
}
