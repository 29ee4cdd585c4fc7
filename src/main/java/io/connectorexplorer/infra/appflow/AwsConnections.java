package io.connectorexplorer.infra.appflow;

import io.connectorexplorer.core.profile.MfaPrompt;
import io.connectorexplorer.core.profile.SignInService;
import io.connectorexplorer.infra.profile.AwsConfigFiles;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.infra.sso.OidcSignIn;
import io.connectorexplorer.infra.sso.SsoAccessTokens;
import java.time.Clock;

/** Everything that talks to AWS, sharing one HTTP client: the accounts, SSO tokens and SSO sign-in. */
public final class AwsConnections implements AutoCloseable {

    private final LazyHttpClient http;
    private final AppFlowAccounts accounts;
    private final SignInService signIn;

    private AwsConnections(LazyHttpClient http, AppFlowAccounts accounts, SignInService signIn) {
        this.http = http;
        this.accounts = accounts;
        this.signIn = signIn;
    }

    public static AwsConnections create(
            AwsEnvironment environment, AwsConfigFiles files, AppFlowAccounts.Timeouts timeouts, MfaPrompt mfa) {
        LazyHttpClient http = new LazyHttpClient(() -> AppFlowAccounts.httpClient(timeouts));
        SsoAccessTokens tokens = new SsoAccessTokens(environment, files, http, Clock.systemUTC());
        return new AwsConnections(
                http,
                new AppFlowAccounts(files, timeouts, http, tokens::validAccessToken, mfa),
                new OidcSignIn(environment, files, http, Clock.systemUTC()));
    }

    public AppFlowAccounts accounts() {
        return accounts;
    }

    public SignInService signIn() {
        return signIn;
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
