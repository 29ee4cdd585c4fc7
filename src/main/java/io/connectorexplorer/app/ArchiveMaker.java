package io.connectorexplorer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The background JVM {@link ClassDataRelaunch} starts when {@code java -jar} has no class-data archive yet: it runs the
 * commands it is given one after the other — the training JVM, which lists the classes it loads, then the JVM that
 * dumps them into the archive under a name of its own — and, when both succeed, moves the archive where relaunches
 * look for it — whole, or not at all — then drops the class list and the lock that kept a second maker from starting.
 *
 * <p>{@code java -cp JAR io.connectorexplorer.app.ArchiveMaker ARCHIVE COMMAND… --then COMMAND…}
 */
final class ArchiveMaker {

    /** Between two commands in the arguments. */
    static final String THEN = "--then";

    private ArchiveMaker() {}

    static Path partOf(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".part");
    }

    static Path lockOf(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".lock");
    }

    /** The training's list of the classes it loaded, from which the archive is dumped. */
    static Path classesOf(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".classes");
    }

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        Path part = partOf(archive);
        try {
            if (ranAll(commands(Arrays.asList(args).subList(1, args.length)))
                    && Files.isRegularFile(part)
                    && Files.size(part) > 0) {
                Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
            Files.deleteIfExists(classesOf(archive));
            Files.deleteIfExists(lockOf(archive));
        }
    }

    private static List<List<String>> commands(List<String> words) {
        List<List<String>> commands = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= words.size(); i++) {
            if (i == words.size() || words.get(i).equals(THEN)) {
                commands.add(words.subList(from, i));
                from = i + 1;
            }
        }
        return commands;
    }

    /** Each in turn, its output discarded; false at the first that fails. */
    private static boolean ranAll(List<List<String>> commands) throws IOException, InterruptedException {
        for (List<String> command : commands) {
            Process run = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (run.waitFor() != 0) {
                return false;
            }
        }
        return true;
    }
}
