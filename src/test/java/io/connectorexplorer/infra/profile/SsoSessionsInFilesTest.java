package io.connectorexplorer.infra.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.profile.DiscoveredAccount;
import io.connectorexplorer.core.profile.SsoSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.profiles.Profile;

/** The SSO sessions the files define, and the in-memory profile a discovered account's name resolves to. */
class SsoSessionsInFilesTest {

    private static final String CONFIG = """
            [profile zed]
            sso_session = corp
            sso_account_id = 111122223333
            sso_role_name = ReadOnly

            [profile dev]
            sso_session = corp
            sso_account_id = 111122223333
            sso_role_name = Dev
            region = us-west-2

            [sso-session lonely]
            sso_start_url = https://lonely.awsapps.com/start
            sso_region = ap-southeast-2

            [sso-session corp]
            sso_start_url = https://corp.awsapps.com/start
            sso_region = eu-west-1
            sso_registration_scopes = sso:account:access

            [sso-session half]
            sso_region = eu-west-1

            [profile old-b]
            sso_start_url = https://old.awsapps.com/start
            sso_region = us-east-1
            sso_account_id = 444455556666
            sso_role_name = Admin
            region = eu-central-1

            [profile old-a]
            sso_start_url = https://old.awsapps.com/start
            sso_region = us-east-1
            sso_account_id = 444455556666
            sso_role_name = ReadOnly

            [profile keys]
            aws_access_key_id = AKIDEXAMPLE
            aws_secret_access_key = not-a-secret
            """;

    @TempDir
    Path home;

    private AwsConfigFiles files() throws IOException {
        Path config = home.resolve("config");
        Files.writeString(config, CONFIG);
        return new AwsConfigFiles(new AwsEnvironment(
                Map.of(
                        "AWS_CONFIG_FILE",
                        config.toString(),
                        "AWS_SHARED_CREDENTIALS_FILE",
                        home.resolve("none").toString()),
                home));
    }

    @Test
    void sessionSectionsInFileOrderThenStartUrlsOfTheOlderForm() throws IOException {
        List<SsoSession> sessions = new ConfigFileProfileCatalog(files()).ssoSessions();

        assertThat(sessions)
                .containsExactly(
                        new SsoSession(
                                "lonely", "https://lonely.awsapps.com/start", "ap-southeast-2", false, null, List.of()),
                        new SsoSession(
                                "corp",
                                "https://corp.awsapps.com/start",
                                "eu-west-1",
                                false,
                                "us-west-2",
                                List.of("dev", "zed")),
                        new SsoSession(
                                "https://old.awsapps.com/start",
                                "https://old.awsapps.com/start",
                                "us-east-1",
                                true,
                                "eu-central-1",
                                List.of("old-a", "old-b")));
    }

    @Test
    void aDiscoveredNameResolvesToTheSectionAwsConfigureSsoWouldWriteAndIsNotListed() throws IOException {
        AwsConfigFiles files = files();
        SsoSession corp = new ConfigFileProfileCatalog(files).ssoSessions().get(1);
        String name = new DiscoveredAccount(corp, "777788889999", "Data / Lake (EU)", "Analyst").displayName();

        Profile profile = files.read().profile(name).orElseThrow();

        assertThat(profile.properties())
                .isEqualTo(Map.of(
                        "sso_session", "corp",
                        "sso_account_id", "777788889999",
                        "sso_role_name", "Analyst"));
        assertThat(new ConfigFileProfileCatalog(files).profiles())
                .noneMatch(p -> p.name().equals(name));
    }

    @Test
    void aDiscoveredNameOfTheOlderFormTakesTheStartUrlAndItsRegion() throws IOException {
        AwsConfigFiles files = files();

        Profile profile = files.read()
                .profile("https://old.awsapps.com/start / Old (444455556666) / Admin")
                .orElseThrow();

        assertThat(profile.properties())
                .isEqualTo(Map.of(
                        "sso_start_url", "https://old.awsapps.com/start",
                        "sso_region", "us-east-1",
                        "sso_account_id", "444455556666",
                        "sso_role_name", "Admin"));
    }

    @Test
    void aDiscoveredNameWhoseSessionIsGoneResolvesToNothing() throws IOException {
        AwsConfigFiles.Snapshot snapshot = files().read();

        assertThat(snapshot.profile("gone / 111122223333 / ReadOnly")).isEmpty();
        assertThat(snapshot.profile("https://elsewhere.awsapps.com/start / 111122223333 / ReadOnly"))
                .isEmpty();
        assertThat(snapshot.profile("half / 111122223333 / ReadOnly"))
                .as("a session section without what a sign-in needs is still the session it names")
                .isPresent();
    }
}
