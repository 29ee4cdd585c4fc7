package io.connectorexplorer.infra.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The config and credentials files, read with the SDK's own parser but tolerant of malformed lines (see
 * {@link TolerantProfileParser}), and read again only when either file changed.
 */
public final class AwsConfigFiles {

    /** No profiles at all: what SDK clients get when they must not read the user's files (the demo). */
    public static final ProfileFile EMPTY = TolerantProfileParser.sdkParse("", ProfileFile.Type.CONFIGURATION);

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
                var attributes = Files.readAttributes(path, BasicFileAttributes.class);
                return new FileStamp(
                        attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                        attributes.size(),
                        attributes.fileKey());
            } catch (IOException e) {
                return new FileStamp(-1, -1, null);
            }
        }
    }

    private Snapshot readNow() {
        ReadFindings findings = new ReadFindings();
        ProfileFile.Aggregator aggregator = ProfileFile.aggregator();
        boolean config = add(aggregator, environment.configFile(), ProfileFile.Type.CONFIGURATION, findings);
        boolean credentials = add(aggregator, environment.credentialsFile(), ProfileFile.Type.CREDENTIALS, findings);
        ProfileFile file = config || credentials
                ? aggregator.build()
                : TolerantProfileParser.sdkParse("", ProfileFile.Type.CONFIGURATION);
        return new Snapshot(
                file,
                List.copyOf(findings.problems),
                findings.brokenProfiles(file),
                config || credentials,
                findings.ssoSessions.stream().distinct().toList());
    }

    /** Adds the file at {@code path} when it exists and can be read; false when it was not added. */
    private static boolean add(ProfileFile.Aggregator aggregator, Path path, ProfileFile.Type type, ReadFindings f) {
        Optional<String> text = ConfigFileText.read(path, f.problems);
        text.ifPresent(t -> aggregator.addFile(TolerantProfileParser.parse(t, path, type, f)));
        return text.isPresent();
    }

    /**
     * Both files as parsed at one moment, with what could not be read.
     *
     * @param ssoSessionNames the names of the config file's {@code [sso-session]} headers, in file order (a section
     *     the SDK's parser dropped is among them: ask {@link #section})
     */
    public record Snapshot(
            ProfileFile profileFile,
            List<String> problems,
            Map<String, String> brokenProfiles,
            boolean filesExist,
            List<String> ssoSessionNames) {

        /**
         * The profile of that name in the files — or, for the name of a discovered SSO account's profile, that
         * profile as a section the files would hold for it ({@link DiscoveredProfiles}), so everything that resolves
         * a profile by name (credentials, endpoints, sign-in) resolves it too.
         */
        public Optional<Profile> profile(String name) {
            return profileFile.profile(name).or(() -> DiscoveredProfiles.resolve(name, this));
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
