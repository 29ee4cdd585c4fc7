package io.connectorexplorer.core.profile;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A discovered account saved as a profile: the profile as the catalog now lists it, the file it was written to, and
 * the copy of that file as it was before (none when there was no file).
 */
public record SavedProfile(AwsProfile profile, Path configFile, Path backup) {

    public Optional<Path> backupIfAny() {
        return Optional.ofNullable(backup);
    }
}
