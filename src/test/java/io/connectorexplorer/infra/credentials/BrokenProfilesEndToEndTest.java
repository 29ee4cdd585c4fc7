package io.connectorexplorer.infra.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.app.Services;
import io.connectorexplorer.core.account.AccountConnection;
import io.connectorexplorer.core.account.CallerIdentity;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.error.ServiceCallException.Kind;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.testsupport.FakeCredentials;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A config file with broken profiles beside good ones, read through {@link Services}: each broken profile is listed
 * with the reason the catalog gives, opening it is refused with that reason before anything is sent, and the good
 * profiles of the same files still work end to end.
 */
class BrokenProfilesEndToEndTest {

    private static final String ROLE = "arn:aws:iam::444455556666:role/AppFlowReader";
    private static final String MALFORMED_LINE = "this line has no equals sign";
    private static final String MALFORMED_HEADER = "[profile unclosed";

    @TempDir
    Path home;

    private ProfileTestbed bed;
    private FakeCredentials goodKeys;
    private String config;

    @BeforeEach
    void start() throws Exception {
        bed = ProfileTestbed.start(home);
        goodKeys = bed.keys("AKIDGOODKEYS00000001", "good-keys-secret-0001", null, null);
        FakeCredentials typoKeys = bed.keys("AKIDTYPOKEYS00000001", "typo-keys-secret-0001", null, null);
        bed.aws.sts().identity(goodKeys, "111122223333", "arn:aws:iam::111122223333:user/alice");
        config = bed.profile("good")
                + bed.profile(
                        "good-role", "role_arn = " + ROLE, "source_profile = good", "role_session_name = still-works")
                + bed.profile("orphan", "role_arn = " + ROLE, "source_profile = nowhere")
                + bed.profile(
                        "lost-sso", "sso_session = ghost", "sso_account_id = 111122223333", "sso_role_name = ReadOnly")
                + bed.profile("ping", "role_arn = " + ROLE, "source_profile = pong")
                + bed.profile("pong", "role_arn = " + ROLE, "source_profile = ping")
                + bed.profile(
                        "typo",
                        "aws_access_key_id = " + typoKeys.accessKeyId(),
                        "aws_secret_access_key = " + typoKeys.secretAccessKey(),
                        MALFORMED_LINE)
                + MALFORMED_HEADER + "\nregion = eu-west-1\n";
        bed.writeConfig(config);
        bed.writeCredentials(ProfileTestbed.credentials("good", goodKeys));
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void eachBrokenProfileIsListedWithItsReasonAndTheOthersStillWork() throws Exception {
        int malformedLine = Arrays.asList(config.split("\n", -1)).indexOf(MALFORMED_LINE) + 1;
        int malformedHeader = Arrays.asList(config.split("\n", -1)).indexOf(MALFORMED_HEADER) + 1;
        try (Services services = bed.services(bed.environment(Map.of()))) {
            List<AwsProfile> profiles = bed.kept(services.profiles().profiles());

            assertThat(profiles)
                    .extracting(AwsProfile::name)
                    .containsExactly(
                            "good",
                            "good-role",
                            "lost-sso",
                            "orphan",
                            "ping",
                            "pong",
                            "typo",
                            "unclosed",
                            AwsProfile.DEMO_NAME);
            assertProfile(services, "orphan", ProfileKind.ASSUME_ROLE, "source_profile 'nowhere' does not exist");
            assertProfile(
                    services, "lost-sso", ProfileKind.SSO, "sso_session 'ghost' has no [sso-session ghost] section");
            assertProfile(services, "ping", ProfileKind.ASSUME_ROLE, "source_profile chain has a cycle through 'ping'");
            assertProfile(services, "pong", ProfileKind.ASSUME_ROLE, "source_profile chain has a cycle through 'pong'");
            assertProfile(
                    services,
                    "typo",
                    ProfileKind.STATIC_KEYS,
                    "malformed line in config line " + malformedLine + ": Expected an '=' sign defining a property");
            assertProfile(
                    services,
                    "unclosed",
                    ProfileKind.MALFORMED,
                    "malformed line in config line " + malformedHeader + ": Profile definition must end with ']'");
            assertThat(bed.kept(services.profiles().fileProblems()))
                    .containsExactly(
                            bed.configFile() + " line " + malformedLine + ": Expected an '=' sign defining a property",
                            bed.configFile() + " line " + malformedHeader + ": Profile definition must end with ']'");
            assertThat(bed.appflowRequests.requests())
                    .as("nothing is sent for a broken profile")
                    .isEmpty();
            assertThat(bed.aws.requests()).isEmpty();

            assertThat(bed.profile(services, "good").isUsable()).isTrue();
            assertThat(bed.profile(services, "good-role").isUsable()).isTrue();
            try (AccountConnection good = bed.open(services, "good")) {
                assertThat(bed.identity(good))
                        .isEqualTo(new CallerIdentity("111122223333", "arn:aws:iam::111122223333:user/alice"));
                bed.describe(good);
                assertThat(bed.lastAppFlowKeyId()).isEqualTo(goodKeys.accessKeyId());
            }
            try (AccountConnection goodRole = bed.open(services, "good-role")) {
                assertThat(bed.identity(goodRole).arn())
                        .isEqualTo("arn:aws:sts::444455556666:assumed-role/AppFlowReader/still-works");
                bed.describe(goodRole);
                assertThat(bed.lastAppFlowKeyId()).startsWith("ASIA");
            }
        }
        assertThat(bed.aws.sts().assumeRoleCalls())
                .singleElement()
                .satisfies(call -> assertThat(call.callerAccessKeyId()).isEqualTo(goodKeys.accessKeyId()));
        bed.assertNoSecretLeaked();
    }

    /** Listed with its kind and reason; opening it is refused with the same reason, and nothing is sent. */
    private void assertProfile(Services services, String name, ProfileKind kind, String reason) {
        AwsProfile profile = bed.profile(services, name);
        assertThat(profile.kind()).as(name).isEqualTo(kind);
        assertThat(profile.isUsable()).as(name).isFalse();
        assertThat(profile.problem()).as(name).isEqualTo(reason);

        ServiceCallException refused =
                bed.failure(() -> services.accounts().open(new Target(profile, ProfileTestbed.REGION)));
        assertThat(refused.kind()).isEqualTo(Kind.CONFIGURATION);
        assertThat(refused.getMessage()).isEqualTo("Profile '" + name + "' cannot be used: " + reason + ".");
    }
}
