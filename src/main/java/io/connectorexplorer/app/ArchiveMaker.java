package io.connectorexplorer.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * The background JVM {@link ClassDataRelaunch} starts when {@code java -jar} has no class-data archive yet: it runs the
 * training JVM it is given, which writes the archive at exit under a name of its own, then moves it where relaunches
 * look for it — whole, or not at all — and drops the lock that kept a second maker from starting.
 *
 * <p>{@code java -cp JAR io.connectorexplorer.app.ArchiveMaker ARCHIVE COMMAND…}
 */
final class ArchiveMaker {

    private ArchiveMaker() {}

    static Path partOf(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".part");
    }

    static Path lockOf(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".lock");
    }

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        List<String> training = Arrays.asList(args).subList(1, args.length);
        try {
            Process run = new ProcessBuilder(training)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Path part = partOf(archive);
            if (run.waitFor() == 0 && Files.isRegularFile(part) && Files.size(part) > 0) {
                Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(part);
            }
        } finally {
            Files.deleteIfExists(lockOf(archive));
        }
    }
}
