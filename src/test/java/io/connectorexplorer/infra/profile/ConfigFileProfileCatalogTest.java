package io.connectorexplorer.infra.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileProfileCatalogTest {

    @TempDir
    Path home;

    private Path config;
    private Path credentials;

    @BeforeEach
    void paths() {
        config = home.resolve("aws-config");
        credentials = home.resolve("aws-credentials");
    }

    // ---- kinds ----

    @Test
    void staticAndSessionKeysComeFromTheCredentialsFileWithTheRegionFromConfig() throws IOException {
        write(config, """
                [default]
                region = eu-west-1

                [profile temp]
                region = us-west-2
                """);
        write(credentials, """
                [default]
                aws_access_key_id = AKIDEXAMPLE
                aws_secret_access_key = secret

                [temp]
                aws_access_key_id = ASIAEXAMPLE
                aws_secret_access_key = secret
                aws_session_token = token
                """);

        assertThat(profile("default")).isEqualTo(new AwsProfile("default", ProfileKind.STATIC_KEYS, "eu-west-1", null));
        assertThat(profile("temp")).isEqualTo(new AwsProfile("temp", ProfileKind.SESSION_KEYS, "us-west-2", null));
    }

    @Test
    void ssoWithAnSsoSessionSectionAndWithTheLegacyStartUrl() throws IOException {
        write(config, """
                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = eu-west-1

                [profile sso-new]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = ReadOnly
                region = eu-central-1

                [profile sso-legacy]
                sso_start_url = https://legacy.awsapps.com/start
                sso_region = us-east-1
                sso_account_id = 111122223333
                sso_role_name = Admin
                """);

        assertThat(profile("sso-new")).isEqualTo(new AwsProfile("sso-new", ProfileKind.SSO, "eu-central-1", null));
        assertThat(profile("sso-legacy")).isEqualTo(new AwsProfile("sso-legacy", ProfileKind.SSO, null, null));
    }

    @Test
    void assumeRoleThroughAChainOfTwoSourceProfiles() throws IOException {
        write(config, """
                [profile admin]
                role_arn = arn:aws:iam::111122223333:role/Admin
                source_profile = jump

                [profile jump]
                role_arn = arn:aws:iam::444455556666:role/Jump
                source_profile = base

                [profile base]
                aws_access_key_id = AKIDEXAMPLE
                aws_secret_access_key = secret
                """);

        assertThat(profile("admin")).isEqualTo(new AwsProfile("admin", ProfileKind.ASSUME_ROLE, null, null));
        assertThat(profile("jump")).isEqualTo(new AwsProfile("jump", ProfileKind.ASSUME_ROLE, null, null));
    }

    @Test
    void otherWaysToGetCredentials() throws IOException {
        write(config, """
                [profile ec2]
                role_arn = arn:aws:iam::111122223333:role/FromInstance
                credential_source = Ec2InstanceMetadata

                [profile process]
                credential_process = /usr/local/bin/get-credentials --json

                [profile web]
                role_arn = arn:aws:iam::111122223333:role/Web
                web_identity_token_file = /var/run/secrets/token

                [profile self]
                role_arn = arn:aws:iam::111122223333:role/Self
                source_profile = self
                aws_access_key_id = AKIDEXAMPLE
                aws_secret_access_key = secret
                """);

        assertThat(profile("ec2")).isEqualTo(new AwsProfile("ec2", ProfileKind.ASSUME_ROLE, null, null));
        assertThat(profile("process")).isEqualTo(new AwsProfile("process", ProfileKind.CREDENTIAL_PROCESS, null, null));
        assertThat(profile("web")).isEqualTo(new AwsProfile("web", ProfileKind.WEB_IDENTITY, null, null));
        assertThat(profile("self").isUsable())
                .as("a role profile may take its own static keys")
                .isTrue();
    }

    @Test
    void aProfileWithoutCredentialsSaysSo() throws IOException {
        write(config, """
                [profile bare]
                region = ap-south-1
                """);

        AwsProfile bare = profile("bare");

        assertThat(bare.kind()).isEqualTo(ProfileKind.NO_CREDENTIALS);
        assertThat(bare.region()).isEqualTo("ap-south-1");
        assertThat(bare.problemIfAny()).hasValueSatisfying(p -> assertThat(p).startsWith("no credentials"));
    }

    // ---- problems ----

    @Test
    void aSourceProfileThatDoesNotExist() throws IOException {
        write(config, """
                [profile orphan]
                role_arn = arn:aws:iam::111122223333:role/Orphan
                source_profile = ghost
                """);

        assertThat(profile("orphan").problem()).isEqualTo("source_profile 'ghost' does not exist");
    }

    @Test
    void aRoleWithoutAnySource() throws IOException {
        write(config, """
                [profile lonely]
                role_arn = arn:aws:iam::111122223333:role/Lonely
                """);

        assertThat(profile("lonely").problem()).isEqualTo("role_arn needs source_profile or credential_source");
    }

    @Test
    void aSourceProfileCycle() throws IOException {
        write(config, """
                [profile ping]
                role_arn = arn:aws:iam::111122223333:role/Ping
                source_profile = pong

                [profile pong]
                role_arn = arn:aws:iam::111122223333:role/Pong
                source_profile = ping

                [profile loop]
                role_arn = arn:aws:iam::111122223333:role/Loop
                source_profile = loop
                """);

        assertThat(profile("ping").problem()).isEqualTo("source_profile chain has a cycle through 'ping'");
        assertThat(profile("pong").problem()).isEqualTo("source_profile chain has a cycle through 'pong'");
        assertThat(profile("loop").problem())
                .as("self reference without keys")
                .isEqualTo("source_profile chain has a cycle through 'loop'");
    }

    @Test
    void ssoProblems() throws IOException {
        write(config, """
                [sso-session nourl]
                sso_region = eu-west-1

                [profile unknown-session]
                sso_session = nope
                sso_account_id = 111122223333
                sso_role_name = ReadOnly

                [profile session-without-url]
                sso_session = nourl
                sso_account_id = 111122223333
                sso_role_name = ReadOnly

                [profile no-role]
                sso_start_url = https://legacy.awsapps.com/start
                sso_region = eu-west-1
                sso_account_id = 111122223333

                [profile no-sso-region]
                sso_start_url = https://legacy.awsapps.com/start
                sso_account_id = 111122223333
                sso_role_name = ReadOnly

                [profile no-url]
                sso_account_id = 111122223333
                sso_role_name = ReadOnly
                """);

        assertThat(profile("unknown-session").problem())
                .isEqualTo("sso_session 'nope' has no [sso-session nope] section");
        assertThat(profile("session-without-url").problem()).isEqualTo("[sso-session nourl] has no sso_start_url");
        assertThat(profile("no-role").problem()).isEqualTo("sso_account_id and sso_role_name are both needed");
        assertThat(profile("no-url").problem()).isEqualTo("sso_start_url is missing\nsso_region is missing");
        assertThat(profile("no-sso-region").problem()).isEqualTo("sso_region is missing");
    }

    @Test
    void everyReasonAProfileCannotWorkIsGivenNotJustTheFirst() throws IOException {
        write(config, """
                [profile many]
                this line is not a setting
                sso_session = nope
                another bad line
                """);

        assertThat(profile("many").problem().lines().toList())
                .hasSize(4)
                .anySatisfy(line -> assertThat(line).contains("line 2"))
                .anySatisfy(line -> assertThat(line).contains("line 4"))
                .contains(
                        "sso_session 'nope' has no [sso-session nope] section",
                        "sso_account_id and sso_role_name are both needed");
    }

    @Test
    void anAccessKeyWithoutItsSecret() throws IOException {
        write(credentials, """
                [half]
                aws_access_key_id = AKIDEXAMPLE
                """);

        AwsProfile half = profile("half");

        assertThat(half.kind()).isEqualTo(ProfileKind.STATIC_KEYS);
        assertThat(half.problem()).isEqualTo("aws_access_key_id is set but aws_secret_access_key is missing");
    }

    @Test
    void problemsNeverQuoteASecret() throws IOException {
        write(credentials, """
                [half]
                aws_secret_access_key = TOPSECRETVALUE
                aws_session_token = TOPSECRETTOKEN
                """);

        assertThat(profile("half").toString()).doesNotContain("TOPSECRET");
    }

    // ---- the list and the environment ----

    @Test
    void profilesAreSortedByNameWithTheDemoLast() throws IOException {
        write(config, """
                [profile zeta]
                region = eu-west-1
                [profile alpha]
                region = eu-west-1
                """);
        write(credentials, """
                [mid]
                aws_access_key_id = A
                aws_secret_access_key = B
                """);

        assertThat(catalog(Map.of()).profiles())
                .extracting(AwsProfile::name)
                .containsExactly("alpha", "mid", "zeta", AwsProfile.DEMO_NAME);
        assertThat(catalog(Map.of()).isEmpty()).isFalse();
    }

    @Test
    void withoutFilesThereIsOnlyTheDemo() {
        ConfigFileProfileCatalog catalog = catalog(Map.of());

        assertThat(catalog.profiles()).containsExactly(AwsProfile.demo());
        assertThat(catalog.isEmpty()).isTrue();
        assertThat(catalog.fileProblems()).isEmpty();
    }

    @Test
    void aMalformedFileIsReportedByPathAndTheOtherFileStillCounts() throws IOException {
        write(config, """
                [profile broken]
                this line has no equals sign
                """);
        write(credentials, """
                [fine]
                aws_access_key_id = A
                aws_secret_access_key = B
                """);

        ConfigFileProfileCatalog catalog = catalog(Map.of());

        assertThat(catalog.fileProblems())
                .singleElement()
                .asString()
                .startsWith(config.toString())
                .contains("line 2");
        assertThat(catalog.profiles())
                .extracting(AwsProfile::name)
                .containsExactly("broken", "fine", AwsProfile.DEMO_NAME);
        assertThat(profile("broken").problem())
                .contains("line 2")
                .contains(config.getFileName().toString());
        assertThat(profile("fine").isUsable()).isTrue();
    }

    @Test
    void aMalformedLineMarksOnlyItsProfileAndTheRestOfTheSameFileStillWorks() throws IOException {
        write(config, """
                [profile before]
                region = eu-west-1
                credential_process = /bin/true

                [profile typo
                region = us-east-1

                [profile middle]
                credential_process = /bin/true
                oops no equals here

                [profile after]
                credential_process = /bin/true
                """);

        ConfigFileProfileCatalog catalog = catalog(Map.of());

        assertThat(catalog.profiles())
                .extracting(AwsProfile::name)
                .containsExactly("after", "before", "middle", "typo", AwsProfile.DEMO_NAME);
        assertThat(profile("before").isUsable()).isTrue();
        assertThat(profile("after").isUsable()).isTrue();
        assertThat(profile("typo").kind()).isEqualTo(ProfileKind.MALFORMED);
        assertThat(profile("typo").problem()).contains("line 5");
        assertThat(profile("middle").problem()).contains("line 10");
        assertThat(catalog.fileProblems())
                .hasSize(2)
                .allSatisfy(p -> assertThat(p).startsWith(config.toString()));
    }

    @Test
    void crlfLineEndingsAndAByteOrderMarkAreRead() throws IOException {
        Files.write(
                config,
                ("\uFEFF[profile windows]\r\nregion = eu-west-1\r\ncredential_process = x\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(profile("windows"))
                .isEqualTo(new AwsProfile("windows", ProfileKind.CREDENTIAL_PROCESS, "eu-west-1", null));
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAndTheProfilesStillRead() throws IOException {
        byte[] head = "[profile latin]\nregion = eu-west-1\ncredential_process = caf"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] all = java.util.Arrays.copyOf(head, head.length + 2);
        all[head.length] = (byte) 0xE9;
        all[head.length + 1] = '\n';
        Files.write(config, all);

        ConfigFileProfileCatalog catalog = catalog(Map.of());

        assertThat(profile("latin").region()).isEqualTo("eu-west-1");
        assertThat(catalog.fileProblems()).singleElement().asString().contains("not UTF-8");
    }

    @Test
    void roleChainsEndingInAProfileWithoutCredentialsOrMixingSourcesAreFlagged() throws IOException {
        write(config, """
                [profile empty]
                region = eu-west-1

                [profile role-on-empty]
                role_arn = arn:aws:iam::111122223333:role/R
                source_profile = empty

                [profile both]
                role_arn = arn:aws:iam::111122223333:role/R
                source_profile = empty
                credential_source = Environment

                [profile bad-source]
                role_arn = arn:aws:iam::111122223333:role/R
                credential_source = Laptop
                """);

        assertThat(profile("role-on-empty").problem()).isEqualTo("source_profile 'empty' has no credentials");
        assertThat(profile("both").problem()).isEqualTo("role_arn takes source_profile or credential_source, not both");
        assertThat(profile("bad-source").problem()).contains("credential_source must be");
    }

    @Test
    void filesAreReadAnewOnEachCall() throws IOException {
        ConfigFileProfileCatalog catalog = catalog(Map.of());
        assertThat(catalog.profiles()).containsExactly(AwsProfile.demo());

        write(config, "[profile later]\ncredential_process = x\n");

        assertThat(catalog.profiles()).extracting(AwsProfile::name).containsExactly("later", AwsProfile.DEMO_NAME);
    }

    @Test
    void environmentProfileAndRegionComeFromTheVariables() {
        assertThat(catalog(Map.of("AWS_PROFILE", "prod", "AWS_DEFAULT_PROFILE", "other"))
                        .environmentProfile())
                .contains("prod");
        assertThat(catalog(Map.of("AWS_DEFAULT_PROFILE", "other")).environmentProfile())
                .contains("other");
        assertThat(catalog(Map.of("AWS_PROFILE", "  ")).environmentProfile()).isEmpty();
        assertThat(catalog(Map.of("AWS_REGION", "eu-north-1", "AWS_DEFAULT_REGION", "us-east-2"))
                        .environmentRegion())
                .contains("eu-north-1");
        assertThat(catalog(Map.of("AWS_DEFAULT_REGION", "us-east-2")).environmentRegion())
                .contains("us-east-2");
        assertThat(catalog(Map.of()).environmentRegion()).isEmpty();
    }

    @Test
    void withoutFileVariablesTheFilesAreInDotAwsUnderHome() throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        write(home.resolve(".aws").resolve("config"), "[profile from-home]\ncredential_process = x\n");

        ConfigFileProfileCatalog catalog =
                new ConfigFileProfileCatalog(new AwsConfigFiles(new AwsEnvironment(Map.of(), home)));

        assertThat(catalog.profiles()).extracting(AwsProfile::name).containsExactly("from-home", AwsProfile.DEMO_NAME);
    }

    private AwsProfile profile(String name) {
        return catalog(Map.of()).profiles().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no profile " + name));
    }

    private ConfigFileProfileCatalog catalog(Map<String, String> extraVariables) {
        Map<String, String> variables = new java.util.HashMap<>(extraVariables);
        variables.put("AWS_CONFIG_FILE", config.toString());
        variables.put("AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
        return new ConfigFileProfileCatalog(new AwsConfigFiles(new AwsEnvironment(variables, home)));
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content);
    }
}
