package io.connectorexplorer.infra.profile;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.files.TextFileWriter;
import io.connectorexplorer.core.profile.DiscoveredAccount;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Saves a discovered SSO account and role as a {@code [profile NAME]} section of the config file, with the settings
 * {@code aws configure sso} writes, in its order. The file is copied first to {@code config.<UTC time>.bak} beside
 * it (permissions kept), then written atomically with its permissions kept — through a symbolic link to the file it
 * points at — and everything already in it stays byte for byte: BOM, CRLF line ends, comments, odd spacing, broken
 * lines. Only the section is added at the end, with the file's own line ends. A file that is not UTF-8 text is left
 * alone rather than re-encoded.
 */
public final class SsoProfileWriter {

    /** The SDK's rule for profile names: its parser drops a section named otherwise, without a word. */
    private static final Pattern SDK_NAME = Pattern.compile("[A-Za-z0-9_\\-/.%@:+]+");

    private static final Pattern REGION = Pattern.compile("[a-z0-9-]{1,40}");
    private static final DateTimeFormatter BACKUP_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** Where the section went, and the copy of the file as it was before (null when there was no file). */
    public record Written(Path configFile, Path backup) {}

    private final AwsConfigFiles files;
    private final TextFileWriter writer;
    private final Clock clock;

    public SsoProfileWriter(AwsConfigFiles files, TextFileWriter writer, Clock clock) {
        this.files = files;
        this.writer = writer;
        this.clock = clock;
    }

    /** Why {@code name} cannot name a new profile — it is not a name the SDK reads, or is taken — else empty. */
    public Optional<String> nameProblem(String name) {
        return nameProblem(name, files.read());
    }

    private static Optional<String> nameProblem(String name, AwsConfigFiles.Snapshot snapshot) {
        if (name == null || name.isBlank()) {
            return Optional.of("A profile needs a name.");
        }
        if (!SDK_NAME.matcher(name).matches()) {
            return Optional.of("A profile name may only have letters, digits and - _ . / % @ : + (no spaces).");
        }
        if (snapshot.profileFile().profile(name).isPresent()
                || snapshot.brokenProfiles().containsKey(name)) {
            return Optional.of("A profile named '" + name + "' already exists.");
        }
        return Optional.empty();
    }

    /** {@code <RoleName>-<AccountId>} as {@code aws configure sso} proposes it; with -2, -3… when that is taken. */
    public String proposedName(DiscoveredAccount account) {
        AwsConfigFiles.Snapshot snapshot = files.read();
        String proposed = account.proposedProfileName();
        for (int n = 2; nameProblem(proposed, snapshot).isPresent(); n++) {
            proposed = account.proposedProfileName() + "-" + n;
        }
        return proposed;
    }

    /**
     * Appends the profile; {@code region} may be null (no {@code region} line).
     *
     * @throws ServiceCallException CONFIGURATION for a name or region that cannot be written, LOCAL_FILE when the
     *     file cannot be read, backed up or written — it is then as it was
     */
    public synchronized Written save(DiscoveredAccount account, String name, String region) {
        nameProblem(name, files.read()).ifPresent(problem -> {
            throw ServiceCallException.configuration(problem);
        });
        if (region != null && !REGION.matcher(region).matches()) {
            throw ServiceCallException.configuration("'" + region + "' is not a region name.");
        }
        Path configured = files.environment().configFile();
        try {
            Path file = Files.exists(configured) ? configured.toRealPath() : configured;
            byte[] before = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
            String text = utf8(before, configured);
            String eol = lineEnd(text);
            String content = text + separation(text, eol) + section(account, name, region, eol);
            Path backup = Files.exists(file) ? backUp(file, configured) : null;
            if (!Arrays.equals(before, Files.exists(file) ? Files.readAllBytes(file) : new byte[0])) {
                throw ServiceCallException.localFile(
                        configured + " changed while the profile was being saved; nothing was written. Try again.");
            }
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            writer.write(file, content);
            return new Written(configured, backup);
        } catch (IOException e) {
            throw ServiceCallException.localFile("Could not save the profile in " + configured + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** The lines {@code aws configure sso} writes, in its order. */
    private static String section(DiscoveredAccount account, String name, String region, String eol) {
        StringBuilder section = new StringBuilder(name.equals("default") ? "[default]" : "[profile " + name + "]");
        section.append(eol);
        if (account.session().legacy()) {
            line(section, "sso_start_url", account.session().startUrl(), eol);
            line(section, "sso_region", account.session().ssoRegion(), eol);
        } else {
            line(section, "sso_session", account.session().name(), eol);
        }
        line(section, "sso_account_id", account.accountId(), eol);
        line(section, "sso_role_name", account.roleName(), eol);
        if (region != null) {
            line(section, "region", region, eol);
        }
        return section.toString();
    }

    private static void line(StringBuilder section, String key, String value, String eol) {
        if (value.contains("\n") || value.contains("\r")) {
            throw ServiceCallException.configuration("The " + key + " to write holds a line break.");
        }
        section.append(key).append(" = ").append(value).append(eol);
    }

    /** A copy beside the file the user names, stamped with the time; never one already there. */
    private Path backUp(Path file, Path configured) throws IOException {
        String stem = configured.getFileName() + "." + BACKUP_TIME.format(clock.instant());
        Path backup = configured.resolveSibling(stem + ".bak");
        for (int n = 2; Files.exists(backup, java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
            backup = configured.resolveSibling(stem + "-" + n + ".bak");
        }
        Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES);
        return backup;
    }

    /** The text, decoded so that encoding it again gives the very same bytes. */
    private static String utf8(byte[] bytes, Path configured) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ServiceCallException.localFile(configured
                    + " holds bytes that are not UTF-8; it was left as it is rather than re-encoded. Add the profile"
                    + " by hand, or save the file as UTF-8 first.");
        }
    }

    /** The file's own line end: CRLF when its first line ends so, else LF. */
    private static String lineEnd(String text) {
        int lf = text.indexOf('\n');
        return lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
    }

    /** What goes between the file and the new section: the missing line end, and one blank line. */
    private static String separation(String text, String eol) {
        if (text.isBlank()) {
            return text.isEmpty() || endsWithLineBreak(text) ? "" : eol;
        }
        String ended = endsWithLineBreak(text) ? text : text + eol;
        String separation = ended.substring(text.length());
        return lastLineIsBlank(ended) ? separation : separation + eol;
    }

    private static boolean endsWithLineBreak(String text) {
        return text.endsWith("\n") || text.endsWith("\r");
    }

    /** Whether the line before the final line break holds nothing but white space. */
    private static boolean lastLineIsBlank(String ended) {
        int end = ended.length() - (ended.endsWith("\r\n") ? 2 : 1);
        int start = Math.max(ended.lastIndexOf('\n', end - 1), ended.lastIndexOf('\r', end - 1)) + 1;
        return ended.substring(start, end).isBlank();
    }
}
