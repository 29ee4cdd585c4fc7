package io.connectorexplorer.infra.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.profiles.ProfileFile;

/** What reading the config and credentials files found wrong, in the order it was found. */
final class ReadFindings {

    /** For the user, one a line: "path line N: reason", or "path: reason" for the whole file. */
    final List<String> problems = new ArrayList<>();
    /** Profiles a malformed line was found in, each with every such line's reason, a line each. */
    final Map<String, String> broken = new LinkedHashMap<>();
    /** Profiles whose section the SDK's parser skips without a word, each with the reason. */
    final Map<String, String> skipped = new LinkedHashMap<>();
    /** The names of the config file's {@code [sso-session]} sections, which the SDK's parser keeps but cannot list. */
    final List<String> ssoSessions = new ArrayList<>();

    /** The broken profiles of {@code file}, as a snapshot lists them. */
    Map<String, String> brokenProfiles(ProfileFile file) {
        Map<String, String> all = new LinkedHashMap<>(broken);
        // A skipped section is listed as a broken profile only when no other section defines that profile.
        skipped.forEach((name, reason) -> {
            if (file.profile(name).isEmpty()) {
                all.putIfAbsent(name, reason);
            }
        });
        return Map.copyOf(all);
    }
}
