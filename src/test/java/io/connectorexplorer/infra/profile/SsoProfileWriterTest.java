package io.connectorexplorer.infra.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.error.ServiceCallException.Kind;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.DiscoveredAccount;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.core.profile.SavedProfile;
import io.connectorexplorer.core.profile.SsoSession;
import io.connectorexplorer.infra.files.AtomicTextFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Save as profile: the section as {@code aws configure sso} writes it, after a backup, the rest byte for byte. */
class SsoProfileWriterTest {

    private static final SsoSession CORP =
            new SsoSession("corp", "https://corp.awsapps.com/start", "eu-west-1", false, null, List.of());
    private static final SsoSession OLD = new SsoSession(
            "https://old.awsapps.com/start", "https://old.awsapps.com/start", "us-east-1", true, null, List.of());
    private static final DiscoveredAccount PROD = new DiscoveredAccount(CORP, "111122223333", "Prod", "ReadOnly");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-14T09:30:12Z"), ZoneOffset.UTC);
    private static final String BACKUP_NAME = "config.20250114T093012Z.bak";

    @TempDir
    Path home;

    private Path config() {
        return home.resolve(".aws").resolve("config");
    }

    private ConfigFileProfileCatalog catalog() throws IOException {
        return catalog(new AtomicTextFileWriter());
    }

