package io.connectorexplorer.infra.appflow;

import io.connectorexplorer.core.diagnostics.RequestTrace;
import io.connectorexplorer.core.profile.MfaPrompt;
import io.connectorexplorer.core.profile.SignInService;
import io.connectorexplorer.core.profile.SsoPortal;
import io.connectorexplorer.infra.diagnostics.CallDiagnostics;
import io.connectorexplorer.infra.profile.AwsConfigFiles;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.infra.sso.IdentityCenterPortal;
import io.connectorexplorer.infra.sso.OidcSignIn;
import io.connectorexplorer.infra.sso.SsoAccessTokens;
import java.time.Clock;

/**
 * Everything that talks to AWS, sharing one HTTP client and one account of the calls made: the accounts, SSO tokens,
 * SSO sign-in and the SSO access portal (one token source for all, so one refresh serves every caller).
 */
public final class AwsConnections implements AutoCloseable {

    private final LazyHttpClient http;
    private final AppFlowAccounts accounts;
    private final SignInService signIn;
    private final SsoPortal ssoPortal;
    private final CallDiagnostics calls;

    private AwsConnections(
            LazyHttpClient http,
            AppFlowAccounts accounts,
            SignInService signIn,
            SsoPortal ssoPortal,
            CallDiagnostics calls) {
        this.http = http;
        this.accounts = accounts;
        this.signIn = signIn;
        this.ssoPortal = ssoPortal;
        this.calls = calls;
    }

    /** Calls told to no log. */
    public static AwsConnections create(
            AwsEnvironment environment, AwsConfigFiles files, AppFlowAccounts.Timeouts timeouts, MfaPrompt mfa) {
        return create(environment, files, timeouts, mfa, CallDiagnostics.none());
    }

    /** @param calls where each call to AppFlow, STS and SSO OIDC is told: the diagnostic log, the --debug trace */
    public static AwsConnections create(
            AwsEnvironment environment,
            AwsConfigFiles files,
            AppFlowAccounts.Timeouts timeouts,
            MfaPrompt mfa,
            CallDiagnostics calls) {
        LazyHttpClient http = new LazyHttpClient(() -> AppFlowAccounts.httpClient(timeouts));
        SsoAccessTokens tokens = new SsoAccessTokens(environment, files, http, Clock.systemUTC(), calls);
        return new AwsConnections(
                http,
                new AppFlowAccounts(files, timeouts, http, tokens::validAccessToken, mfa, calls),
                new OidcSignIn(environment, files, http, Clock.systemUTC(), calls),
                new IdentityCenterPortal(files, http, tokens::validAccessToken, calls),
                calls);
    }

    public AppFlowAccounts accounts() {
        return accounts;
    }

    public SignInService signIn() {
        return signIn;
    }

    /** The SSO access portal, for listing the accounts and roles of an SSO session. */
    public SsoPortal ssoPortal() {
        return ssoPortal;
    }

    /** Each request and response of every call made here, for whoever follows it (--debug). */
    public RequestTrace requestTrace() {
        return calls;
    }

    /** Sets up what the first call to AWS needs (TLS), ahead of it. */
    public void warmUp() {
        http.warmUp();
    }

    @Override
    public void close() {
        accounts.close();
        http.close();
    }
}
