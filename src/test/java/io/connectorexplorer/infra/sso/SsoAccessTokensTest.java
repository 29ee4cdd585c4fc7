package io.connectorexplorer.infra.sso;

import static io.connectorexplorer.infra.sso.SsoFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.error.ServiceCallException.Kind;
import io.connectorexplorer.testsupport.FakeSsoOidc;
import io.connectorexplorer.testsupport.LoopbackAwsServices.RecordedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SsoAccessTokensTest {

    @TempDir
    Path home;

    private SsoFixture fixture;

    @BeforeEach
    void start() throws IOException {
        fixture = SsoFixture.start(home);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aCachedTokenWithTimeLeftIsReturnedWithoutAnyCall() throws IOException {
        fixture.cache().write(SsoFixture.SESSION, token("cached-access", NOW.plus(Duration.ofHours(1)), "r"));

        String token = fixture.accessTokens(fixture.clock).validAccessToken(fixture.config("dev"), "dev");

        assertThat(token).isEqualTo("cached-access");
        assertThat(fixture.services.requests()).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefreshedAndTheCacheRewrittenWithTheRotatedRefreshToken() throws IOException {
        FakeSsoOidc.Session session = fixture.services.oidc().signedInSession(SsoFixture.SCOPES);
        fixture.cache().write(SsoFixture.SESSION, sessionToken(session, NOW.minus(Duration.ofMinutes(1))));

        String token = fixture.accessTokens(fixture.clock).validAccessToken(fixture.config("dev"), "dev");

        assertThat(token).isNotEqualTo(session.accessToken());
        assertThat(fixture.services.oidc().isValidAccessToken(token)).isTrue();
        RecordedRequest refresh = fixture.services.requests("CreateToken").get(0);
        assertThat(fixture.services.requests()).hasSize(1);
        assertThat(refresh.json().get("grantType").asText()).isEqualTo("refresh_token");
        assertThat(refresh.json().get("refreshToken").asText()).isEqualTo(session.refreshToken());
        assertThat(refresh.json().get("clientId").asText()).isEqualTo(session.clientId());
        assertThat(refresh.header("Authorization"))
                .as("SSO OIDC calls are not signed")
                .isEmpty();

        SsoToken rewritten = fixture.cache().read(SsoFixture.SESSION).orElseThrow();
        assertThat(rewritten.accessToken()).isEqualTo(token);
        assertThat(rewritten.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(rewritten.refreshToken())
                .isNotEqualTo(session.refreshToken())
                .startsWith("aor-");
        assertThat(rewritten.clientId()).isEqualTo(session.clientId());
        assertThat(rewritten.clientSecret()).isEqualTo(session.clientSecret());
        assertThat(rewritten.startUrl()).isEqualTo(SsoFixture.START_URL);
        assertThat(rewritten.region()).isEqualTo(SsoFixture.SSO_REGION);
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(fixture.cache().fileFor(SsoFixture.SESSION))))
                .isEqualTo("rw-------");
    }

    @Test
    void aTokenAboutToExpireIsRefreshedFirst() throws IOException {
        FakeSsoOidc.Session session = fixture.services.oidc().signedInSession(SsoFixture.SCOPES);
        fixture.cache().write(SsoFixture.SESSION, sessionToken(session, NOW.plus(Duration.ofMinutes(4))));

        String token = fixture.accessTokens(fixture.clock).validAccessToken(fixture.config("dev"), "dev");

        assertThat(token).isNotEqualTo(session.accessToken());
        assertThat(fixture.services.requests("CreateToken")).hasSize(1);
    }

    @Test
    void aRefreshWithoutANewRefreshTokenKeepsTheOldOne() throws IOException {
        fixture.services.oidc().rotateRefreshTokens(false);
        FakeSsoOidc.Session session = fixture.services.oidc().signedInSession(SsoFixture.SCOPES);
        fixture.cache().write(SsoFixture.SESSION, sessionToken(session, NOW.minusSeconds(1)));

        fixture.accessTokens(fixture.clock).validAccessToken(fixture.config("dev"), "dev");

        assertThat(fixture.cache().read(SsoFixture.SESSION).orElseThrow().refreshToken())
                .isEqualTo(session.refreshToken());
    }

    @Test
    void aRejectedRefreshMeansSignInRequiredNamingTheSessionAndNoSecret() throws IOException {
        fixture.services.oidc().rejectRefresh(true);
        FakeSsoOidc.Session session = fixture.services.oidc().signedInSession(SsoFixture.SCOPES);
        fixture.cache().write(SsoFixture.SESSION, sessionToken(session, NOW.minusSeconds(1)));

        ServiceCallException e = catchThrowableOfType(
                ServiceCallException.class,
                () -> fixture.accessTokens(fixture.clock).validAccessToken(fixture.config("dev"), "dev"));

        assertThat(e.kind()).isEqualTo(Kind.SIGN_IN_REQUIRED);
        assertThat(e.errorCode()).isEqualTo("InvalidGrantException");
        assertThat(e.getMessage()).contains("my-sso", SsoFixture.START_URL).contains("expired");
        assertThat(e.getStackTrace())
                .as("a message for a person, not a stack trace")
                .isEmpty();
        assertNoSecretIn(e);
        assertThat(fixture.cache().read(SsoFixture.SESSION).orElseThrow().accessToken())
                .as("the cache is left as it was")
                .isEqualTo(session.accessToken());
    }

    @Test
    void noCachedTokenMeansSignInRequired() {
        ServiceCallException e = catchThrowableOfType(
                ServiceCallException.class,
                () -> fixture.accessTokens(fixture.clock).validAccessToken(fixture.config("dev")));

        assertThat(e.kind()).isEqualTo(Kind.SIGN_IN_REQUIRED);
        assertThat(e.getMessage()).contains("No SSO sign-in", "my-sso");
        assertThat(fixture.services.requests()).isEmpty();
    }

    @Test
    void anExpiredTokenWithoutRefreshTokenMeansSignInRequiredWithoutACall() throws IOException {
        fixture.cache()
                .write(
                        SsoFixture.LEGACY_START_URL,
                        new SsoToken(
                                SsoFixture.LEGACY_START_URL,
                                "eu-west-1",
                                "old-access",
                                NOW.minusSeconds(60),
                                null,
                                null,
                                null,
                                null));

        ServiceCallException e = catchThrowableOfType(
                ServiceCallException.class,
                () -> fixture.accessTokens(fixture.clock).validAccessToken(fixture.config("legacy"), "legacy"));

        assertThat(e.kind()).isEqualTo(Kind.SIGN_IN_REQUIRED);
        assertThat(e.getMessage())
                .contains(SsoFixture.LEGACY_START_URL)
                .contains("expired")
                .doesNotContain("old-access");
        assertThat(fixture.services.requests()).isEmpty();
    }

    @Test
    void anExpiredClientRegistrationMeansSignInRequiredWithoutACall() throws IOException {
        FakeSsoOidc.Session session = fixture.services.oidc().signedInSession(SsoFixture.SCOPES);
        fixture.cache()
                .write(
                        SsoFixture.SESSION,
                        new SsoToken(
                                SsoFixture.START_URL,
                                "eu-west-1",
                                session.accessToken(),
                                NOW.minusSeconds(60),
                                session.clientId(),
                                session.clientSecret(),
                                NOW.minusSeconds(1),
                                session.refreshToken()));

        ServiceCallException e = catchThrowableOfType(
                ServiceCallException.class,
                () -> fixture.accessTokens(fixture.clock).validAccessToken(fixture.config("dev"), "dev"));

        assertThat(e.kind()).isEqualTo(Kind.SIGN_IN_REQUIRED);
        assertThat(fixture.services.requests()).isEmpty();
    }

    @Test
    void aTokenInsideTheMarginIsStillUsedWhenTheRefreshCannotReachTheService() throws IOException {
        FakeSsoOidc.Session session = fixture.services.oidc().signedInSession(SsoFixture.SCOPES);
        fixture.cache().write(SsoFixture.SESSION, sessionToken(session, NOW.plus(Duration.ofMinutes(2))));
        fixture.services.close();

        String token = fixture.accessTokens(fixture.clock).validAccessToken(fixture.config("dev"), "dev");

        assertThat(token).isEqualTo(session.accessToken());
    }

    @Test
    void anExpiredTokenWhoseRefreshCannotReachTheServiceIsANetworkProblemNotASignIn() throws IOException {
        FakeSsoOidc.Session session = fixture.services.oidc().signedInSession(SsoFixture.SCOPES);
        fixture.cache().write(SsoFixture.SESSION, sessionToken(session, NOW.minusSeconds(1)));
        fixture.services.close();

        ServiceCallException e = catchThrowableOfType(
                ServiceCallException.class,
                () -> fixture.accessTokens(fixture.clock).validAccessToken(fixture.config("dev"), "dev"));

        assertThat(e.kind()).isEqualTo(Kind.NETWORK);
        assertThat(e.getMessage()).contains(fixture.services.endpoint().toString());
        assertNoSecretIn(e, session.accessToken(), session.refreshToken(), session.clientSecret());
    }

    @Test
    void theRefreshGoesToTheEndpointOfTheProfilesServicesSection(@TempDir Path otherHome) throws IOException {
        String config = SsoFixture.CONFIG.replace("[profile dev]\n", "[profile dev]\nservices = loopback\n");
        try (SsoFixture viaConfig = SsoFixture.start(otherHome, config, Map.of())) {
            Files.writeString(
                    otherHome.resolve(".aws/config"), config + "\n" + viaConfig.services.servicesSection("loopback"));
            FakeSsoOidc.Session session = viaConfig.services.oidc().signedInSession(SsoFixture.SCOPES);
            viaConfig.cache().write(SsoFixture.SESSION, sessionToken(session, NOW.minusSeconds(1)));

            String token = viaConfig.accessTokens(viaConfig.clock).validAccessToken(viaConfig.config("dev"), "dev");

            assertThat(viaConfig.services.oidc().isValidAccessToken(token)).isTrue();
            assertThat(viaConfig.services.requests("CreateToken")).hasSize(1);
        }
    }

    @Test
    void theRenewedTokenServesTheNextCallsWithoutAnotherRefresh() throws IOException {
        FakeSsoOidc.Session session = fixture.services.oidc().signedInSession(SsoFixture.SCOPES);
        fixture.cache().write(SsoFixture.SESSION, sessionToken(session, NOW.minusSeconds(1)));
        SsoAccessTokens tokens = fixture.accessTokens(fixture.clock);
        String first = tokens.validAccessToken(fixture.config("dev"), "dev");

        String second = tokens.validAccessToken(fixture.config("dev"), "dev");

        assertThat(second).isEqualTo(first);
        assertThat(fixture.services.requests("CreateToken")).hasSize(1);
    }

    @Test
    void laterTheRenewedTokenExpiresAgainAndIsRenewedWithTheRotatedRefreshToken() throws IOException {
        FakeSsoOidc.Session session = fixture.services.oidc().signedInSession(SsoFixture.SCOPES);
        fixture.cache().write(SsoFixture.SESSION, sessionToken(session, NOW.minusSeconds(1)));
        fixture.accessTokens(fixture.clock).validAccessToken(fixture.config("dev"), "dev");
        String rotated = fixture.cache().read(SsoFixture.SESSION).orElseThrow().refreshToken();

        Clock twoHoursLater = Clock.fixed(NOW.plus(Duration.ofHours(2)), ZoneOffset.UTC);
        String again = fixture.accessTokens(twoHoursLater).validAccessToken(fixture.config("dev"), "dev");

        assertThat(fixture.services.oidc().isValidAccessToken(again)).isTrue();
        assertThat(fixture.services.requests("CreateToken")).hasSize(2);
        assertThat(fixture.services
                        .requests("CreateToken")
                        .get(1)
                        .json()
                        .get("refreshToken")
                        .asText())
                .isEqualTo(rotated);
    }

    private void assertNoSecretIn(ServiceCallException e, String... more) {
        String all = e.getMessage() + "\n" + e.headline() + "\n" + e.advice() + "\n" + e;
        assertThat(fixture.services.secretsIssued())
                .allSatisfy(secret -> assertThat(all).doesNotContain(secret));
        for (String secret : more) {
            assertThat(all).doesNotContain(secret);
        }
    }

    private static SsoToken sessionToken(FakeSsoOidc.Session session, Instant expiresAt) {
        return new SsoToken(
                SsoFixture.START_URL,
                SsoFixture.SSO_REGION,
                session.accessToken(),
                expiresAt,
                session.clientId(),
                session.clientSecret(),
                NOW.plus(Duration.ofDays(80)),
                session.refreshToken());
    }

    private static SsoToken token(String access, Instant expiresAt, String refresh) {
        return new SsoToken(
                SsoFixture.START_URL,
                SsoFixture.SSO_REGION,
                access,
                expiresAt,
                "cid",
                "csecret",
                NOW.plus(Duration.ofDays(80)),
                refresh);
    }
}
