package io.connectorexplorer.infra.profile;

import java.util.Arrays;
import java.util.Optional;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * A config or credentials file's text as lines, repaired in place: a line that cannot be read is blanked rather
 * than removed, so every line after it keeps the number the user sees in an editor and the SDK reports.
 */
final class ProfileFileLines {

    private final String[] lines;

    ProfileFileLines(String text) {
        lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            // Files joined with cat carry the second one's byte order mark into a line: it is not content.
            if (lines[i].startsWith("\uFEFF")) {
                lines[i] = lines[i].substring(1);
            }
        }
    }

    int count() {
        return lines.length;
    }

    /** All the lines, as the text to parse. */
    String text() {
        return String.join("\n", lines);
    }

    /** The first {@code count} lines, as the text to parse. */
    String beginning(int count) {
        return String.join("\n", Arrays.asList(lines).subList(0, count));
    }

    /** A bad header takes its whole section with it; a bad property line only itself. */
    void blankOut(int index) {
        boolean header = lines[index].strip().startsWith("[");
        lines[index] = "";
        if (header) {
            for (int i = index + 1; i < lines.length && !lines[i].strip().startsWith("["); i++) {
                lines[i] = "";
            }
        }
    }

    /** What stands between the brackets of a section line, as the SDK reads it, or null for any other line. */
    String headerText(int index) {
        String line = lines[index];
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

    /** The names of the sections of one type ({@code [sso-session corp]}: "corp"), in the order they stand. */
    java.util.List<String> sectionNames(String sectionType) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String header = headerText(i);
            if (header != null
                    && header.length() > sectionType.length()
                    && header.startsWith(sectionType)
                    && Character.isWhitespace(header.charAt(sectionType.length()))) {
                names.add(header.substring(sectionType.length()).strip());
            }
        }
        return names;
    }

    /** The profile a line belongs to: its own header's name, or the nearest header above it. */
    Optional<String> sectionAround(int index, ProfileFile.Type type) {
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
}
