package io.connectorexplorer.infra.profile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The config and credentials files, read with the SDK's own parser. The SDK rejects a whole file at its
 * first malformed line; here each such line is reported with its file and number, the profile it sits in
 * is marked broken, and the rest of the file is parsed again — so one typo never hides the other profiles.
 */
public final class AwsConfigFiles {

    /** No profiles at all: what SDK clients get when they must not read the user's files (the demo). */
    public static final ProfileFile EMPTY = parse("", ProfileFile.Type.CONFIGURATION);

    /** A file larger than this is not a hand-written AWS config; it is reported, not read. */
    static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private static final Pattern ON_LINE = Pattern.compile("on line (\\d+)");
    private static final int MAX_REPAIRS = 200;
    /** The SDK's rule for names; its parser skips a section named otherwise, with no error. */
    private static final Pattern SDK_NAME = Pattern.compile("[A-Za-z0-9_\\-/.%@:+]*");
    /** Sections of the config file that are neither profiles nor written with a space. */
    private static final java.util.Set<String> NOT_PROFILES = java.util.Set.of("plugins", "preview");

    private final AwsEnvironment environment;
    private Stamp lastStamp;
    private Snapshot lastSnapshot;

    public AwsConfigFiles(AwsEnvironment environment) {
        this.environment = environment;
    }

    public AwsEnvironment environment() {
        return environment;
    }

    /** A snapshot of both files as they are now; parsed again only when either file changed. */
    public synchronized Snapshot read() {
        Stamp stamp = new Stamp(FileStamp.of(environment.configFile()), FileStamp.of(environment.credentialsFile()));
        if (!stamp.equals(lastStamp)) {
            lastSnapshot = readNow();
            lastStamp = stamp;
        }
        return lastSnapshot;
    }

    private record Stamp(FileStamp config, FileStamp credentials) {}

