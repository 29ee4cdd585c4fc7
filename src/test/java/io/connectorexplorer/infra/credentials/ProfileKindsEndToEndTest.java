package io.connectorexplorer.infra.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.connectorexplorer.app.Services;
import io.connectorexplorer.core.account.AccountConnection;
import io.connectorexplorer.core.account.CallerIdentity;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.error.ServiceCallException.Kind;
import io.connectorexplorer.core.profile.MfaPrompt;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.testsupport.FakeCredentials;
import io.connectorexplorer.testsupport.FakeSts.AssumeRoleCall;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles with keys and roles, opened through {@link Services} as the window opens them: real SDK clients, real
 * signing, AppFlow at a loopback endpoint through {@code endpoint_url}, STS at a loopback fake through
 * AWS_ENDPOINT_URL_STS. The fake STS knows each key by its secret (it checks the signature and session token), so an
 * identity it answers proves which credentials the app actually used.
 */
class ProfileKindsEndToEndTest {

    private static final String USER_ACCOUNT = "111122223333";
    private static final String USER_ARN = "arn:aws:iam::111122223333:user/alice";
    private static final String MIDDLE_ROLE = "arn:aws:iam::222233334444:role/Platform";
    private static final String TOP_ROLE = "arn:aws:iam::444455556666:role/AppFlowReader";
    private static final String MFA_DEVICE = "arn:aws:iam::111122223333:mfa/alice";

    @TempDir
    Path home;

    private ProfileTestbed bed;

