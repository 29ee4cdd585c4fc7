package io.connectorexplorer.infra.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The config and credentials files, read with the SDK's own parser. A file that cannot be parsed is
 * reported with its path and left out, so the other file's profiles still work.
 */
public final class AwsConfigFiles {

    private final AwsEnvironment environment;

    public AwsConfigFiles(AwsEnvironment environment) {
        this.environment = environment;
    }

    public AwsEnvironment environment() {
        return environment;
    }

    /** A snapshot of both files as they are now. */
    public Snapshot read() {
        List<String> problems = new ArrayList<>();
        ProfileFile.Aggregator aggregator = ProfileFile.aggregator();
        boolean any = false;
        any |= add(aggregator, environment.configFile(), ProfileFile.Type.CONFIGURATION, problems);
        any |= add(aggregator, environment.credentialsFile(), ProfileFile.Type.CREDENTIALS, problems);
        ProfileFile file = any ? aggregator.build() : emptyFile();
        return new Snapshot(file, List.copyOf(problems), any);
    }

    private static boolean add(ProfileFile.Aggregator aggregator, Path path, ProfileFile.Type type, List<String> problems) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try {
            ProfileFile parsed = ProfileFile.builder().content(path).type(type).build();
            aggregator.addFile(parsed);
            return true;
        } catch (RuntimeException e) {
            problems.add(path + ": " + (e.getMessage() == null ? "cannot be read" : e.getMessage()));
            return false;
        }
    }

    private static ProfileFile emptyFile() {
        return ProfileFile.builder().content("").type(ProfileFile.Type.CONFIGURATION).build();
    }

    /** Both files as parsed at one moment. */
    public record Snapshot(ProfileFile profileFile, List<String> problems, boolean filesExist) {

        public Optional<Profile> profile(String name) {
            return profileFile.profile(name);
        }

        public Optional<Profile> section(String type, String name) {
            return profileFile.getSection(type, name);
        }
    }
}
