package io.connectorexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.testsupport.DiagnosticLogs;
import io.connectorexplorer.testsupport.FakeSsoOidc;
import io.connectorexplorer.testsupport.JsonTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sso accounts} end to end: the table and the JSON from the loopback portal's paginated listings, how the
 * session is chosen (--sso-session, --profile, AWS_PROFILE, the only one), what is refused before any call (exit 2),
 * a missing sign-in (exit 1), and --debug leaving standard output as it was with the token masked everywhere.
 */
class SsoCommandEndToEndTest {

    @TempDir
    Path home;

    private SsoCommandBed bed;

    @BeforeEach
    void start() throws Exception {
        bed = new SsoCommandBed(home);
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void theTableListsEveryRoleOfEveryAccountSortedByAccountName() throws Exception {
        bed.signIn("corp", SsoCommandBed.CORP_URL);

        SsoCommandBed.Run run = bed.run("sso", "accounts", "--sso-session", "corp");

        assertThat(run.exit()).as(run.toString()).isZero();
        String n = System.lineSeparator();
        assertThat(run.out())
                .isEqualTo("ACCOUNT ID    ACCOUNT NAME    ROLE" + n
                        + "222222222222  Data Lake (EU)  Analyst" + n
                        + "333333333333  dev             Developer" + n
                        + "111111111111  Prod            Admin" + n
                        + "111111111111  Prod            ReadOnly" + n);
        assertThat(run.err()).isEmpty();
        assertThat(bed.aws.requests("ListAccounts")).hasSize(2);
        assertThat(bed.aws.requests("ListAccountRoles")).hasSize(4);
        bed.assertNoSecretIn(run);
    }

    @Test
    void theJsonIsAnArrayOfAccountIdAccountNameAndRoleName() throws Exception {
        bed.signIn("corp", SsoCommandBed.CORP_URL);

        SsoCommandBed.Run run = bed.run("sso", "accounts", "--json");

        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode rows = JsonTrees.parse(run.out());
        assertThat(rows.isArray()).isTrue();
        List<String> lines = new ArrayList<>();
        rows.forEach(row -> {
            List<String> members = new ArrayList<>();
            row.fieldNames().forEachRemaining(members::add);
            assertThat(members).containsExactly("accountId", "accountName", "roleName");
            lines.add(
                    row.get("accountId").asText() + " " + row.get("accountName").asText() + " "
                            + row.get("roleName").asText());
        });
        assertThat(lines)
                .containsExactly(
                        "222222222222 Data Lake (EU) Analyst",
                        "333333333333 dev Developer",
                        "111111111111 Prod Admin",
                        "111111111111 Prod ReadOnly");
        assertThat(run.out()).startsWith("[\n    {\n        \"accountId\": \"222222222222\",");
    }

    @Test
    void theSessionComesFromTheProfileOrAwsProfileOrIsTheOnlyOne() throws Exception {
        Files.writeString(bed.config(), SsoCommandBed.CONFIG + SsoCommandBed.OLDER_FORM);
        bed.signIn("corp", SsoCommandBed.CORP_URL);
        String corpTable = bed.run("sso", "accounts", "--sso-session", "corp").out();
        assertThat(corpTable).contains("Data Lake (EU)");

        assertThat(bed.run("sso", "accounts", "--profile", "dev").out()).isEqualTo(corpTable);
        assertThat(bed.run(Map.of("AWS_PROFILE", "dev"), "sso", "accounts").out())
                .isEqualTo(corpTable);

        SsoCommandBed.Run several = bed.run("sso", "accounts");
        assertThat(several.exit()).isEqualTo(CommandLine.USAGE);
        assertThat(several.err())
                .contains("there are several SSO sessions")
                .contains("SSO sessions: corp, https://old.awsapps.example/start");
        SsoCommandBed.Run older = bed.run("sso", "accounts", "--profile", "old");
        assertThat(older.exit()).as("no sign-in for the older form's start URL").isEqualTo(CommandLine.FAILED);
        assertThat(older.err()).contains("No SSO sign-in exists for SSO start URL https://old.awsapps.example/start.");
    }

    @Test
    void whatCannotNameASessionIsRefusedBeforeAnyCall() throws Exception {
        bed.signIn("corp", SsoCommandBed.CORP_URL);
        Map<List<String>, String> refused = Map.of(
                List.of("sso", "accounts", "--profile", "keys"), "has no usable SSO session (Static keys)",
                List.of("sso", "accounts", "--profile", "nope"), "the profile 'nope' is not in the AWS config",
                List.of("sso", "accounts", "--sso-session", "nope"),
                        "there is no SSO session 'nope' in the AWS config file; SSO sessions: corp",
                List.of("sso", "accounts", "--profile", "dev", "--sso-session", "corp"), "cannot be combined",
                List.of("sso", "accounts", "--region", "eu-west-1"), "unknown option '--region'",
                List.of("sso"), "sso needs a subcommand",
                List.of("sso", "nothing"), "unknown sso subcommand 'nothing'");
        refused.forEach((args, message) -> {
            SsoCommandBed.Run run = bed.run(args.toArray(String[]::new));
            assertThat(run.exit()).as(run.toString()).isEqualTo(CommandLine.USAGE);
            assertThat(run.err()).as(String.join(" ", args)).contains(message);
            assertThat(run.out()).isEmpty();
        });
        SsoCommandBed.Run fromEnvironment = bed.run(Map.of("AWS_PROFILE", "keys"), "sso", "accounts");
        assertThat(fromEnvironment.exit()).isEqualTo(CommandLine.USAGE);
        assertThat(fromEnvironment.err()).contains("(it comes from AWS_PROFILE)");
        assertThat(bed.aws.requests()).isEmpty();
    }

    @Test
    void withoutASignInTheCommandFailsSayingSo() {
        SsoCommandBed.Run run = bed.run("sso", "accounts");

        assertThat(run.exit()).isEqualTo(CommandLine.FAILED);
        assertThat(run.err())
                .isEqualTo("connector-explorer sso: No SSO sign-in exists for SSO session 'corp'"
                        + " (https://corp.awsapps.example/start)." + System.lineSeparator()
                        + "Sign in with 'connector-explorer login' (--profile P or --sso-session S, as for this"
                        + " command) or 'aws sso login', then retry."
                        + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(bed.aws.requests()).isEmpty();
    }

    @Test
    void debugShowsEachPortalCallWithTheTokenMaskedAndLeavesStandardOutputAlone() throws Exception {
        FakeSsoOidc.Session session = bed.signIn("corp", SsoCommandBed.CORP_URL);

        SsoCommandBed.Run plain = bed.run("sso", "accounts", "--json");
        SsoCommandBed.Run debug = bed.run("--debug", "sso", "accounts", "--json");

        assertThat(debug.exit()).isZero();
        assertThat(debug.out()).isEqualTo(plain.out());
        assertThat(debug.err())
                .containsPattern("\\[debug] #\\d+ Sso ListAccounts \\(profile sso-session corp, eu-west-1\\)")
                .contains("x-amz-sso_bearer_token: ****")
                .doesNotContain(session.accessToken());
        assertThat(DiagnosticLogs.calls(debug.log(), "ListAccountRoles")).hasSize(4);
        bed.assertNoSecretIn(debug);
        bed.assertNoSecretIn(plain);
    }
}