    /** What tells a changed file from an unchanged one without reading it. */
    private record FileStamp(long modifiedNanos, long size, Object fileKey) {
        static FileStamp of(Path path) {
            try {
                var attributes = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class);
                return new FileStamp(
                        attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                        attributes.size(),
                        attributes.fileKey());
            } catch (IOException e) {
                return new FileStamp(-1, -1, null);
            }
        }
    }

    private Snapshot readNow() {
        List<String> problems = new ArrayList<>();
        Map<String, String> broken = new LinkedHashMap<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        ProfileFile.Aggregator aggregator = ProfileFile.aggregator();
        boolean config =
                add(aggregator, environment.configFile(), ProfileFile.Type.CONFIGURATION, problems, broken, skipped);
        boolean credentials =
                add(aggregator, environment.credentialsFile(), ProfileFile.Type.CREDENTIALS, problems, broken, skipped);
        ProfileFile file = config || credentials ? aggregator.build() : parse("", ProfileFile.Type.CONFIGURATION);
        // A skipped section is listed as a broken profile only when no other section defines that profile.
        skipped.forEach((name, reason) -> {
            if (file.profile(name).isEmpty()) {
                broken.putIfAbsent(name, reason);
            }
        });
        return new Snapshot(file, List.copyOf(problems), Map.copyOf(broken), config || credentials);
    }

    private static boolean add(
            ProfileFile.Aggregator aggregator,
            Path path,
            ProfileFile.Type type,
            List<String> problems,
            Map<String, String> broken,
            Map<String, String> skipped) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        String text;
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                problems.add(path + ": the file is larger than " + (MAX_FILE_BYTES >> 20) + " MB and was not read");
                return false;
            }
            text = decode(Files.readAllBytes(path), path, problems);
        } catch (IOException e) {
            problems.add(path + ": cannot be read (" + e.getMessage() + ")");
            return false;
        }
        aggregator.addFile(parseRepairing(text, path, type, problems, broken, skipped));
        return true;
    }

    /** UTF-8 with or without a BOM; bytes that are not UTF-8 are reported and read as replacement characters. */
    private static String decode(byte[] bytes, Path path, List<String> problems) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(path + ": contains bytes that are not UTF-8; they were read as \uFFFD");
            return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        }
    }

    private static ProfileFile parseRepairing(
            String text,
            Path path,
            ProfileFile.Type type,
            List<String> problems,
            Map<String, String> broken,
            Map<String, String> skipped) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            // Files joined with cat carry the second one's byte order mark into a line: it is not content.
            if (lines[i].startsWith("\uFEFF")) {
                lines[i] = lines[i].substring(1);
            }
        }
        reportSkippedSections(lines, path, type, problems, skipped);
        for (int repairs = 0; repairs < MAX_REPAIRS; repairs++) {
            try {
                return parse(String.join("\n", lines), type);
            } catch (RuntimeException e) {
                String message = e.getMessage() == null ? "malformed" : e.getMessage();
                Matcher m = ON_LINE.matcher(message);
                int index;
                String why;
                if ((e instanceof IllegalArgumentException || e instanceof IllegalStateException) && m.find()) {
                    index = Integer.parseInt(m.group(1)) - 1;
                    why = stripLine(message);
                } else {
                    // The SDK's parser failed without saying where (it throws StringIndexOutOfBoundsException on a
                    // line "["): find the line by parsing ever shorter beginnings of the file.
                    index = firstFailingLine(lines, type);
                    why = "this line cannot be read as a profile, a property or a comment";
                }
                if (index < 0 || index >= lines.length) {
                    problems.add(path + ": " + message);
                    return parse("", type);
                }
                String reason = path.getFileName() + " line " + (index + 1) + ": " + why;
                problems.add(path + " line " + (index + 1) + ": " + why);
                sectionAround(lines, index, type)
                        .ifPresent(name -> broken.putIfAbsent(name, "malformed line in " + reason));
                blankOut(lines, index);
            }
        }
        problems.add(path + ": too many malformed lines; the file was not read");
        return parse("", type);
    }

    /** The index of the first line the SDK's parser fails on, or -1 when the whole text parses. */
    private static int firstFailingLine(String[] lines, ProfileFile.Type type) {
        int low = 1;
        int high = lines.length;
        if (!fails(lines, high, type)) {
            return -1;
        }
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (fails(lines, middle, type)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low - 1;
    }

    private static boolean fails(String[] lines, int count, ProfileFile.Type type) {
        try {
            parse(String.join("\n", Arrays.asList(lines).subList(0, count)), type);
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    /**
     * Sections the SDK's parser skips without a word — a name with characters it does not accept, {@code [name]} in
     * the config file, {@code [profile name]} in the credentials file — are reported with their line, so no profile
     * disappears unexplained. A section without a name, which the SDK would keep as a profile called "", is dropped.
     */
    private static void reportSkippedSections(
            String[] lines, Path path, ProfileFile.Type type, List<String> problems, Map<String, String> skipped) {
        for (int i = 0; i < lines.length; i++) {
            String header = headerText(lines[i]);
            if (header == null) {
                continue;
            }
            boolean prefixed =
                    header.equals("profile") || header.startsWith("profile ") || header.startsWith("profile\t");
            String name = prefixed ? header.substring("profile".length()).strip() : header;
            String reason = null;
            if (type == ProfileFile.Type.CONFIGURATION && !prefixed && !header.equals("default")) {
                if (header.isEmpty() || !SDK_NAME.matcher(header).matches() || NOT_PROFILES.contains(header)) {
                    continue; // [sso-session corp], [services dev], [plugins]: sections that are not profiles
                }
                reason =
                        "[" + header + "] is not read as a profile: in the config file, write [profile " + header + "]";
            } else if (type == ProfileFile.Type.CREDENTIALS && prefixed && !name.isEmpty()) {
                reason = "[" + header + "] is not read as a profile: in the credentials file, write [" + name + "]";
            }
            if (name.isEmpty()) {
                problems.add(path + " line " + (i + 1) + ": the section has no profile name; it was not read");
                blankOut(lines, i);
                continue;
            }
            if (reason == null && !SDK_NAME.matcher(name).matches()) {
                reason = "profile '" + name
                        + "' is not read: a profile name may only have letters, digits and - _ . / % @ : +";
            }
            if (reason != null) {
                problems.add(path + " line " + (i + 1) + ": " + reason);
                skipped.putIfAbsent(name, path.getFileName() + " line " + (i + 1) + ": " + reason);
            }
        }
    }

    /** What stands between the brackets of a section line, as the SDK reads it, or null for any other line. */
    private static String headerText(String line) {
        if (!line.startsWith("[")) {
            return null;
        }
        int comment = line.length();
        for (char c : new char[] {'#', ';'}) {
            int at = line.indexOf(c);
            if (at >= 0 && at < comment) {
                comment = at;
            }
        }
        String text = line.substring(0, comment).strip();
        return text.length() >= 2 && text.endsWith("]")
                ? text.substring(1, text.length() - 1).strip()
                : null;
    }

    /** A bad header takes its whole section with it; a bad property line only itself. */
    private static void blankOut(String[] lines, int index) {
        boolean header = lines[index].strip().startsWith("[");
        lines[index] = "";
        if (header) {
            for (int i = index + 1; i < lines.length && !lines[i].strip().startsWith("["); i++) {
                lines[i] = "";
            }
        }
    }

    /** The profile a line belongs to: its own header's name, or the nearest header above it. */
    private static Optional<String> sectionAround(String[] lines, int index, ProfileFile.Type type) {
        for (int i = index; i >= 0; i--) {
            String line = lines[i].strip();
            if (line.startsWith("[")) {
                String inner = line.substring(1).replaceAll("[\\]].*$", "").strip();
                if (type == ProfileFile.Type.CONFIGURATION) {
                    if (inner.startsWith("profile ")) {
                        return Optional.of(inner.substring("profile ".length()).strip());
                    }
                    return inner.equals("default") ? Optional.of(inner) : Optional.empty();
                }
                return inner.isEmpty() || inner.contains(" ") ? Optional.empty() : Optional.of(inner);
            }
        }
        return Optional.empty();
    }

    private static String stripLine(String message) {
        return message.replaceAll("\\s*on line \\d+", "").strip();
    }

    private static ProfileFile parse(String text, ProfileFile.Type type) {
        return ProfileFile.builder()
                .content(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .type(type)
                .build();
    }

    /** Both files as parsed at one moment, with what could not be read. */
    public record Snapshot(
            ProfileFile profileFile, List<String> problems, Map<String, String> brokenProfiles, boolean filesExist) {

        public Optional<Profile> profile(String name) {
            return profileFile.profile(name);
        }

        public Optional<Profile> section(String type, String name) {
            return profileFile.getSection(type, name);
        }

        /** Names of profiles whose header itself was malformed, so the SDK never saw them. */
        public List<String> profilesLostToErrors() {
            return brokenProfiles.keySet().stream()
                    .filter(name -> profileFile.profile(name).isEmpty())
                    .toList();
        }

        @Override
        public String toString() {
            return "Snapshot" + Arrays.asList(profileFile.profiles().keySet().toArray()) + problems;
        }
    }
}
