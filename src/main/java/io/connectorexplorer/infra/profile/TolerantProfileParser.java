package io.connectorexplorer.infra.profile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Parses a file with the SDK's own parser, which rejects a whole file at its first malformed line. Here each such
 * line is reported with its file and number, the profile it sits in is marked broken, the line is blanked and the
 * file parsed again — so one typo never hides the other profiles.
 */
final class TolerantProfileParser {

    private static final Pattern ON_LINE = Pattern.compile("on line (\\d+)");
    private static final int MAX_REPAIRS = 200;

    private TolerantProfileParser() {}

    static ProfileFile parse(String text, Path path, ProfileFile.Type type, ReadFindings findings) {
        ProfileFileLines lines = new ProfileFileLines(text);
        SkippedSections.report(lines, path, type, findings);
        if (type == ProfileFile.Type.CONFIGURATION) {
            findings.ssoSessions.addAll(lines.sectionNames("sso-session"));
        }
        for (int repairs = 0; repairs < MAX_REPAIRS; repairs++) {
            try {
                return sdkParse(lines.text(), type);
            } catch (RuntimeException e) {
                String message = e.getMessage() == null ? "malformed" : e.getMessage();
                Matcher m = ON_LINE.matcher(message);
                int index;
                String why;
                if ((e instanceof IllegalArgumentException || e instanceof IllegalStateException) && m.find()) {
                    index = Integer.parseInt(m.group(1)) - 1;
                    why = message.replaceAll("\\s*on line \\d+", "").strip();
                } else {
                    // The SDK's parser failed without saying where (it throws StringIndexOutOfBoundsException on a
                    // line "["): find the line by parsing ever shorter beginnings of the file.
                    index = firstFailingLine(lines, type);
                    why = "this line cannot be read as a profile, a property or a comment";
                }
                if (index < 0 || index >= lines.count()) {
                    findings.problems.add(path + ": " + message);
                    return sdkParse("", type);
                }
                String reason = path.getFileName() + " line " + (index + 1) + ": " + why;
                findings.problems.add(path + " line " + (index + 1) + ": " + why);
                lines.sectionAround(index, type)
                        .ifPresent(name ->
                                findings.broken.merge(name, "malformed line in " + reason, (a, b) -> a + "\n" + b));
                lines.blankOut(index);
            }
        }
        findings.problems.add(path + ": too many malformed lines; the file was not read");
        return sdkParse("", type);
    }

    /** The index of the first line the SDK's parser fails on, or -1 when the whole text parses. */
    private static int firstFailingLine(ProfileFileLines lines, ProfileFile.Type type) {
        int low = 1;
        int high = lines.count();
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

    private static boolean fails(ProfileFileLines lines, int count, ProfileFile.Type type) {
        try {
            sdkParse(lines.beginning(count), type);
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** The SDK's parser as it is: it throws at the first line it cannot read. */
    static ProfileFile sdkParse(String text, ProfileFile.Type type) {
        return ProfileFile.builder()
                .content(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .type(type)
                .build();
    }
}
