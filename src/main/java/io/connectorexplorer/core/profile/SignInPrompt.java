package io.connectorexplorer.core.profile;

import java.net.URI;

/** What an SSO sign-in needs from the person: a browser, or a code to type elsewhere. Called off the FX thread. */
public interface SignInPrompt {

    /** Opens the system browser at the authorization page; false when there is no browser to open. */
    boolean openBrowser(URI authorizationPage);

    /** Shows the device code to enter at the verification page (and the page that pre-fills it). */
    void showDeviceCode(String userCode, URI verificationPage, URI verificationPageWithCode);
}