    @BeforeEach
    void start() throws Exception {
        bed = ProfileTestbed.start(home);
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void anStsThatKeepsFailingIsAskedTwiceNotAsOftenAsTheSdkWouldRetry() throws Exception {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer failing = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        failing.createContext("/", exchange -> {
            asked.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            byte[] body = ("<ErrorResponse><Error><Type>Receiver</Type><Code>InternalFailure</Code>"
                            + "<Message>STS is having a bad day</Message></Error></ErrorResponse>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            exchange.sendResponseHeaders(500, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        failing.start();
        try {
            FakeCredentials alice = bed.keys("AKIDALICESTATIC00002", "alice-static-secret-0002", null, null);
            bed.writeConfig(bed.profile("static"));
            bed.writeCredentials(ProfileTestbed.credentials("static", alice));
            String sts = "http://127.0.0.1:" + failing.getAddress().getPort();

            try (Services services = bed.services(bed.environment(Map.of("AWS_ENDPOINT_URL_STS", sts)));
                    AccountConnection connection = bed.open(services, "static")) {
                assertThatThrownBy(() -> bed.identity(connection)).isInstanceOf(ServiceCallException.class);
            }

            assertThat(asked)
                    .as("one retry: a command line waits for the answer at its end, to keep what it read")
                    .hasValue(2);
        } finally {
            failing.stop(0);
        }
    }

    @Test
    void staticKeysSignAppFlowAndStsWithTheKeysOfTheFile() throws Exception {
        FakeCredentials alice = bed.keys("AKIDALICESTATIC00001", "alice-static-secret-0001", null, null);
        bed.aws.sts().identity(alice, USER_ACCOUNT, USER_ARN);
        bed.writeConfig(bed.profile("static"));
        bed.writeCredentials(ProfileTestbed.credentials("static", alice));

        try (Services services = bed.services(bed.environment(Map.of()))) {
            assertThat(bed.profile(services, "static").kind()).isEqualTo(ProfileKind.STATIC_KEYS);
            try (AccountConnection connection = bed.open(services, "static")) {
                CallerIdentity identity = bed.identity(connection);
                bed.describe(connection);

                assertThat(identity).isEqualTo(new CallerIdentity(USER_ACCOUNT, USER_ARN));
                assertThat(bed.lastAppFlowKeyId()).isEqualTo(alice.accessKeyId());
                assertThat(bed.lastAppFlowSessionToken()).isNull();
            }
        }
        assertThat(bed.aws.requests("GetCallerIdentity"))
                .singleElement()
                .satisfies(r -> assertThat(
                                ProfileTestbed.keyIdOf(r.header("Authorization").orElseThrow()))
                        .isEqualTo(alice.accessKeyId()));
        assertThat(bed.aws.requests("AssumeRole")).isEmpty();
        bed.assertNoSecretLeaked();
    }

    @Test
    void sessionKeysSendTheirSessionTokenWithEveryCall() throws Exception {
        FakeCredentials session =
                bed.keys("ASIASESSIONKEYS00001", "session-secret-0001", "session-token-from-the-file-0001", null);
        bed.aws.sts().identity(session, USER_ACCOUNT, "arn:aws:sts::111122223333:assumed-role/Admin/alice");
        bed.writeConfig(bed.profile("session"));
        bed.writeCredentials(ProfileTestbed.credentials("session", session));

        try (Services services = bed.services(bed.environment(Map.of()))) {
            assertThat(bed.profile(services, "session").kind()).isEqualTo(ProfileKind.SESSION_KEYS);
            try (AccountConnection connection = bed.open(services, "session")) {
                CallerIdentity identity = bed.identity(connection);
                bed.describe(connection);

                assertThat(identity.arn()).isEqualTo("arn:aws:sts::111122223333:assumed-role/Admin/alice");
                assertThat(bed.lastAppFlowKeyId()).isEqualTo(session.accessKeyId());
                assertThat(bed.lastAppFlowSessionToken()).isEqualTo(session.sessionToken());
            }
        }
        assertThat(bed.aws.requests("GetCallerIdentity"))
                .singleElement()
                .satisfies(r -> assertThat(r.header("X-Amz-Security-Token")).contains(session.sessionToken()));
        bed.assertNoSecretLeaked();
    }

    @Test
    void aChainOfTwoRolesAssumesEachWithTheCredentialsOfTheOneBelow() throws Exception {
        FakeCredentials base = bed.keys("AKIDCHAINBASE0000001", "chain-base-secret-0001", null, null);
        Instant later = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        FakeCredentials middle =
                bed.keys("ASIAMIDDLEROLE000001", "middle-role-secret-0001", "middle-role-token-0001", later);
        FakeCredentials top = bed.keys("ASIATOPROLE000000001", "top-role-secret-0001", "top-role-token-0001", later);
        bed.aws
                .sts()
                .identity(base, USER_ACCOUNT, USER_ARN)
                .assumeRoleCredentials(MIDDLE_ROLE, middle)
                .assumeRoleCredentials(TOP_ROLE, top);
        bed.writeConfig(bed.profile(
                        "reader",
                        "role_arn = " + TOP_ROLE,
                        "source_profile = platform",
                        "role_session_name = reader-session")
                + bed.profile(
                        "platform",
                        "role_arn = " + MIDDLE_ROLE,
                        "source_profile = base",
                        "role_session_name = platform-session")
                + bed.profile("base"));
        bed.writeCredentials(ProfileTestbed.credentials("base", base));

        try (Services services = bed.services(bed.environment(Map.of()))) {
            assertThat(bed.profile(services, "reader").kind()).isEqualTo(ProfileKind.ASSUME_ROLE);
            assertThat(bed.profile(services, "reader").isUsable()).isTrue();
            try (AccountConnection connection = bed.open(services, "reader")) {
                CallerIdentity identity = bed.identity(connection);
                bed.describe(connection);

                assertThat(identity)
                        .isEqualTo(new CallerIdentity(
                                "444455556666", "arn:aws:sts::444455556666:assumed-role/AppFlowReader/reader-session"));
                assertThat(bed.lastAppFlowKeyId()).isEqualTo(top.accessKeyId());
                assertThat(bed.lastAppFlowSessionToken()).isEqualTo(top.sessionToken());
            }
        }
        // Bottom up: the base keys assume the middle role, whose credentials assume the top one — once each, as the
        // assumed credentials are reused by the identity call and the AppFlow call.
        assertThat(bed.aws.sts().assumeRoleCalls())
                .extracting(AssumeRoleCall::callerAccessKeyId, AssumeRoleCall::roleArn, AssumeRoleCall::roleSessionName)
                .containsExactly(
                        tuple(base.accessKeyId(), MIDDLE_ROLE, "platform-session"),
                        tuple(middle.accessKeyId(), TOP_ROLE, "reader-session"));
        assertThat(bed.aws.requests("AssumeRole").get(1).header("X-Amz-Security-Token"))
                .contains(middle.sessionToken());
        assertThat(bed.aws.requests("AssumeRole").get(0).header("X-Amz-Security-Token"))
                .isEmpty();
        bed.assertNoSecretLeaked();
    }

    @Test
    void aRoleWithMfaAsksForTheCodeOnceAndSendsItWithAssumeRole() throws Exception {
        FakeCredentials alice = bed.keys("AKIDMFAALICE00000001", "mfa-alice-secret-0001", null, null);
        bed.aws.sts().identity(alice, USER_ACCOUNT, USER_ARN).requireMfa(TOP_ROLE, MFA_DEVICE, "246810");
        bed.writeConfig(bed.profile(
                "guarded",
                "role_arn = " + TOP_ROLE,
                "source_profile = alice",
                "mfa_serial = " + MFA_DEVICE,
                "role_session_name = guarded-session"));
        bed.writeCredentials(ProfileTestbed.credentials("alice", alice));
        RecordingMfaPrompt prompt = new RecordingMfaPrompt(Optional.of("246810"));

        try (Services services = bed.services(bed.environment(Map.of()), prompt);
                AccountConnection connection = bed.open(services, "guarded")) {
            CallerIdentity identity = bed.identity(connection);
            bed.describe(connection);

            assertThat(identity.arn())
                    .isEqualTo("arn:aws:sts::444455556666:assumed-role/AppFlowReader/guarded-session");
            assertThat(bed.lastAppFlowKeyId()).startsWith("ASIA").isNotEqualTo(alice.accessKeyId());
            assertThat(bed.aws.sts().identityOf(bed.lastAppFlowKeyId()).arn()).isEqualTo(identity.arn());
            assertThat(bed.lastAppFlowSessionToken()).isNotBlank();
        }
        assertThat(prompt.asked).containsExactly("guarded " + MFA_DEVICE);
        assertThat(bed.aws.sts().assumeRoleCalls()).singleElement().satisfies(call -> {
            assertThat(call.callerAccessKeyId()).isEqualTo(alice.accessKeyId());
            assertThat(call.serialNumber()).isEqualTo(MFA_DEVICE);
            assertThat(call.tokenCode()).isEqualTo("246810");
        });
        bed.assertNoSecretLeaked();
    }

    @Test
    void noMfaCodeCancelsTheCallWithoutAskingSts() throws Exception {
        FakeCredentials alice = bed.keys("AKIDMFAALICE00000002", "mfa-alice-secret-0002", null, null);
        bed.aws.sts().identity(alice, USER_ACCOUNT, USER_ARN).requireMfa(TOP_ROLE, MFA_DEVICE, "246810");
        bed.writeConfig(bed.profile(
                "guarded", "role_arn = " + TOP_ROLE, "source_profile = alice", "mfa_serial = " + MFA_DEVICE));
        bed.writeCredentials(ProfileTestbed.credentials("alice", alice));
        RecordingMfaPrompt prompt = new RecordingMfaPrompt(Optional.empty());

        try (Services services = bed.services(bed.environment(Map.of()), prompt);
                AccountConnection connection = bed.open(services, "guarded")) {
            ServiceCallException describe =
                    bed.failure(() -> connection.appflow().describeConnector(ProfileTestbed.S3));
            ServiceCallException identity = bed.failure(connection::identity);

            assertThat(describe.kind()).isEqualTo(Kind.CANCELLED);
            assertThat(describe.operation()).isEqualTo("DescribeConnector");
            assertThat(describe.getMessage()).isEqualTo("No MFA code was given for profile 'guarded'.");
            assertThat(identity.kind()).isEqualTo(Kind.CANCELLED);
        }
        assertThat(prompt.asked).hasSize(2);
        assertThat(bed.aws.requests("AssumeRole")).isEmpty();
        assertThat(bed.aws.requests("GetCallerIdentity")).isEmpty();
        assertThat(bed.appflowRequests.requests()).isEmpty();
        bed.assertNoSecretLeaked();
    }

    @Test
    void aWrongMfaCodeIsACredentialsFailureThatSaysWhatStsSaid() throws Exception {
        FakeCredentials alice = bed.keys("AKIDMFAALICE00000003", "mfa-alice-secret-0003", null, null);
        bed.aws.sts().identity(alice, USER_ACCOUNT, USER_ARN).requireMfa(TOP_ROLE, MFA_DEVICE, "246810");
        bed.writeConfig(bed.profile(
                "guarded", "role_arn = " + TOP_ROLE, "source_profile = alice", "mfa_serial = " + MFA_DEVICE));
        bed.writeCredentials(ProfileTestbed.credentials("alice", alice));

        try (Services services =
                        bed.services(bed.environment(Map.of()), new RecordingMfaPrompt(Optional.of("000000")));
                AccountConnection connection = bed.open(services, "guarded")) {
            ServiceCallException failure =
                    bed.failure(() -> connection.appflow().describeConnector(ProfileTestbed.S3));

            assertThat(failure.kind()).isEqualTo(Kind.CREDENTIALS);
            assertThat(failure.errorCode()).isEqualTo("AccessDenied");
            assertThat(failure.statusCode()).isEqualTo(403);
            assertThat(failure.getMessage())
                    .isEqualTo("Getting credentials from Sts failed: "
                            + "MultiFactorAuthentication failed with invalid MFA one time pass code. ");
        }
        assertThat(bed.aws.sts().assumeRoleCalls())
                .singleElement()
                .satisfies(call -> assertThat(call.tokenCode()).isEqualTo("000000"));
        assertThat(bed.appflowRequests.requests()).isEmpty();
        bed.assertNoSecretLeaked();
    }

    /** The person at the MFA prompt: answers {@code code} and remembers each question. */
    private static final class RecordingMfaPrompt implements MfaPrompt {
        final List<String> asked = new CopyOnWriteArrayList<>();
        private final Optional<String> code;

        RecordingMfaPrompt(Optional<String> code) {
            this.code = code;
        }

        @Override
        public Optional<String> mfaCode(String profileName, String mfaSerial) {
            asked.add(profileName + " " + mfaSerial);
            return code;
        }
    }
}
