package io.connectorexplorer.infra.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.MfaPrompt;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.infra.credentials.ProfileCredentialsFactory;
import io.connectorexplorer.testsupport.SecretSentinels;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * A corpus of broken config and credentials files ({@code broken/} beside this class in the test resources), each
 * read beside a valid file of the other kind. Each file says in {@code #!} comment lines what must come of it:
 * <pre>
 *   #! usable: NAME ...        profiles listed and usable, their keys read exactly
 *   #! unusable: NAME ...      profiles listed, greyed, with the reason
 *   #! problem-lines: N ...    exactly the lines the reader reports
 *   #! file-problem: TEXT      a problem with the file as a whole, containing TEXT
 * </pre>
 * Whatever the file: reading never throws, no other profile appears, every problem names the file (and its line
 * where it is about a line), the valid profile of the other file stays usable, and nothing quotes a credential.
 */
class BrokenConfigCorpusTest {

    private static final String CORPUS = "broken";
    private static final Pattern DIRECTIVE = Pattern.compile("^#! ([a-z-]+): ?(.*)$", Pattern.MULTILINE);
    private static final String COMPANION = "companion";

    @TempDir
    Path folder;

    static Stream<String> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(BrokenConfigCorpusTest.class.getResource(CORPUS).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".config") || n.endsWith(".credentials"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void theCorpusHasMoreThanThirtyFilesOfBothKinds() throws Exception {
        List<String> names = corpus().toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(30);
        assertThat(names).anyMatch(n -> n.endsWith(".config")).anyMatch(n -> n.endsWith(".credentials"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aBrokenFileNeverStopsTheReaderAndKeepsEveryValidProfile(String name) throws Exception {
        byte[] content;
        try (var in = getClass().getResourceAsStream(CORPUS + "/" + name)) {
            content = in.readAllBytes();
        }
        Expectations expected = Expectations.of(content);
        if (name.contains("crlf")) {
            assertThat(new String(content, StandardCharsets.ISO_8859_1))
                    .as("CRLF kept by the checkout (see .gitattributes)")
                    .contains("\r\n");
        }

        Outcome outcome = read(name.endsWith(".config"), content);

        outcome.assertSound(expected);
    }

    @Test
    void aFileOverEightMegabytesIsReportedAndNotReadWhileTheOtherFileIsRead() throws Exception {
        StringBuilder huge = new StringBuilder(SecretSentinels.credentialsSection("inside-the-huge-file"));
        String filler = "# " + "x".repeat(1000) + "\n";
        while (huge.length() <= ConfigFileText.MAX_FILE_BYTES) {
            huge.append(filler);
        }

        Outcome outcome = read(false, huge.toString().getBytes(StandardCharsets.UTF_8));

        outcome.assertSound(new Expectations(Set.of(), Set.of(), Set.of(), "larger than 8 MB and was not read"));
    }

    @Test
    void aMegabyteLongLineIsRead() throws Exception {
        String text = "[profile long]\nregion = eu-west-1\ndescription = " + "y".repeat(1 << 20) + "\n"
                + "aws_access_key_id = " + SecretSentinels.FILE_ACCESS_KEY_ID + "\naws_secret_access_key = "
                + SecretSentinels.FILE_SECRET_ACCESS_KEY + "\n";

        Outcome outcome = read(true, text.getBytes(StandardCharsets.UTF_8));

        outcome.assertSound(new Expectations(Set.of("long"), Set.of(), Set.of(), null));
    }

    @Test
    void moreMalformedLinesThanTheReaderRepairsCostTheFileNotTheApp() throws Exception {
        StringBuilder text = new StringBuilder(SecretSentinels.credentialsSection("drowned"));
        text.append("not a property\n".repeat(250));

        Outcome outcome = read(false, text.toString().getBytes(StandardCharsets.UTF_8));

        // Each line up to the limit is reported; then the file as a whole. The other file still counts.
        assertThat(outcome.problems()).last().asString().endsWith("too many malformed lines; the file was not read");
        assertThat(outcome.profiles())
                .filteredOn(p -> p.name().equals(COMPANION))
                .singleElement()
                .extracting(AwsProfile::isUsable)
                .isEqualTo(true);
        assertThat(outcome.profiles())
                .filteredOn(p -> p.name().equals("drowned"))
                .singleElement()
                .extracting(AwsProfile::isUsable)
                .isEqualTo(false);
        outcome.assertNoSecrets();
    }

    /** Writes {@code content} as the config or credentials file, a valid other file beside it, and reads both. */
    private Outcome read(boolean asConfig, byte[] content) throws IOException {
        Path config = folder.resolve("config");
        Path credentials = folder.resolve("credentials");
        Files.write(asConfig ? config : credentials, content);
        if (asConfig) {
            Files.writeString(credentials, SecretSentinels.credentialsSection(COMPANION));
        } else {
            Files.writeString(
                    config,
                    "[profile " + COMPANION + "]\nregion = eu-west-1\naws_access_key_id = "
                            + SecretSentinels.FILE_ACCESS_KEY_ID + "\naws_secret_access_key = "
                            + SecretSentinels.FILE_SECRET_ACCESS_KEY + "\n");
        }
        AwsConfigFiles files = new AwsConfigFiles(new AwsEnvironment(
                Map.of("AWS_CONFIG_FILE", config.toString(), "AWS_SHARED_CREDENTIALS_FILE", credentials.toString()),
                folder));
        ConfigFileProfileCatalog catalog = new ConfigFileProfileCatalog(files);
        return new Outcome(asConfig ? config : credentials, files, catalog.profiles(), catalog.fileProblems());
    }

    /** What a corpus file declares about itself. */
    record Expectations(Set<String> usable, Set<String> unusable, Set<Integer> problemLines, String fileProblem) {

        static Expectations of(byte[] content) {
            Map<String, String> directives = new java.util.HashMap<>();
            Matcher m = DIRECTIVE.matcher(new String(content, StandardCharsets.UTF_8)
                    .replace("\r", "")
                    .replace("\uFEFF", ""));
            while (m.find()) {
                directives.put(m.group(1), m.group(2).strip());
            }
            return new Expectations(
                    words(directives.get("usable")),
                    words(directives.get("unusable")),
                    words(directives.get("problem-lines")).stream()
                            .map(Integer::valueOf)
                            .collect(Collectors.toSet()),
                    directives.get("file-problem"));
        }

        private static Set<String> words(String text) {
            return text == null || text.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(text.split("\\s+")));
        }
    }

    /** What the reader made of the files. */
    record Outcome(Path file, AwsConfigFiles files, List<AwsProfile> profiles, List<String> problems) {

        void assertSound(Expectations expected) {
            String where = file.getFileName() + " → " + profiles + " " + problems;
            Set<String> listed = new TreeSet<>();
            profiles.stream().filter(p -> !p.isDemo()).forEach(p -> listed.add(p.name()));
            Set<String> declared = new TreeSet<>(expected.usable());
            declared.addAll(expected.unusable());
            declared.add(COMPANION);
            assertThat(listed).as("profiles listed, %s", where).isEqualTo(declared);

            for (String name : expected.usable()) {
                AwsProfile profile = profile(name);
                assertThat(profile.isUsable()).as("%s usable, %s", name, where).isTrue();
                assertKeysReadExactly(profile);
            }
            assertKeysReadExactly(profile(COMPANION));
            assertThat(profile(COMPANION).isUsable())
                    .as("the other file's profile, %s", where)
                    .isTrue();
            for (String name : expected.unusable()) {
                AwsProfile profile = profile(name);
                assertThat(profile.isUsable())
                        .as("%s unusable, %s", name, where)
                        .isFalse();
                assertThat(profile.problem()).as("%s has a reason", name).isNotBlank();
                if (profile.kind() == ProfileKind.MALFORMED) {
                    assertThat(profile.problem())
                            .as("the reason of %s names file and line", name)
                            .contains(file.getFileName() + " line ");
                }
            }

            Set<Integer> lines = new TreeSet<>();
            List<String> wholeFile = new ArrayList<>();
            Pattern line = Pattern.compile("^" + Pattern.quote(file.toString()) + " line (\\d+): .+");
            for (String problem : problems) {
                assertThat(problem)
                        .as("every problem names the file, %s", where)
                        .startsWith(file.toString());
                Matcher m = line.matcher(problem);
                if (m.matches()) {
                    lines.add(Integer.valueOf(m.group(1)));
                } else {
                    assertThat(problem)
                            .as("a problem without a line is about the whole file")
                            .startsWith(file + ": ");
                    wholeFile.add(problem);
                }
            }
            assertThat(lines).as("lines reported, %s", where).isEqualTo(new TreeSet<>(expected.problemLines()));
            if (expected.fileProblem() == null) {
                assertThat(wholeFile)
                        .as("problems with the whole file, %s", where)
                        .isEmpty();
            } else {
                assertThat(wholeFile)
                        .as("problems with the whole file, %s", where)
                        .anyMatch(p -> p.contains(expected.fileProblem()));
            }
            assertNoSecrets();
        }

        void assertNoSecrets() {
            problems.forEach(p -> SecretSentinels.assertNoneIn("a problem", p));
            profiles.forEach(p -> SecretSentinels.assertNoneIn("a profile", p.toString()));
        }

        private AwsProfile profile(String name) {
            return profiles.stream()
                    .filter(p -> p.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("profile '" + name + "' is not listed: " + profiles));
        }

        /** Static and session keys come out exactly as written: no \r, BOM, tab or comment stuck to them. */
        private void assertKeysReadExactly(AwsProfile profile) {
            if (profile.kind() != ProfileKind.STATIC_KEYS && profile.kind() != ProfileKind.SESSION_KEYS) {
                return;
            }
            try (var credentials = new ProfileCredentialsFactory(files, null, null, MfaPrompt.NONE)
                    .build(profile.name(), "eu-west-1")) {
                AwsCredentials resolved = credentials.provider().resolveCredentials();
                assertThat(resolved.accessKeyId())
                        .as("key id of %s", profile.name())
                        .isEqualTo(SecretSentinels.FILE_ACCESS_KEY_ID);
                assertThat(resolved.secretAccessKey())
                        .as("secret of %s", profile.name())
                        .isEqualTo(SecretSentinels.FILE_SECRET_ACCESS_KEY);
                if (profile.kind() == ProfileKind.SESSION_KEYS) {
                    assertThat(resolved).isInstanceOf(AwsSessionCredentials.class);
                    assertThat(((AwsSessionCredentials) resolved).sessionToken())
                            .isEqualTo(SecretSentinels.FILE_SESSION_TOKEN);
                }
            }
        }
    }
}
