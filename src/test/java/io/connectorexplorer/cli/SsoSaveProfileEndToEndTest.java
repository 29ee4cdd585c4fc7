package io.connectorexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.testsupport.AwsCli;
import io.connectorexplorer.testsupport.JsonTrees;
import io.connectorexplorer.testsupport.TestAppFlowEndpoint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sso save-profile}: the profile {@code aws configure sso} would write, appended after a backup with the rest of
 * the file byte for byte; then read back by the AWS CLI installed here ({@code configure list-profiles},
 * {@code configure get}, and {@code sts get-caller-identity} through the loopback portal and STS with the shared
 * token cache) and used by this command line against a loopback AppFlow endpoint. The AWS CLI parts are skipped when
 * {@code aws} is not on PATH.
 */
class SsoSaveProfileEndToEndTest {

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
    void theSavedProfileIsWhatAwsConfigureSsoWritesAndEveryToolReadsIt() throws Exception {
        // CRLF, a comment without a line end at the end, odd spacing: all of it must stay as it is.
        String before = SsoCommandBed.CONFIG.replace("\n", "\r\n").replace("region = eu-west-1", "region=eu-west-1  ")
                + "# keep me";
        Files.writeString(bed.config(), before);
        bed.signIn("corp", SsoCommandBed.CORP_URL);

        SsoCommandBed.Run run = bed.run(
                "sso",
                "save-profile",
                "--sso-session",
                "corp",
                "--account-id",
                "222222222222",
                "--role-name",
                "Analyst");

        assertThat(run.exit()).as(run.toString()).isZero();
        Path backup = onlyBackup();
        assertThat(run.out())
                .isEqualTo("Saved profile 'Analyst-222222222222' in " + bed.config() + " (the file as it was is in "
                        + backup + ")." + System.lineSeparator()
                        + "Use it with --profile Analyst-222222222222, here and in the AWS CLI."
                        + System.lineSeparator());
        assertThat(Files.readString(bed.config()))
                .isEqualTo(before + "\r\n\r\n[profile Analyst-222222222222]\r\nsso_session = corp\r\n"
                        + "sso_account_id = 222222222222\r\nsso_role_name = Analyst\r\nregion = eu-west-1\r\n");
        assertThat(Files.readString(backup)).isEqualTo(before);
        assertThat(bed.aws.requests())
                .as("the account and role are written as given")
                .isEmpty();

        // This command line uses it at once: GetRoleCredentials through the shared token cache, then AppFlow.
        try (TestAppFlowEndpoint appflow = TestAppFlowEndpoint.start(DemoCatalogue.bundled())) {
            SsoCommandBed.Run describe = bed.run(
                    Map.of("AWS_ENDPOINT_URL_APPFLOW", appflow.uri().toString()),
                    "describe",
                    "--connector-type",
                    "S3",
                    "--profile",
                    "Analyst-222222222222");
            assertThat(describe.exit()).as(describe.toString()).isZero();
            assertThat(JsonTrees.parse(describe.out())
                            .at("/connectorConfiguration")
                            .isObject())
                    .isTrue();
            assertThat(appflow.callCount("DescribeConnector")).isEqualTo(1);
        }
        assertThat(bed.aws.requests("GetRoleCredentials"))
                .singleElement()
                .satisfies(r -> assertThat(r.query())
                        .containsEntry("account_id", "222222222222")
                        .containsEntry("role_name", "Analyst"));

        Optional<Path> aws = AwsCli.findOnPath();
        assumeTrue(aws.isPresent(), "the AWS CLI ('aws') is not on PATH");
        Files.createDirectories(home.resolve("cli"));
        AwsCli cli = AwsCli.create(aws.get(), home.resolve("cli"));
        Map<String, String> variables = new HashMap<>(bed.aws.endpointVariables());
        variables.put("AWS_CONFIG_FILE", bed.config().toString());
        variables.put("HOME", home.toString());
        variables.put("TZ", "UTC");

        // AWS CLI v1 has no 'configure list-profiles' (v2 does): 'configure list' fails for a profile it cannot find.
        AwsCli.Result listed = cli.run(variables, "configure", "list", "--profile", "Analyst-222222222222");
        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        assertThat(listed.out())
                .containsPattern("profile\\s+Analyst-222222222222\\s+manual\\s+--profile")
                .containsPattern("region\\s+eu-west-1\\s+config-file");
        AwsCli.Result missing = cli.run(variables, "configure", "list", "--profile", "Analyst-999999999999");
        assertThat(missing.exitCode()).as(missing.toString()).isNotZero();
        for (Map.Entry<String, String> setting : Map.of(
                        "sso_session", "corp",
                        "sso_account_id", "222222222222",
                        "sso_role_name", "Analyst",
                        "region", "eu-west-1")
                .entrySet()) {
            AwsCli.Result get =
                    cli.run(variables, "configure", "get", setting.getKey(), "--profile", "Analyst-222222222222");
            assertThat(get.exitCode()).as(get.toString()).isZero();
            assertThat(get.out().strip()).as(setting.getKey()).isEqualTo(setting.getValue());
        }
        AwsCli.Result identity = cli.run(
                variables, "sts", "get-caller-identity", "--profile", "Analyst-222222222222", "--output", "json");
        assertThat(identity.exitCode()).as(identity.toString()).isZero();
        JsonNode caller = JsonTrees.parse(identity.out());
        assertThat(caller.get("Account").asText()).isEqualTo("222222222222");
        assertThat(caller.get("Arn").asText()).isEqualTo(bed.aws.sso().roleArn("222222222222", "Analyst"));
        // The AWS CLI got the role's credentials through the token our cache holds, as this app did.
        assertThat(bed.aws.requests("GetRoleCredentials"))
                .filteredOn(r -> r.header("User-Agent").orElse("").startsWith("aws-cli/"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.query())
                        .containsEntry("account_id", "222222222222")
                        .containsEntry("role_name", "Analyst"));
        bed.assertNoSecretIn(run);
    }

