package io.connectorexplorer.infra.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.app.Services;
import io.connectorexplorer.core.account.AccountConnection;
import io.connectorexplorer.core.account.CallerIdentity;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.error.ServiceCallException.Kind;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.core.profile.SignInPrompt;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.infra.sso.SsoToken;
import io.connectorexplorer.infra.sso.SsoTokenCache;
import io.connectorexplorer.testsupport.FakeCredentials;
import io.connectorexplorer.testsupport.FakeSsoOidc;
import io.connectorexplorer.testsupport.LoopbackAwsServices.RecordedRequest;
import io.connectorexplorer.testsupport.ScriptedSignInPrompt;
import io.connectorexplorer.testsupport.ScriptedSignInPrompt.Browser;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SSO profiles ({@code sso-session} form) end to end: the token cache the AWS CLI v2 shares, GetRoleCredentials at
 * the loopback SSO portal, a refresh at the loopback SSO OIDC when the cached token has expired (written back), and a
 * device-code sign-in the test approves when nothing is cached. Endpoints through AWS_ENDPOINT_URL_SSO/_SSO_OIDC/_STS,
 * or through a {@code services} section.
 */
class SsoProfilesEndToEndTest {

    private static final String SESSION = "corp";
    private static final String START_URL = "https://corp.awsapps.com/start";
    private static final String ACCOUNT = "111122223333";
    private static final String ROLE = "ReadOnly";
    private static final List<String> SCOPES = List.of("sso:account:access");

    @TempDir
    Path home;

