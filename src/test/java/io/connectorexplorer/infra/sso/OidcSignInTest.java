package io.connectorexplorer.infra.sso;

import static io.connectorexplorer.infra.sso.SsoFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.error.ServiceCallException.Kind;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.testsupport.LoopbackAwsServices.RecordedRequest;
import io.connectorexplorer.testsupport.ScriptedSignInPrompt;
import io.connectorexplorer.testsupport.ScriptedSignInPrompt.Browser;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OidcSignInTest {

    @TempDir
    Path home;

    private SsoFixture fixture;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    /** The person approves the device code while the app waits for its first pause. */
    private final PollWaiter approveWhileWaiting = (interval, cancellation) -> {
        waits.add(interval);
        fixture.services.approveDevice();
    };

    /** Fails a test that reaches the device-code polling when it should not. */
    private final PollWaiter noPolling = (interval, cancellation) -> {
        throw new AssertionError("the device code flow should not run");
    };

    @BeforeEach
    void start() throws IOException {
        fixture = SsoFixture.start(home);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void theBrowserSignInWritesTheTokenWhereTheAwsCliReadsIt() throws Exception {
        ScriptedSignInPrompt browser = new ScriptedSignInPrompt(Browser.FOLLOW);

        fixture.signIn(noPolling).signIn(profile("dev"), browser, Cancellation.NEVER);

        assertThat(operations()).containsExactly("RegisterClient", "Authorize", "CreateToken");
        SsoToken token = fixture.cache().read(SsoFixture.SESSION).orElseThrow();
        assertThat(fixture.services.oidc().isValidAccessToken(token.accessToken()))
                .isTrue();
        assertThat(token.startUrl()).isEqualTo(SsoFixture.START_URL);
        assertThat(token.region()).isEqualTo(SsoFixture.SSO_REGION);
        assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(token.refreshToken()).startsWith("aor-");
        assertThat(token.registrationExpiresAt()).isEqualTo(NOW.plus(Duration.ofDays(90)));
        JsonNode registration =
                fixture.services.requests("RegisterClient").get(0).json();
        assertThat(token.clientId()).isNotNull();
        assertThat(fixture.cache().fileFor(SsoFixture.SESSION)).isRegularFile();

        assertThat(registration.get("clientName").asText()).isEqualTo("connector-explorer");
        assertThat(registration.get("clientType").asText()).isEqualTo("public");
        assertThat(texts(registration.get("scopes"))).containsExactly("sso:account:access");
        assertThat(texts(registration.get("grantTypes"))).containsExactly("authorization_code", "refresh_token");
        assertThat(texts(registration.get("redirectUris"))).containsExactly("http://127.0.0.1/oauth/callback");
        assertThat(registration.get("issuerUrl").asText()).isEqualTo(SsoFixture.START_URL);

        URI opened = browser.opened().get(0);
        assertThat(opened.toString()).startsWith(fixture.services.endpoint() + "/authorize?");
        Map<String, String> authorize =
                fixture.services.requests("Authorize").get(0).query();
        assertThat(authorize)
                .containsEntry("response_type", "code")
                .containsEntry("client_id", token.clientId())
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("scopes", "sso:account:access");
        assertThat(authorize.get("redirect_uri")).matches("http://127\\.0\\.0\\.1:\\d+/oauth/callback");
        assertThat(authorize.get("state")).hasSizeGreaterThanOrEqualTo(32);

        JsonNode exchange = fixture.services.requests("CreateToken").get(0).json();
        assertThat(exchange.get("grantType").asText()).isEqualTo("authorization_code");
        assertThat(exchange.get("redirectUri").asText()).isEqualTo(authorize.get("redirect_uri"));
        String verifier = exchange.get("codeVerifier").asText();
        assertThat(verifier).matches("[A-Za-z0-9._~-]{43,128}");
        assertThat(authorize.get("code_challenge"))
                .as("the challenge is S256 of the verifier")
                .isEqualTo(s256(verifier));

        assertThat(browser.callbackPages()).singleElement().satisfies(page -> {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body())
                    .contains("Sign-in received", "close this tab")
                    .doesNotContain(exchange.get("code").asText());
        });
        assertThat(fixture.services.requests())
                .allSatisfy(request -> assertThat(request.header("Authorization"))
                        .as("SSO OIDC calls are not signed")
                        .isEmpty());
    }

    @Test
    void aSignedInSessionServesAccessTokensWithoutFurtherCalls() {
        fixture.signIn(noPolling).signIn(profile("dev"), new ScriptedSignInPrompt(Browser.FOLLOW), Cancellation.NEVER);
        int calls = fixture.services.requests().size();

        String token = fixture.accessTokens(fixture.clock).validAccessToken(fixture.config("dev"), "dev");

        assertThat(fixture.services.oidc().isValidAccessToken(token)).isTrue();
        assertThat(fixture.services.requests()).hasSize(calls);
    }

    @Test
    void anAnswerWithAForeignStateIsRejectedAndNothingIsSaved() {
        ScriptedSignInPrompt browser = new ScriptedSignInPrompt(Browser.FORGE_STATE);

        ServiceCallException e = catchThrowableOfType(
                ServiceCallException.class,
                () -> fixture.signIn(noPolling).signIn(profile("dev"), browser, Cancellation.NEVER));

        assertThat(e.kind()).isEqualTo(Kind.SIGN_IN_REQUIRED);
        assertThat(e.errorCode()).isEqualTo("StateMismatch");
        assertThat(e.getMessage()).contains("state");
        assertThat(fixture.services.requests("CreateToken"))
                .as("the code is not exchanged")
                .isEmpty();
        assertThat(fixture.cache().read(SsoFixture.SESSION)).isEmpty();
        assertThat(browser.callbackPages())
                .singleElement()
                .satisfies(page -> assertThat(page.status()).isEqualTo(400));
        assertNoSecretIn(e);
    }

    @Test
    void aDeclinedAuthorizationIsSignInRequired() {
        fixture.services.oidc().denyAuthorization(true);
        ScriptedSignInPrompt browser = new ScriptedSignInPrompt(Browser.FOLLOW);

        ServiceCallException e = catchThrowableOfType(
                ServiceCallException.class,
                () -> fixture.signIn(noPolling).signIn(profile("dev"), browser, Cancellation.NEVER));

        assertThat(e.kind()).isEqualTo(Kind.SIGN_IN_REQUIRED);
        assertThat(e.getMessage()).contains("access_denied");
        assertThat(fixture.services.requests("CreateToken")).isEmpty();
        assertThat(browser.callbackPages().get(0).body()).contains("not completed");
    }

    @Test
    void cancellingWhileTheBrowserIsOpenStopsWaiting() {
        ScriptedSignInPrompt browser = new ScriptedSignInPrompt(Browser.WANDER_OFF);
        Cancellation cancelOnceOpened = () -> !browser.opened().isEmpty();

        ServiceCallException e = catchThrowableOfType(
                ServiceCallException.class,
                () -> fixture.signIn(noPolling).signIn(profile("dev"), browser, cancelOnceOpened));

        assertThat(e.kind()).isEqualTo(Kind.CANCELLED);
        assertThat(fixture.services.requests("CreateToken")).isEmpty();
        assertThat(fixture.cache().read(SsoFixture.SESSION)).isEmpty();
    }

    @Test
    void withoutABrowserTheDeviceCodeIsShownAndPolledUntilApproved() {
        ScriptedSignInPrompt noBrowser = new ScriptedSignInPrompt(Browser.NONE);

        fixture.signIn(approveWhileWaiting).signIn(profile("dev"), noBrowser, Cancellation.NEVER);

        assertThat(operations())
                .containsExactly(
                        "RegisterClient", "RegisterClient", "StartDeviceAuthorization", "CreateToken", "CreateToken");
        assertThat(noBrowser.opened())
                .as("only the authorize page, which did not open")
                .hasSize(1);
        assertThat(noBrowser.deviceCodes()).singleElement().satisfies(code -> {
            assertThat(code.userCode())
                    .isEqualTo(fixture.services.oidc().userCodes().get(0));
            assertThat(code.verificationPage()).isEqualTo(URI.create(fixture.services.endpoint() + "/device"));
            assertThat(code.verificationPageWithCode().toString()).endsWith("user_code=" + code.userCode());
        });
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
        JsonNode deviceRegistration =
                fixture.services.requests("RegisterClient").get(1).json();
        assertThat(deviceRegistration.get("clientType").asText()).isEqualTo("public");
        assertThat(texts(deviceRegistration.get("scopes"))).containsExactly("sso:account:access");
        assertThat(deviceRegistration.has("grantTypes")).isFalse();
        List<RecordedRequest> polls = fixture.services.requests("CreateToken");
        assertThat(polls)
                .allSatisfy(poll -> assertThat(poll.json().get("grantType").asText())
                        .isEqualTo("urn:ietf:params:oauth:grant-type:device_code"));

        SsoToken token = fixture.cache().read(SsoFixture.SESSION).orElseThrow();
        assertThat(fixture.services.oidc().isValidAccessToken(token.accessToken()))
                .isTrue();
        assertThat(token.refreshToken())
                .as("scopes were registered, so the session can be renewed")
                .isNotNull();
        assertThat(token.clientId()).isEqualTo(deviceRegistrationClientId());
    }

    @Test
    void theOlderProfileFormSignsInWithTheDeviceCodeAndOpensTheVerificationPage() {
        ScriptedSignInPrompt browser = new ScriptedSignInPrompt(Browser.FOLLOW);

        fixture.signIn(approveWhileWaiting).signIn(profile("legacy"), browser, Cancellation.NEVER);

        assertThat(operations())
                .containsExactly("RegisterClient", "StartDeviceAuthorization", "CreateToken", "CreateToken");
        assertThat(fixture.services.requests("RegisterClient").get(0).json().has("scopes"))
                .isFalse();
        assertThat(browser.opened())
                .containsExactly(browser.deviceCodes().get(0).verificationPageWithCode());
        assertThat(fixture.services
                        .requests("StartDeviceAuthorization")
                        .get(0)
                        .json()
                        .get("startUrl")
                        .asText())
                .isEqualTo(SsoFixture.LEGACY_START_URL);
        SsoToken token = fixture.cache().read(SsoFixture.LEGACY_START_URL).orElseThrow();
        // printf %s https://legacy-portal.awsapps.com/start | sha1sum
        assertThat(home.resolve(".aws/sso/cache/89d145c4e0a89947ca94a1096ca1f4022f25487c.json"))
                .isRegularFile();
        assertThat(token.startUrl()).isEqualTo(SsoFixture.LEGACY_START_URL);
        assertThat(token.refreshToken())
                .as("no scopes, no refresh token, as with the AWS CLI")
                .isNull();
    }

    @Test
    void slowDownLengthensTheIntervalByFiveSeconds() {
        fixture.services.oidc().slowDownPolls(1);

        fixture.signIn(approveWhileWaiting)
                .signIn(profile("dev"), new ScriptedSignInPrompt(Browser.NONE), Cancellation.NEVER);

        assertThat(waits).containsExactly(Duration.ofSeconds(6));
        assertThat(fixture.cache().read(SsoFixture.SESSION)).isPresent();
    }

    @Test
    void cancellingStopsThePolling() {
        AtomicBoolean cancelled = new AtomicBoolean();
        PollWaiter personCancels = (interval, cancellation) -> {
            waits.add(interval);
            cancelled.set(true);
        };

        ServiceCallException e = catchThrowableOfType(
                ServiceCallException.class,
                () -> fixture.signIn(personCancels)
                        .signIn(profile("dev"), new ScriptedSignInPrompt(Browser.NONE), cancelled::get));

        assertThat(e.kind()).isEqualTo(Kind.CANCELLED);
        assertThat(fixture.services.requests("CreateToken")).hasSize(1);
        assertThat(waits).hasSize(1);
        assertThat(fixture.cache().read(SsoFixture.SESSION)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"deny, AccessDeniedException, denied", "expire, ExpiredTokenException, expired"})
    void aDeniedOrExpiredDeviceCodeIsSignInRequired(String what, String errorCode, String word) {
        PollWaiter person = (interval, cancellation) -> {
            if (what.equals("deny")) {
                fixture.services.oidc().denyDevice();
            } else {
                fixture.services.oidc().expireDevice();
            }
        };

        ServiceCallException e = catchThrowableOfType(
                ServiceCallException.class,
                () -> fixture.signIn(person)
                        .signIn(profile("dev"), new ScriptedSignInPrompt(Browser.NONE), Cancellation.NEVER));

        assertThat(e.kind()).isEqualTo(Kind.SIGN_IN_REQUIRED);
        assertThat(e.errorCode()).isEqualTo(errorCode);
        assertThat(e.getMessage()).contains(word);
        assertThat(fixture.cache().read(SsoFixture.SESSION)).isEmpty();
        assertNoSecretIn(e);
    }

    @Test
    void pollingStopsWhenTheCodeRunsOutOfTime() {
        fixture.services.oidc().deviceCodeLifetime(3);
        MovableClock clock = new MovableClock(NOW);
        PollWaiter timePasses = (interval, cancellation) -> clock.advance(interval);
        OidcSignIn signIn =
                new OidcSignIn(fixture.environment, fixture.configFiles, fixture.httpClient, clock, timePasses);

        ServiceCallException e = catchThrowableOfType(
                ServiceCallException.class,
                () -> signIn.signIn(profile("dev"), new ScriptedSignInPrompt(Browser.NONE), Cancellation.NEVER));

        assertThat(e.kind()).isEqualTo(Kind.SIGN_IN_REQUIRED);
        assertThat(e.getMessage()).contains("expired");
        assertThat(fixture.services.requests("CreateToken")).hasSize(3);
    }

    @ParameterizedTest
    @CsvSource({
        "keys, not an SSO profile",
        "dangling, 'nowhere'",
        "half, sso_start_url",
        "missing, not in the AWS config"
    })
    void aProfileThatCannotSignInIsAConfigurationProblem(String name, String says) {
        ServiceCallException e = catchThrowableOfType(
                ServiceCallException.class,
                () -> fixture.signIn(noPolling)
                        .signIn(profile(name), new ScriptedSignInPrompt(Browser.FOLLOW), Cancellation.NEVER));

        assertThat(e.kind()).isEqualTo(Kind.CONFIGURATION);
        assertThat(e.getMessage()).contains(name, says);
        assertThat(fixture.services.requests()).isEmpty();
    }

    @Test
    void theServicesSectionOfTheProfileNamesTheEndpoint(@TempDir Path otherHome) throws IOException {
        String config = SsoFixture.CONFIG.replace("[profile dev]\n", "[profile dev]\nservices = loopback\n");
        try (SsoFixture viaConfig = SsoFixture.start(otherHome, config, Map.of())) {
            Files.writeString(
                    otherHome.resolve(".aws/config"), config + "\n" + viaConfig.services.servicesSection("loopback"));
            ScriptedSignInPrompt browser = new ScriptedSignInPrompt(Browser.FOLLOW);

            viaConfig.signIn(noPolling).signIn(profile("dev"), browser, Cancellation.NEVER);

            assertThat(browser.opened().get(0).toString()).startsWith(viaConfig.services.endpoint() + "/authorize?");
            assertThat(viaConfig.cache().read(SsoFixture.SESSION)).isPresent();
        }
    }

    @Test
    void withoutAnEndpointOverrideTheAuthorizePageIsTheRegionalOidcEndpoint() {
        SsoOidcClients.Target target = new SsoOidcClients.Target(
                software.amazon.awssdk.regions.Region.EU_WEST_1,
                java.util.Optional.empty(),
                fixture.configFiles.read().profileFile(),
                "dev");

        assertThat(SsoOidcClients.authorizePage(target))
                .isEqualTo(URI.create("https://oidc.eu-west-1.amazonaws.com/authorize"));
    }

    private String deviceRegistrationClientId() {
        return fixture.services
                .requests("StartDeviceAuthorization")
                .get(0)
                .json()
                .get("clientId")
                .asText();
    }

    private List<String> operations() {
        return fixture.services.requests().stream()
                .map(RecordedRequest::operation)
                .toList();
    }

    private void assertNoSecretIn(ServiceCallException e) {
        String all = e.getMessage() + "\n" + e.headline() + "\n" + e.advice() + "\n" + e;
        assertThat(fixture.services.secretsIssued())
                .isNotEmpty()
                .allSatisfy(secret -> assertThat(all).doesNotContain(secret));
    }

    private static AwsProfile profile(String name) {
        return new AwsProfile(name, ProfileKind.SSO, "us-east-1", null);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String s256(String verifier) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }

    /** A clock the test moves forward, as time passes between polls. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
