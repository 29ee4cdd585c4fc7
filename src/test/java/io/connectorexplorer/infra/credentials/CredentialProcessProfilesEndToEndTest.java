package io.connectorexplorer.infra.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.app.Services;
import io.connectorexplorer.core.account.AccountConnection;
import io.connectorexplorer.core.account.CallerIdentity;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.error.ServiceCallException.Kind;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.testsupport.FakeCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code credential_process} profiles with real shell scripts written into the temporary home: the JSON they print
 * signs AppFlow and STS; a failing one is reported with its stderr; one named without a folder is found in
 * {@code ~/.local/bin} even when the PATH the app got lacks it (an app started from a desktop menu).
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the scripts are POSIX shell scripts")
class CredentialProcessProfilesEndToEndTest {

    private static final String ACCOUNT = "555566667777";
    private static final String ARN = "arn:aws:sts::555566667777:assumed-role/Vault/alice";
    /** The PATH a desktop launcher hands over: no ~/.local/bin. */
    private static final String LAUNCHER_PATH = "/usr/bin:/bin";

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
    void theCredentialsTheProcessPrintsSignEveryCallAndAreReusedUntilTheyExpire() throws Exception {
        FakeCredentials printed = bed.keys("ASIAPROCESS000000001", "process-secret-0001", "process-token-0001", null);
        bed.aws.sts().identity(printed, ACCOUNT, ARN);
        Path runs = home.resolve("runs.log");
        Path script = script(
                home.resolve("vault-credentials.sh"),
                "echo run >> '" + runs + "'\n" + printJson(printed, "2099-01-01T00:00:00Z"));
        bed.writeConfig(bed.profile("vault", "credential_process = " + script + " --profile vault"));

        try (Services services = bed.services(bed.environment(Map.of("PATH", LAUNCHER_PATH)))) {
            assertThat(bed.profile(services, "vault").kind()).isEqualTo(ProfileKind.CREDENTIAL_PROCESS);
            try (AccountConnection connection = bed.open(services, "vault")) {
                CallerIdentity identity = bed.identity(connection);
                bed.describe(connection);
                bed.describe(connection);

                assertThat(identity).isEqualTo(new CallerIdentity(ACCOUNT, ARN));
                assertThat(bed.lastAppFlowKeyId()).isEqualTo(printed.accessKeyId());
                assertThat(bed.lastAppFlowSessionToken()).isEqualTo(printed.sessionToken());
            }
        }
        assertThat(Files.readAllLines(runs))
                .as("one run serves every call until the credentials expire")
                .containsExactly("run");
        bed.assertNoSecretLeaked();
    }

    @Test
    void aProcessThatFailsIsReportedWithWhatItWroteToStderrAndNothingOfItsStdout() throws Exception {
        // Half-written output on stdout (stale keys here) must not reach the message: only stderr explains.
        FakeCredentials stale = bed.keys("ASIASTALE00000000001", "stale-secret-0001", "stale-token-0001", null);
        Path script = script(
                home.resolve("broken-credentials.sh"),
                printJson(stale, null) + "echo 'acme-sso: your session ended; run acme login' >&2\nexit 3\n");
        bed.writeConfig(bed.profile("acme", "credential_process = " + script));

        try (Services services = bed.services(bed.environment(Map.of("PATH", LAUNCHER_PATH)));
                AccountConnection connection = bed.open(services, "acme")) {
            ServiceCallException describe =
                    bed.failure(() -> connection.appflow().describeConnector(ProfileTestbed.S3));
            ServiceCallException identity = bed.failure(connection::identity);

            assertThat(describe.kind()).isEqualTo(Kind.CREDENTIALS);
            assertThat(describe.operation()).isEqualTo("DescribeConnector");
            assertThat(describe.getMessage())
                    .isEqualTo("credential_process of profile 'acme' exited with status 3: "
                            + "acme-sso: your session ended; run acme login");
            assertThat(identity.kind()).isEqualTo(Kind.CREDENTIALS);
            assertThat(identity.getMessage()).contains("acme-sso: your session ended; run acme login");
        }
        assertThat(bed.appflowRequests.requests()).isEmpty();
        assertThat(bed.aws.requests()).isEmpty();
        bed.assertNoSecretLeaked();
    }

    @Test
    void aProcessNamedWithoutAFolderIsFoundInLocalBinThoughThePathLacksIt() throws Exception {
        FakeCredentials printed = bed.keys("AKIDLOCALBIN00000001", "local-bin-secret-0001", null, null);
        bed.aws.sts().identity(printed, ACCOUNT, "arn:aws:iam::555566667777:user/alice");
        Path localBin = Files.createDirectories(home.resolve(".local").resolve("bin"));
        script(localBin.resolve("acme-credentials"), printJson(printed, null));
        bed.writeConfig(bed.profile("bare", "credential_process = acme-credentials --account dev"));
        assertThat(LAUNCHER_PATH.split(":")).doesNotContain(localBin.toString());

        try (Services services = bed.services(bed.environment(Map.of("PATH", LAUNCHER_PATH)));
                AccountConnection connection = bed.open(services, "bare")) {
            CallerIdentity identity = bed.identity(connection);
            bed.describe(connection);

            assertThat(identity.arn()).isEqualTo("arn:aws:iam::555566667777:user/alice");
            assertThat(bed.lastAppFlowKeyId()).isEqualTo(printed.accessKeyId());
            assertThat(bed.lastAppFlowSessionToken()).isNull();
        }
        bed.assertNoSecretLeaked();
    }

    private static String printJson(FakeCredentials credentials, String expiration) {
        return "cat <<'JSON'\n{\"Version\": 1, \"AccessKeyId\": \"" + credentials.accessKeyId()
                + "\", \"SecretAccessKey\": \"" + credentials.secretAccessKey() + "\""
                + (credentials.sessionToken() == null
                        ? ""
                        : ", \"SessionToken\": \"" + credentials.sessionToken() + "\"")
                + (expiration == null ? "" : ", \"Expiration\": \"" + expiration + "\"")
                + "}\nJSON\n";
    }

    private static Path script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}
