package io.connectorexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.app.CommandLines;
import io.connectorexplorer.app.Services;
import io.connectorexplorer.infra.settings.PropertiesSettings;
import io.connectorexplorer.infra.sso.SsoTokenCache;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.DiagnosticLogs;
import io.connectorexplorer.testsupport.LoopbackAwsServices;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code login}: the device-code flow on the terminal, completed by the test, writes the AWS CLI's token cache; with
 * {@code --debug}, every SSO OIDC call is shown, and logged, without a token or client secret.
 */
class LoginCommandEndToEndTest {

    @TempDir
    Path home;

    private LoopbackAwsServices aws;

    @BeforeEach
    void start() throws Exception {
        aws = LoopbackAwsServices.start();
        aws.oidc().pollInterval(0);
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws").resolve("config"), """
                [profile corp]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = ReadOnly
                region = eu-west-1

                [sso-session corp]
                sso_start_url = https://corp.awsapps.example/start
                sso_region = eu-west-1
                sso_registration_scopes = sso:account:access

                [profile keys]
                aws_access_key_id = KEYSONLY
                aws_secret_access_key = keys-secret
                """);
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void theDeviceCodeIsPrintedAndTheTokenLandsInTheSharedCache() throws Exception {
        CountDownLatch codeShown = new CountDownLatch(1);
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(
                new OutputStream() {
                    @Override
                    public void write(int b) {
                        errBytes.write(b);
                        if (errBytes.toString(StandardCharsets.UTF_8).contains("enter the code")) {
                            codeShown.countDown();
                        }
                    }
                },
                true,
                StandardCharsets.UTF_8);
        try (Services services = Services.create(aws.environment(home), AppFlowTestAccount.TIMEOUTS)) {
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> CommandLines.create(services)
                    .run(
                            new String[] {"login", "--profile", "corp", "--use-device-code", "--debug"},
                            new PrintStream(new ByteArrayOutputStream()),
                            err));

            assertThat(codeShown.await(15, TimeUnit.SECONDS))
                    .as(errBytes.toString(StandardCharsets.UTF_8))
                    .isTrue();
            aws.approveDevice();

            assertThat(exit.get(15, TimeUnit.SECONDS)).isZero();
        }
        String printed = errBytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains(aws.oidc().userCodes().get(0)).contains("Signed in to corp.");
        assertThat(SsoTokenCache.in(aws.environment(home)).read("corp")).isPresent();
        // --debug showed each SSO OIDC call, and the log kept them; neither holds a token or a client secret.
        String log = DiagnosticLogs.read(PropertiesSettings.defaultFolder(Map.of(), home));
        for (String operation : List.of("RegisterClient", "StartDeviceAuthorization", "CreateToken")) {
            assertThat(printed)
                    .containsPattern("\\[debug] #\\d+ SsoOidc " + operation + " \\(profile corp, eu-west-1\\)");
            assertThat(DiagnosticLogs.calls(log, operation))
                    .isNotEmpty()
                    .allMatch(line -> line.contains(" call SsoOidc " + operation + " profile=corp region=eu-west-1 "));
        }
        assertThat(DiagnosticLogs.calls(log, "CreateToken").reduce((first, last) -> last))
                .hasValueSatisfying(last -> assertThat(last).contains(" INFO ", " status=200 "));
        assertThat(aws.secretsIssued()).isNotEmpty();
        aws.secretsIssued().forEach(secret -> assertThat(printed + log).doesNotContain(secret));
    }

    @Test
    void aProfileThatIsNotSsoIsRejectedBeforeAnyCall() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Services services = Services.create(aws.environment(home), AppFlowTestAccount.TIMEOUTS)) {
            int exit = CommandLines.create(services)
                    .run(
                            new String[] {"login", "--profile", "keys"},
                            new PrintStream(new ByteArrayOutputStream()),
                            new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(exit).isEqualTo(CommandLine.USAGE);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not an SSO profile");
        assertThat(aws.requests()).isEmpty();
    }
}