    private ConfigFileProfileCatalog catalog(io.connectorexplorer.core.files.TextFileWriter writer) throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        AwsConfigFiles files = new AwsConfigFiles(new AwsEnvironment(
                Map.of(
                        "AWS_CONFIG_FILE", config().toString(),
                        "AWS_SHARED_CREDENTIALS_FILE",
                                home.resolve(".aws").resolve("credentials").toString()),
                home));
        return new ConfigFileProfileCatalog(files, null, new SsoProfileWriter(files, writer, CLOCK));
    }

    private void writeConfig(byte[] bytes) throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        Files.write(config(), bytes);
    }

    @Test
    void theSectionIsAppendedInTheFilesOwnLineEndsAfterABackupAndTheRestIsUntouched() throws IOException {
        String before = "# my settings\r\n[sso-session corp]\r\nsso_start_url =  https://corp.awsapps.com/start \r\n"
                + "sso_region=eu-west-1\r\n\r\n[profile dev]   ; mine\r\n\tregion = eu-west-1\r\n# last words";
        writeConfig(before.getBytes(StandardCharsets.UTF_8));

        SavedProfile saved = catalog().saveAsProfile(PROD, "prod-read", "eu-central-1");

        assertThat(Files.readString(config()))
                .isEqualTo(before
                        + "\r\n\r\n[profile prod-read]\r\nsso_session = corp\r\nsso_account_id = 111122223333\r\n"
                        + "sso_role_name = ReadOnly\r\nregion = eu-central-1\r\n");
        assertThat(saved.profile()).isEqualTo(new AwsProfile("prod-read", ProfileKind.SSO, "eu-central-1", null));
        assertThat(saved.configFile()).isEqualTo(config());
        assertThat(saved.backup()).isEqualTo(config().resolveSibling(BACKUP_NAME));
        assertThat(Files.readString(saved.backup())).isEqualTo(before);
    }

    @Test
    void theOlderFormWritesTheStartUrlAndRegionAndNoRegionWhenNoneIsGiven() throws IOException {
        writeConfig("[default]\nregion = us-east-1\n\n".getBytes(StandardCharsets.UTF_8));

        catalog().saveAsProfile(new DiscoveredAccount(OLD, "444455556666", null, "Admin"), "old-admin", null);

        assertThat(Files.readString(config()))
                .isEqualTo("[default]\nregion = us-east-1\n\n[profile old-admin]\n"
                        + "sso_start_url = https://old.awsapps.com/start\nsso_region = us-east-1\n"
                        + "sso_account_id = 444455556666\nsso_role_name = Admin\n");
    }

    @Test
    void withoutAConfigFileOneIsMadeAndNothingIsBackedUp() throws IOException {
        SavedProfile saved = catalog().saveAsProfile(PROD, "default", "eu-west-1");

        assertThat(Files.readString(config()))
                .isEqualTo("[default]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = ReadOnly\n"
                        + "region = eu-west-1\n");
        assertThat(saved.backupIfAny()).isEmpty();
        assertThat(saved.profile().problem())
                .as("the session is not in this file")
                .contains("no [sso-session corp] section");
    }

    static Stream<String> corpusConfigs() throws Exception {
        List<String> notUtf8 = nonUtf8Configs().toList();
        return BrokenConfigCorpusTest.corpus().filter(name -> name.endsWith(".config") && !notUtf8.contains(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusConfigs")
    void everyFileOfTheBrokenCorpusKeepsItsBytesAndGainsAUsableProfile(String name) throws Exception {
        byte[] original;
        try (var in = BrokenConfigCorpusTest.class.getResourceAsStream("broken/" + name)) {
            original = in.readAllBytes();
        }
        writeConfig(original);
        ConfigFileProfileCatalog catalog = catalog();
        DiscoveredAccount old = new DiscoveredAccount(OLD, "444455556666", "Old", "Admin");

        SavedProfile saved = catalog.saveAsProfile(old, "saved-from-portal", "eu-west-1");

        byte[] after = Files.readAllBytes(config());
        assertThat(java.util.Arrays.copyOf(after, original.length)).isEqualTo(original);
        String added = new String(after, original.length, after.length - original.length, StandardCharsets.UTF_8);
        assertThat(added)
                .contains("[profile saved-from-portal]")
                .endsWith("sso_role_name = Admin" + eol(original) + "region = eu-west-1" + eol(original));
        assertThat(Files.readAllBytes(saved.backup())).isEqualTo(original);
        assertThat(saved.profile()).isEqualTo(new AwsProfile("saved-from-portal", ProfileKind.SSO, "eu-west-1", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonUtf8Configs")
    void aFileThatIsNotUtf8IsLeftAlone(String name) throws Exception {
        byte[] original;
        try (var in = BrokenConfigCorpusTest.class.getResourceAsStream("broken/" + name)) {
            original = in.readAllBytes();
        }
        writeConfig(original);

        ServiceCallException failure = catchThrowableOfType(
                ServiceCallException.class, () -> catalog().saveAsProfile(PROD, "saved-from-portal", null));

        assertThat(failure.kind()).isEqualTo(Kind.LOCAL_FILE);
        assertThat(failure.getMessage()).contains("not UTF-8");
        assertThat(Files.readAllBytes(config())).isEqualTo(original);
        assertThat(backups()).isEmpty();
    }

    static Stream<String> nonUtf8Configs() {
        return Stream.of("binary-garbage.config", "latin1-bytes.config");
    }

    private static String eol(byte[] original) {
        String text = new String(original, StandardCharsets.UTF_8);
        int lf = text.indexOf('\n');
        return lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
    }

    @Test
    void aNameThatIsTakenOrThatTheSdkWouldNotReadIsRefusedAndNothingIsWritten() throws IOException {
        String before = "[profile dev]\nregion = eu-west-1\n[profile broken]\nthis is not a property\n";
        writeConfig(before.getBytes(StandardCharsets.UTF_8));
        Files.writeString(home.resolve(".aws").resolve("credentials"), "[keys]\naws_access_key_id = A\n");
        ConfigFileProfileCatalog catalog = catalog();

        for (String name : List.of("dev", "keys", "broken", "", " ", "my profile", "a]b", "x\ny")) {
            ServiceCallException failure =
                    catchThrowableOfType(ServiceCallException.class, () -> catalog.saveAsProfile(PROD, name, null));
            assertThat(failure.kind()).as(name).isEqualTo(Kind.CONFIGURATION);
            assertThat(catalog.profileNameProblem(name)).as(name).isPresent();
        }
        assertThat(catalog.profileNameProblem("dev")).contains("A profile named 'dev' already exists.");
        assertThat(catalog.profileNameProblem("ok-name_2/x.y@z:w+v%")).isEmpty();
        ServiceCallException badRegion = catchThrowableOfType(
                ServiceCallException.class, () -> catalog.saveAsProfile(PROD, "fine", "eu-west-1\n[x]"));
        assertThat(badRegion.kind()).isEqualTo(Kind.CONFIGURATION);
        assertThat(Files.readString(config())).isEqualTo(before);
        assertThat(backups()).isEmpty();
    }

    @Test
    void theProposedNameIsRoleDashAccountAndAvoidsTakenNames() throws IOException {
        writeConfig("[profile other]\nregion = eu-west-1\n".getBytes(StandardCharsets.UTF_8));
        ConfigFileProfileCatalog catalog = catalog();
        assertThat(catalog.proposedProfileName(PROD)).isEqualTo("ReadOnly-111122223333");

        catalog.saveAsProfile(PROD, "ReadOnly-111122223333", null);
        assertThat(catalog.proposedProfileName(PROD)).isEqualTo("ReadOnly-111122223333-2");
        catalog.saveAsProfile(PROD, "ReadOnly-111122223333-2", null);
        assertThat(catalog.proposedProfileName(PROD)).isEqualTo("ReadOnly-111122223333-3");
        assertThat(backups())
                .as("a second backup in the same second gets a name of its own")
                .containsExactlyInAnyOrder(BACKUP_NAME, "config.20250114T093012Z-2.bak");
    }

    @Test
    void ownerOnlyPermissionsStayOnTheFileAndTheBackup() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        writeConfig("[profile dev]\nregion = eu-west-1\n".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(config(), PosixFilePermissions.fromString("rw-------"));

        SavedProfile saved = catalog().saveAsProfile(PROD, "prod", null);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(saved.backup())))
                .isEqualTo("rw-------");
    }

    @Test
    void aConfigThatIsALinkStaysALinkAndTheFileItPointsAtGetsTheProfile() throws IOException {
        Path real = home.resolve("dotfiles").resolve("aws-config");
        Files.createDirectories(real.getParent());
        Files.writeString(real, "[profile dev]\nregion = eu-west-1\n");
        Files.createDirectories(home.resolve(".aws"));
        try {
            Files.createSymbolicLink(config(), real);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }

        SavedProfile saved = catalog().saveAsProfile(PROD, "prod", null);

        assertThat(Files.isSymbolicLink(config())).isTrue();
        assertThat(Files.readString(real)).startsWith("[profile dev]\nregion = eu-west-1\n\n[profile prod]\n");
        assertThat(saved.backup().getParent()).isEqualTo(config().getParent());
        assertThat(Files.readString(saved.backup())).isEqualTo("[profile dev]\nregion = eu-west-1\n");
    }

    @Test
    void aWriteThatFailsLeavesTheFileAsItWas() throws IOException {
        String before = "[profile dev]\nregion = eu-west-1\n";
        writeConfig(before.getBytes(StandardCharsets.UTF_8));
        ConfigFileProfileCatalog catalog = catalog((path, content) -> {
            throw new IOException("No space left on device");
        });

        ServiceCallException failure =
                catchThrowableOfType(ServiceCallException.class, () -> catalog.saveAsProfile(PROD, "prod", null));

        assertThat(failure.kind()).isEqualTo(Kind.LOCAL_FILE);
        assertThat(failure.getMessage()).contains("No space left on device").contains(config().toString());
        assertThat(Files.readString(config())).isEqualTo(before);
    }

    private List<String> backups() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve(".aws"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".bak"))
                    .toList();
        }
    }
}
