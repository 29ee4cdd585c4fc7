package io.connectorexplorer.infra.profile;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Sections the SDK's parser skips without a word — a name with characters it does not accept, {@code [name]} in
 * the config file, {@code [profile name]} in the credentials file — are reported with their line, so no profile
 * disappears unexplained. A section without a name, which the SDK would keep as a profile called "", is dropped.
 */
final class SkippedSections {

    /** The SDK's rule for names; its parser skips a section named otherwise, with no error. */
    private static final Pattern SDK_NAME = Pattern.compile("[A-Za-z0-9_\\-/.%@:+]*");
    /** Sections of the config file that are neither profiles nor written with a space. */
    private static final Set<String> NOT_PROFILES = Set.of("plugins", "preview");

    private SkippedSections() {}

    static void report(ProfileFileLines lines, Path path, ProfileFile.Type type, ReadFindings findings) {
        for (int i = 0; i < lines.count(); i++) {
            String header = lines.headerText(i);
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
                findings.problems.add(path + " line " + (i + 1) + ": the section has no profile name; it was not read");
                lines.blankOut(i);
                continue;
            }
            if (reason == null && !SDK_NAME.matcher(name).matches()) {
                reason = "profile '" + name
                        + "' is not read: a profile name may only have letters, digits and - _ . / % @ : +";
            }
            if (reason != null) {
                findings.problems.add(path + " line " + (i + 1) + ": " + reason);
                findings.skipped.putIfAbsent(name, path.getFileName() + " line " + (i + 1) + ": " + reason);
            }
        }
    }
}
