package io.connectorexplorer.infra.sso;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.SsoPortal;
import io.connectorexplorer.core.profile.SsoSession;
import io.connectorexplorer.infra.diagnostics.CallDiagnostics;
import io.connectorexplorer.infra.profile.AwsConfigFiles;
import io.connectorexplorer.infra.profile.EndpointResolver;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.ListAccountRolesResponse;
import software.amazon.awssdk.services.sso.model.ListAccountsResponse;
import software.amazon.awssdk.services.sso.model.RoleInfo;

/**
 * The AWS access portal (the SDK's SSO client) for account discovery: ListAccounts and ListAccountRoles with the
 * session's cached token in {@code x-amz-sso_bearer_token}, unsigned, in the session's {@code sso_region}, at the
 * endpoint the environment names for {@code sso} (AWS_ENDPOINT_URL_SSO, AWS_ENDPOINT_URL) if any — a session belongs
 * to no one profile, so no profile's endpoint settings apply. Each call is told to {@code diagnostics}; the token is
 * masked there as in every request trace.
 */
public final class IdentityCenterPortal implements SsoPortal {

    /** The most the API gives on one page. */
    static final int PAGE_SIZE = 100;

    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final AwsConfigFiles files;
    private final SdkHttpClient httpClient;
    private final AccessTokenSource tokens;
    private final CallDiagnostics diagnostics;

    /** @param httpClient the app's HTTP client, handed to each SDK client built here; not closed here */
    public IdentityCenterPortal(
            AwsConfigFiles files, SdkHttpClient httpClient, AccessTokenSource tokens, CallDiagnostics diagnostics) {
        this.files = files;
        this.httpClient = httpClient;
        this.tokens = tokens;
        this.diagnostics = diagnostics;
    }

    @Override
    public Listing open(SsoSession session) {
        SsoSessionConfig config = new SsoSessionConfig(
                session.legacy() ? null : session.name(),
                session.startUrl(),
                session.ssoRegion(),
                List.of(),
                null,
                null);
        String token = tokens.validAccessToken(config, null);
        Optional<URI> endpoint;
        try {
            endpoint = EndpointResolver.resolve(EndpointResolver.Service.SSO, files.environment(), files.read(), null);
        } catch (IllegalArgumentException e) {
            throw ServiceCallException.configuration(e.getMessage() + ".");
        }
        String label = session.legacy() ? session.startUrl() : "sso-session " + session.name();
        var builder = SsoClient.builder()
                .region(Region.of(session.ssoRegion()))
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClient(httpClient)
                .overrideConfiguration(o -> o.addExecutionInterceptor(diagnostics.recorder(label, session.ssoRegion()))
                        .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                        .apiCallTimeout(CALL_TIMEOUT)
                        // Settings such as retry_mode belong to profiles; a session has none.
                        .defaultProfileFile(AwsConfigFiles.EMPTY)
                        .defaultProfileName("default"));
        endpoint.ifPresent(builder::endpointOverride);
        String where = endpoint.map(URI::toString).orElse("the SSO portal in " + session.ssoRegion());
        return new PortalListing(builder.build(), token, new PortalErrors(where, SsoAccessTokens.describe(config)));
    }

    /** One signed-in use of the portal: its client, and the token every call carries (never shown). */
    private record PortalListing(SsoClient client, String token, PortalErrors errors) implements Listing {

        @Override
        public Page<Account> accounts(String nextToken) {
            ListAccountsResponse page = call(
                    "ListAccounts",
                    () -> client.listAccounts(
                            r -> r.accessToken(token).maxResults(PAGE_SIZE).nextToken(nextToken)));
            return new Page<>(
                    page.accountList().stream()
                            .map(a -> new Account(a.accountId(), a.accountName()))
                            .toList(),
                    page.nextToken());
        }

        @Override
        public Page<String> roles(String accountId, String nextToken) {
            ListAccountRolesResponse page = call(
                    "ListAccountRoles",
                    () -> client.listAccountRoles(r -> r.accessToken(token)
                            .accountId(accountId)
                            .maxResults(PAGE_SIZE)
                            .nextToken(nextToken)));
            return new Page<>(page.roleList().stream().map(RoleInfo::roleName).toList(), page.nextToken());
        }

        private <T> T call(String operation, Supplier<T> call) {
            try {
                return call.get();
            } catch (SdkException e) {
                throw errors.translate(operation, e);
            }
        }

        @Override
        public void close() {
            client.close();
        }

        @Override
        public String toString() {
            return "PortalListing[" + errors.where() + "]";
        }
    }
}