    @Test
    void theOlderFormIsSavedWithItsStartUrlUnderTheNameGiven() throws Exception {
        Files.writeString(bed.config(), SsoCommandBed.CONFIG + SsoCommandBed.OLDER_FORM);

        SsoCommandBed.Run run = bed.run(
                "sso",
                "save-profile",
                "--profile",
                "old",
                "--account-id",
                "333333333333",
                "--role-name",
                "Developer",
                "--name",
                "old-dev",
                "--region",
                "ap-southeast-2");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(Files.readString(bed.config()))
                .isEqualTo(SsoCommandBed.CONFIG + SsoCommandBed.OLDER_FORM + "\n[profile old-dev]\n"
                        + "sso_start_url = " + SsoCommandBed.OLD_URL + "\nsso_region = us-east-1\n"
                        + "sso_account_id = 333333333333\nsso_role_name = Developer\nregion = ap-southeast-2\n");
    }

    @Test
    void aNameThatIsTakenOrAnAccountOrRoleThatCannotBeIsRefusedAndTheFileIsUntouched() throws Exception {
        byte[] before = Files.readAllBytes(bed.config());
        Map<List<String>, String> refused = Map.of(
                List.of("--account-id", "111111111111", "--role-name", "ReadOnly", "--name", "dev"),
                "A profile named 'dev' already exists. Choose another with --name.",
                List.of("--account-id", "111111111111", "--role-name", "ReadOnly", "--name", "my profile"),
                "A profile name may only have",
                List.of("--account-id", "1111", "--role-name", "ReadOnly"),
                "--account-id takes a 12-digit AWS account ID, not '1111'",
                List.of("--account-id", "111111111111", "--role-name", "Read Only"),
                "--role-name 'Read Only' is not a role name",
                List.of("--account-id", "111111111111"),
                "--role-name is required");
        refused.forEach((options, message) -> {
            String[] args = Stream.concat(Stream.of("sso", "save-profile"), options.stream())
                    .toArray(String[]::new);
            SsoCommandBed.Run run = bed.run(args);
            assertThat(run.exit()).as(run.toString()).isEqualTo(CommandLine.USAGE);
            assertThat(run.err()).as(String.join(" ", options)).contains(message);
        });
        assertThat(Files.readAllBytes(bed.config())).isEqualTo(before);
        assertThat(backups()).isEmpty();
        assertThat(new String(before, StandardCharsets.UTF_8)).isEqualTo(SsoCommandBed.CONFIG);
    }

    @Test
    void theProposedNameMovesOnWhenTaken() throws Exception {
        String[] save = {"sso", "save-profile", "--account-id", "111111111111", "--role-name", "Admin"};

        assertThat(bed.run(save).out()).startsWith("Saved profile 'Admin-111111111111' in ");
        assertThat(bed.run(save).out()).startsWith("Saved profile 'Admin-111111111111-2' in ");
        assertThat(Files.readString(bed.config()))
                .contains("[profile Admin-111111111111]\n")
                .contains("[profile Admin-111111111111-2]\n");
    }

    private Path onlyBackup() throws Exception {
        List<Path> backups = backups();
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).getFileName().toString()).matches("config\\.\\d{8}T\\d{6}Z\\.bak");
        return backups.get(0);
    }

    private List<Path> backups() throws Exception {
        try (Stream<Path> files = Files.list(bed.config().getParent())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".bak"))
                    .toList();
        }
    }
}