    private ProfileTestbed bed;
    private FakeCredentials roleCredentials;
    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @BeforeEach
    void start() throws Exception {
        bed = ProfileTestbed.start(home);
        roleCredentials = bed.keys(
                "ASIASSOROLE000000001",
                "sso-role-secret-0001",
                "sso-role-token-0001",
                Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
        bed.aws.sso().assignRole(ACCOUNT, ROLE, roleCredentials);
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        bed.close();
    }

    @Test
    void aCachedTokenGetsTheRoleCredentialsThatSignEveryCall() throws Exception {
        writeConfig(false);
        AwsEnvironment environment = bed.environment(Map.of());
        FakeSsoOidc.Session session = bed.aws.oidc().signedInSession(SCOPES);
        SsoToken cached = token(session, Instant.now().plus(1, ChronoUnit.HOURS));
        SsoTokenCache.in(environment).write(SESSION, cached);

        try (Services services = bed.services(environment)) {
            assertThat(bed.profile(services, "dev").kind()).isEqualTo(ProfileKind.SSO);
            try (AccountConnection connection = bed.open(services, "dev")) {
                CallerIdentity identity = bed.identity(connection);
                bed.describe(connection);

                assertThat(identity)
                        .isEqualTo(new CallerIdentity(ACCOUNT, bed.aws.sso().roleArn(ACCOUNT, ROLE)));
                assertThat(bed.lastAppFlowKeyId()).isEqualTo(roleCredentials.accessKeyId());
                assertThat(bed.lastAppFlowSessionToken()).isEqualTo(roleCredentials.sessionToken());
            }
        }
        assertThat(bed.aws.requests("GetRoleCredentials")).singleElement().satisfies(request -> {
            assertThat(request.header("x-amz-sso_bearer_token")).contains(session.accessToken());
            assertThat(request.query()).containsEntry("account_id", ACCOUNT).containsEntry("role_name", ROLE);
        });
        assertThat(bed.aws.requests("CreateToken")).isEmpty();
        assertThat(bed.kept(SsoTokenCache.in(environment).read(SESSION).orElseThrow())
                        .accessToken())
                .as("a valid token is left as it is")
                .isEqualTo(session.accessToken());
        bed.assertNoSecretLeaked();
    }

    @Test
    void anExpiredTokenIsRefreshedThroughTheServicesSectionAndWrittenBack() throws Exception {
        writeConfig(true);
        AwsEnvironment environment = bed.environmentWithoutEndpointVariables(Map.of());
        FakeSsoOidc.Session session = bed.aws.oidc().signedInSession(SCOPES);
        SsoTokenCache cache = SsoTokenCache.in(environment);
        cache.write(SESSION, token(session, Instant.now().minus(10, ChronoUnit.MINUTES)));
        String before = Files.readString(cache.fileFor(SESSION));

        try (Services services = bed.services(environment);
                AccountConnection connection = bed.open(services, "dev")) {
            CallerIdentity identity = bed.identity(connection);
            bed.describe(connection);

            assertThat(identity.arn()).isEqualTo(bed.aws.sso().roleArn(ACCOUNT, ROLE));
            assertThat(bed.lastAppFlowKeyId()).isEqualTo(roleCredentials.accessKeyId());
            assertThat(bed.lastAppFlowSessionToken()).isEqualTo(roleCredentials.sessionToken());
        }

        RecordedRequest refresh = bed.aws.requests("CreateToken").get(0);
        assertThat(bed.aws.requests("CreateToken")).hasSize(1);
        assertThat(refresh.json().path("grantType").asText()).isEqualTo("refresh_token");
        assertThat(refresh.json().path("refreshToken").asText()).isEqualTo(session.refreshToken());
        assertThat(refresh.json().path("clientId").asText()).isEqualTo(session.clientId());
        SsoToken renewed = bed.kept(cache.read(SESSION).orElseThrow());
        assertThat(Files.readString(cache.fileFor(SESSION))).isNotEqualTo(before);
        assertThat(renewed.accessToken()).isNotEqualTo(session.accessToken());
        assertThat(bed.aws.oidc().isValidAccessToken(renewed.accessToken())).isTrue();
        assertThat(renewed.expiresAt()).isAfter(Instant.now().plus(Duration.ofMinutes(50)));
        assertThat(renewed.refreshToken())
                .as("the rotated refresh token is kept")
                .isNotEqualTo(session.refreshToken());
        assertThat(renewed.clientId()).isEqualTo(session.clientId());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.fileFor(SESSION))))
                    .isEqualTo("rw-------");
        }
        assertThat(bed.aws.requests("GetRoleCredentials"))
                .singleElement()
                .satisfies(request ->
                        assertThat(request.header("x-amz-sso_bearer_token")).contains(renewed.accessToken()));
        // The refresh and the identity call are in the diagnostic log and the request trace, for the profile.
        assertThat(bed.log())
                .contains(" INFO    call SsoOidc CreateToken profile=dev region=eu-west-1 ")
                .contains(" INFO    call Sts GetCallerIdentity profile=dev region=" + ProfileTestbed.REGION + " ");
        assertThat(bed.trace()).contains("SsoOidc CreateToken (profile dev, eu-west-1), attempt 1: HTTP 200 in ");
        bed.assertNoSecretLeaked();
    }

    @Test
    void anExpiredTokenTheServiceWillNotRenewNeedsASignIn() throws Exception {
        writeConfig(false);
        AwsEnvironment environment = bed.environment(Map.of());
        FakeSsoOidc.Session session = bed.aws.oidc().signedInSession(SCOPES);
        SsoTokenCache.in(environment)
                .write(SESSION, token(session, Instant.now().minus(10, ChronoUnit.MINUTES)));
        bed.aws.oidc().rejectRefresh(true);

        try (Services services = bed.services(environment);
                AccountConnection connection = bed.open(services, "dev")) {
            ServiceCallException failure =
                    bed.failure(() -> connection.appflow().describeConnector(ProfileTestbed.S3));

            assertThat(failure.kind()).isEqualTo(Kind.SIGN_IN_REQUIRED);
            assertThat(failure.getMessage())
                    .isEqualTo("The SSO session for SSO session 'corp' (" + START_URL
                            + ") has expired and the sign-in service would not renew it.");
        }
        assertThat(bed.aws.requests("CreateToken"))
                .singleElement()
                .satisfies(r -> assertThat(r.json().path("grantType").asText()).isEqualTo("refresh_token"));
        assertThat(bed.aws.requests("GetRoleCredentials")).isEmpty();
        assertThat(bed.appflowRequests.requests()).isEmpty();
        bed.assertNoSecretLeaked();
    }

    @Test
    void aCachedTokenThePortalNoLongerAcceptsNeedsASignIn() throws Exception {
        writeConfig(false);
        AwsEnvironment environment = bed.environment(Map.of());
        FakeSsoOidc.Session session = bed.aws.oidc().signedInSession(SCOPES);
        SsoTokenCache.in(environment)
                .write(SESSION, token(session, Instant.now().plus(1, ChronoUnit.HOURS)));
        bed.aws.oidc().revokeAccessTokens();

        try (Services services = bed.services(environment);
                AccountConnection connection = bed.open(services, "dev")) {
            ServiceCallException failure =
                    bed.failure(() -> connection.appflow().describeConnector(ProfileTestbed.S3));

            assertThat(failure.kind()).isEqualTo(Kind.SIGN_IN_REQUIRED);
            assertThat(failure.errorCode()).isEqualTo("UnauthorizedException");
            assertThat(failure.statusCode()).isEqualTo(401);
            assertThat(failure.getMessage())
                    .isEqualTo("Getting credentials from Sso failed: Session token not found or invalid");
            assertThat(bed.failure(connection::identity).kind()).isEqualTo(Kind.SIGN_IN_REQUIRED);
        }
        assertThat(bed.aws.requests("GetRoleCredentials"))
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.header("x-amz-sso_bearer_token")).contains(session.accessToken()));
        assertThat(bed.aws.requests("GetCallerIdentity")).isEmpty();
        assertThat(bed.appflowRequests.requests()).isEmpty();
        bed.assertNoSecretLeaked();
    }

    @Test
    void withNoTokenTheCallNeedsASignInAndAfterTheDeviceSignInTheSameCallWorks() throws Exception {
        writeConfig(false);
        AwsEnvironment environment = bed.environment(Map.of());
        DeviceCodeWatcher prompt = new DeviceCodeWatcher(new ScriptedSignInPrompt(Browser.NONE));

        try (Services services = bed.services(environment);
                AccountConnection connection = bed.open(services, "dev")) {
            ServiceCallException describe =
                    bed.failure(() -> connection.appflow().describeConnector(ProfileTestbed.S3));
            ServiceCallException identity = bed.failure(connection::identity);
            assertThat(describe.kind()).isEqualTo(Kind.SIGN_IN_REQUIRED);
            assertThat(describe.getMessage())
                    .isEqualTo("No SSO sign-in exists for SSO session 'corp' (" + START_URL + ").");
            assertThat(identity.kind()).isEqualTo(Kind.SIGN_IN_REQUIRED);
            assertThat(bed.appflowRequests.requests()).isEmpty();

            Future<?> signIn = background.submit(
                    () -> services.signIn().signIn(bed.profile(services, "dev"), prompt, Cancellation.NEVER));
            // The person reads the code, and approves it only once the app has polled and been told to wait.
            assertThat(prompt.shown.await(20, TimeUnit.SECONDS))
                    .as("the device code is shown")
                    .isTrue();
            assertThat(bed.aws.awaitAnswered("CreateToken", 1, Duration.ofSeconds(20)))
                    .as("a first poll")
                    .isTrue();
            bed.aws.approveDevice();
            signIn.get(30, TimeUnit.SECONDS);

            CallerIdentity after = bed.identity(connection);
            bed.describe(connection);
            assertThat(after.arn()).isEqualTo(bed.aws.sso().roleArn(ACCOUNT, ROLE));
            assertThat(bed.lastAppFlowKeyId()).isEqualTo(roleCredentials.accessKeyId());
            assertThat(bed.lastAppFlowSessionToken()).isEqualTo(roleCredentials.sessionToken());
        }

        // No browser opened for the authorize page, so the device code: a registration for each flow, then polls.
        assertThat(bed.aws.requests().stream()
                        .filter(r -> r.service().equals("sso-oidc"))
                        .map(RecordedRequest::operation))
                .containsExactly(
                        "RegisterClient", "RegisterClient", "StartDeviceAuthorization", "CreateToken", "CreateToken");
        assertThat(bed.aws.requests("CreateToken")).allSatisfy(poll -> {
            assertThat(poll.json().path("grantType").asText())
                    .isEqualTo("urn:ietf:params:oauth:grant-type:device_code");
            assertThat(poll.json().path("deviceCode").asText()).isNotBlank();
        });
        assertThat(prompt.delegate.opened())
                .singleElement()
                .satisfies(page -> assertThat(page.getPath()).endsWith("/authorize"));
        assertThat(prompt.delegate.deviceCodes())
                .singleElement()
                .satisfies(code -> assertThat(bed.aws.oidc().userCodes()).containsExactly(code.userCode()));
        SsoToken signedIn = bed.kept(SsoTokenCache.in(environment).read(SESSION).orElseThrow());
        assertThat(bed.aws.oidc().isValidAccessToken(signedIn.accessToken())).isTrue();
        assertThat(signedIn.refreshToken()).isNotNull();
        assertThat(signedIn.startUrl()).isEqualTo(START_URL);
        assertThat(bed.aws.requests("GetRoleCredentials"))
                .singleElement()
                .satisfies(request ->
                        assertThat(request.header("x-amz-sso_bearer_token")).contains(signedIn.accessToken()));
        bed.assertNoSecretLeaked();
    }

    /** Profile "dev" of session "corp"; with {@code servicesSection}, SSO, SSO OIDC and STS come from a services section. */
    private void writeConfig(boolean servicesSection) throws Exception {
        bed.writeConfig(bed.profile(
                        "dev",
                        "sso_session = " + SESSION,
                        "sso_account_id = " + ACCOUNT,
                        "sso_role_name = " + ROLE,
                        servicesSection ? "services = loopback" : "")
                + "[sso-session " + SESSION + "]\nsso_start_url = " + START_URL + "\nsso_region = eu-west-1\n"
                + "sso_registration_scopes = sso:account:access\n\n"
                + (servicesSection ? bed.aws.servicesSection("loopback") : ""));
    }

    /** A cache entry as the AWS CLI writes it after a sign-in, with the access token expiring at {@code expiresAt}. */
    private static SsoToken token(FakeSsoOidc.Session session, Instant expiresAt) {
        return new SsoToken(
                START_URL,
                "eu-west-1",
                session.accessToken(),
                expiresAt.truncatedTo(ChronoUnit.SECONDS),
                session.clientId(),
                session.clientSecret(),
                Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS),
                session.refreshToken());
    }

    /** The scripted person, plus a latch the test waits on until the device code has been shown. */
    private static final class DeviceCodeWatcher implements SignInPrompt {
        final ScriptedSignInPrompt delegate;
        final CountDownLatch shown = new CountDownLatch(1);

        DeviceCodeWatcher(ScriptedSignInPrompt delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean openBrowser(URI page) {
            return delegate.openBrowser(page);
        }

        @Override
        public void showDeviceCode(String userCode, URI verificationPage, URI verificationPageWithCode) {
            delegate.showDeviceCode(userCode, verificationPage, verificationPageWithCode);
            shown.countDown();
        }
    }
}
