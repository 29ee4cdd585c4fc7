package io.connectorexplorer.infra.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.app.Services;
import io.connectorexplorer.core.account.AccountConnection;
import io.connectorexplorer.testsupport.FakeCredentials;
import io.connectorexplorer.testsupport.FakeSts.AssumeRoleCall;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keys of an assume-role profile's {@code source_profile} rewritten while the app runs (aws-vault, a rotation
 * script). The source keys are read from the file at every AssumeRole, but the SDK's
 * {@code StsAssumeRoleCredentialsProvider} reuses the role's credentials until they come within five minutes of
 * expiring (its prefetch time; one minute is its stale time): so rotated source keys sign the next AssumeRole, which
 * happens then — or at once for a connection opened after the change — and not at the next call.
 */
class SourceKeysRotationEndToEndTest {

    private static final String ROLE = "arn:aws:iam::444455556666:role/Deploy";

    @TempDir
    Path home;

    private ProfileTestbed bed;
    private FakeCredentials before;
    private FakeCredentials after;

    @BeforeEach
    void start() throws Exception {
        bed = ProfileTestbed.start(home);
        before = bed.keys("AKIDSOURCEBEFORE0001", "source-secret-before-0001", null, null);
        after = bed.keys("AKIDSOURCEAFTER00001", "source-secret-after--0001", null, null);
        // The fake STS checks each signature against the secret, so a call signed with a stale secret would fail.
        bed.aws
                .sts()
                .identity(before, "111122223333", "arn:aws:iam::111122223333:user/deployer")
                .identity(after, "111122223333", "arn:aws:iam::111122223333:user/deployer");
        bed.writeConfig(bed.profile(
                        "deploy", "role_arn = " + ROLE, "source_profile = source", "role_session_name = deploy-session")
                + bed.profile("source"));
        bed.writeCredentials(ProfileTestbed.credentials("source", before));
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void whileTheRoleCredentialsLastTheNextCallKeepsThemAndANewConnectionUsesTheNewKeys() throws Exception {
        try (Services services = bed.services(bed.environment(Map.of()))) {
            String roleKey;
            try (AccountConnection connection = bed.open(services, "deploy")) {
                bed.describe(connection);
                roleKey = bed.lastAppFlowKeyId();

                bed.writeCredentials(ProfileTestbed.credentials("source", after));
                bed.describe(connection);
                bed.identity(connection);

                assertThat(bed.lastAppFlowKeyId())
                        .as("the role's credentials (an hour left) are reused")
                        .isEqualTo(roleKey);
                assertThat(bed.aws.sts().assumeRoleCalls())
                        .extracting(AssumeRoleCall::callerAccessKeyId)
                        .containsExactly(before.accessKeyId());
            }
            try (AccountConnection reopened = bed.open(services, "deploy")) {
                bed.describe(reopened);

                assertThat(bed.lastAppFlowKeyId()).isNotEqualTo(roleKey).startsWith("ASIA");
            }
        }
        assertThat(bed.aws.sts().assumeRoleCalls())
                .extracting(AssumeRoleCall::callerAccessKeyId)
                .containsExactly(before.accessKeyId(), after.accessKeyId());
        bed.assertNoSecretLeaked();
    }

    @Test
    void whenTheRoleCredentialsNearExpiryTheNextCallAssumesTheRoleWithTheRotatedKeys() throws Exception {
        // 90 s left: past the SDK's five-minute prefetch time, so the next resolution assumes the role again.
        Instant soon = Instant.now().plus(Duration.ofSeconds(90)).truncatedTo(ChronoUnit.SECONDS);
        FakeCredentials expiring =
                bed.keys("ASIAEXPIRINGROLE0001", "expiring-role-secret-0001", "expiring-role-token-0001", soon);
        FakeCredentials renewed = bed.keys(
                "ASIARENEWEDROLE00001",
                "renewed-role-secret-0001",
                "renewed-role-token-0001",
                Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
        bed.aws.sts().assumeRoleCredentials(ROLE, expiring);

        try (Services services = bed.services(bed.environment(Map.of()));
                AccountConnection connection = bed.open(services, "deploy")) {
            bed.describe(connection);
            assertThat(bed.lastAppFlowKeyId()).isEqualTo(expiring.accessKeyId());

            bed.writeCredentials(ProfileTestbed.credentials("source", after));
            bed.aws.sts().assumeRoleCredentials(ROLE, renewed);
            bed.describe(connection);

            assertThat(bed.lastAppFlowKeyId()).isEqualTo(renewed.accessKeyId());
            assertThat(bed.lastAppFlowSessionToken()).isEqualTo(renewed.sessionToken());
            assertThat(bed.identity(connection).arn())
                    .isEqualTo("arn:aws:sts::444455556666:assumed-role/Deploy/deploy-session");
            bed.describe(connection);
        }
        assertThat(bed.aws.sts().assumeRoleCalls())
                .as("the renewed credentials, an hour long, are reused")
                .extracting(AssumeRoleCall::callerAccessKeyId)
                .containsExactly(before.accessKeyId(), after.accessKeyId());
        assertThat(bed.aws.requests("AssumeRole").get(1).header("Authorization").orElseThrow())
                .contains("Credential=" + after.accessKeyId() + "/");
        bed.assertNoSecretLeaked();
    }
}
