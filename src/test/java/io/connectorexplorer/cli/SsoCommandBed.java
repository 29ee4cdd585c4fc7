package io.connectorexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.app.CommandLines;
import io.connectorexplorer.app.Services;
import io.connectorexplorer.infra.settings.PropertiesSettings;
import io.connectorexplorer.infra.sso.SsoToken;
import io.connectorexplorer.infra.sso.SsoTokenCache;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.DiagnosticLogs;
import io.connectorexplorer.testsupport.FakeSsoOidc;
import io.connectorexplorer.testsupport.LoopbackAwsServices;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * A home with an AWS config of one SSO session ("corp", used by profile "dev") and a profile of static keys, the
 * loopback portal assigning three accounts' roles in pages of two accounts and one role, and the command line run
 * in-process against them, as {@code Launcher} runs it.
 */
final class SsoCommandBed implements AutoCloseable {

    static final String CORP_URL = "https://corp.awsapps.example/start";
    static final String OLD_URL = "https://old.awsapps.example/start";

    static final String CONFIG = """
            [profile dev]
            sso_session = corp
            sso_account_id = 111111111111
            sso_role_name = ReadOnly
            region = eu-west-1

            [sso-session corp]
            sso_start_url = https://corp.awsapps.example/start
            sso_region = eu-west-1

            [profile keys]
            aws_access_key_id = KEYSONLY
            aws_secret_access_key = keys-secret
            """;

    /** A profile of the older form, with its own start URL: a second session. */
    static final String OLDER_FORM = """

            [profile old]
            sso_start_url = https://old.awsapps.example/start
            sso_region = us-east-1
            sso_account_id = 111111111111
            sso_role_name = ReadOnly
            """;

    /** What one run printed, its exit status, and what it added to the diagnostic log. */
    record Run(int exit, String out, String err, String log) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    final Path home;
    final LoopbackAwsServices aws;

    SsoCommandBed(Path home) throws IOException {
        this.home = home;
        this.aws = LoopbackAwsServices.start();
        aws.sso().pageSizes(2, 1);
        assign("111111111111", "Prod", "ReadOnly", "Admin");
        assign("222222222222", "Data Lake (EU)", "Analyst");
        assign("333333333333", "dev", "Developer");
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(config(), CONFIG);
    }

    Path config() {
        return home.resolve(".aws").resolve("config");
    }

    private void assign(String account, String name, String... roles) {
        aws.sso().accountName(account, name);
        for (String role : roles) {
            aws.sso().assignRole(account, role);
        }
    }

    /** A valid token in the cache under {@code cacheKey}, as a sign-in of either tool leaves it. */
    FakeSsoOidc.Session signIn(String cacheKey, String startUrl) throws IOException {
        FakeSsoOidc.Session session = aws.oidc().signedInSession(List.of("sso:account:access"));
        SsoTokenCache.in(aws.environment(home))
                .write(
                        cacheKey,
                        new SsoToken(
                                startUrl,
                                "eu-west-1",
                                session.accessToken(),
                                Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS),
                                session.clientId(),
                                session.clientSecret(),
                                Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS),
                                session.refreshToken()));
        return session;
    }

    Run run(Map<String, String> extra, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path logFolder = PropertiesSettings.defaultFolder(Map.of(), home);
        String before = DiagnosticLogs.read(logFolder);
        int exit;
        try (Services services = Services.create(aws.environment(home, extra), AppFlowTestAccount.TIMEOUTS)) {
            exit = CommandLines.create(services)
                    .run(
                            args,
                            new PrintStream(out, true, StandardCharsets.UTF_8),
                            new PrintStream(err, true, StandardCharsets.UTF_8));
        }
        String log = DiagnosticLogs.read(logFolder);
        return new Run(
                exit,
                out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8),
                log.startsWith(before) ? log.substring(before.length()) : log);
    }

    Run run(String... args) {
        return run(Map.of(), args);
    }

    /** No secret the fakes issued in what the run printed or logged. */
    void assertNoSecretIn(Run run) {
        assertThat(aws.secretsIssued()).isNotEmpty();
        for (String secret : aws.secretsIssued()) {
            assertThat(run.out() + run.err() + run.log()).doesNotContain(secret);
        }
    }

    @Override
    public void close() {
        aws.close();
    }
}
