package io.connectorexplorer.app;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code java -jar connector-explorer.jar SUBCOMMAND …}: the command line started in a second JVM that maps a
 * class-data archive kept beside the jar — half the time of a plain start, which loads and verifies some 5,000 classes
 * from the jars every time. The installed app does not come here (its start script names an AOT cache made at build
 * time), nor the window, nor a JVM given class-data options of its own.
 *
 * <p>The archive is made once per jar and JDK, in the background, by a JVM that runs the command line's training
 * ({@link CommandLineTraining}: the commands scripts run most) and lists the classes it loaded ({@code
 * -XX:DumpLoadedClassList}), and a second that dumps them into a static archive ({@code -Xshare:dump});
 * {@link ArchiveMaker} then puts it in place. Made from whatever command ran first, it
 * would hold only that command's classes — from {@code --version}, almost none. Until it is there, commands run in
 * the first JVM as before. The archive is named after the jar's size and time and the JDK's version; one made for an
 * earlier jar by the same JDK is removed. Where the jar's folder cannot be written, or {@code
 * CONNECTOR_EXPLORER_NO_RELAUNCH} is set, nothing of this happens. The second JVM shares the terminal (standard
 * streams, Ctrl+C) and its exit status is this one's.
 *
 * <p>Judged worth its cost: about 60 ms for the first JVM (it loads only this class and {@code ProcessBuilder}) against
 * ~0.5 s saved on every describe; without it {@code java -jar} stays at two and a half times the AWS CLI's time. The
 * first JVM's path has no string concatenation with {@code +}, lambda, stream or regular expression: in a JVM that
 * has run nothing yet, the first of each sets up method handles, tens of milliseconds all told.
 */
final class ClassDataRelaunch {

    static final String MARKER = "connector-explorer.relaunched";
    private static final String RELAUNCHED = "-D" + MARKER + "=true";

    /** A lock older than this is a maker that died: another may start. */
    private static final Duration MAKING_AT_MOST = Duration.ofMinutes(5);

    private ClassDataRelaunch() {}

    /** What to do with a command started from the jar. */
    sealed interface Plan {
        /** Run it in a JVM with the archive: {@code command}. */
        record Relaunch(List<String> command) implements Plan {}

        /** Run it here, and make the archive in the background with {@code maker}. */
        record MakeArchive(List<String> maker) implements Plan {}
    }

    /** Runs the command in a JVM with the archive and exits with its status; returns when that is not for here. */
    static void ifUseful(String[] args) {
        if (Boolean.getBoolean(MARKER) || System.getenv("CONNECTOR_EXPLORER_NO_RELAUNCH") != null) {
            return;
        }
        // The JVM names what it was started with: a class (the installed app's start, a test) rather than a jar
        // says no before anything is asked of the operating system.
        String started = System.getProperty("sun.java.command", "");
        int space = started.indexOf(' ');
        if (!(space < 0 ? started : started.substring(0, space)).endsWith(".jar")) {
            return;
        }
        try {
            Optional<Plan> plan = plan(args);
            if (plan.isPresent() && plan.get() instanceof Plan.Relaunch relaunch) {
                Process child =
                        new ProcessBuilder(relaunch.command()).inheritIO().start();
                System.exit(waitFor(child));
            } else if (plan.isPresent() && plan.get() instanceof Plan.MakeArchive make) {
                // Not waited for, and nothing of it reaches the terminal: the command runs here meanwhile.
                new ProcessBuilder(make.maker())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
            }
        } catch (IOException | RuntimeException e) {
            // Could not start a JVM: run the command here, as before.
        }
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // Not ours to give up on: the child has the terminal, and Ctrl+C reaches it as well.
            }
        }
    }

    /** The plan for this JVM, when it was started as {@code java [options] -jar JAR args}. */
    static Optional<Plan> plan(String[] args) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<String> java = info.command();
        Optional<String[]> started = info.arguments();
        if (java.isEmpty() || started.isEmpty()) {
            return Optional.empty();
        }
        return plan(java.get(), List.of(started.get()), args);
    }

    /** As {@link #plan(String[])}, from what the JVM was started with: testable without starting one. */
    static Optional<Plan> plan(String java, List<String> started, String[] args) {
        int jarAt = started.indexOf("-jar");
        if (jarAt < 0 || jarAt + 1 >= started.size()) {
            return Optional.empty();
        }
        List<String> options = started.subList(0, jarAt);
        for (String option : options) {
            if (option.startsWith("-XX:SharedArchiveFile")
                    || option.startsWith("-XX:ArchiveClassesAtExit")
                    || option.startsWith("-XX:AOT")
                    || option.startsWith("-Xshare")) {
                return Optional.empty();
            }
        }
        Path jar = Path.of(started.get(jarAt + 1)).toAbsolutePath();
        Optional<Path> found = archiveFor(jar);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Path archive = found.get();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(defaultsBeside(options));
        command.addAll(options);
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=".concat(archive.toString()));
            command.add(RELAUNCHED);
            // The archive holds the classes the read-ahead thread would load: it would only compete for the CPU.
            command.add("-Dconnector-explorer.readAhead=false");
            command.add("-jar");
            command.add(jar.toString());
            command.addAll(List.of(args));
            return Optional.of(new Plan.Relaunch(command));
        }
        if (!claim(ArchiveMaker.lockOf(archive))) {
            return Optional.empty();
        }
        forgetEarlier(archive);
        Path classes = ArchiveMaker.classesOf(archive);
        command.add("-XX:DumpLoadedClassList=" + classes);
        command.add(RELAUNCHED);
        command.add("-Dconnector-explorer.training=cli");
        command.add("-jar");
        command.add(jar.toString());
        // A static archive of the classes the training loaded, rather than the dynamic one -XX:ArchiveClassesAtExit
        // writes on top of the JDK's: it also holds the lambda forms those classes use, which a relaunch otherwise
        // makes anew (a describe ~8 % faster). The collector as the relaunch has it: the archive must fit.
        List<String> dump = List.of(
                java,
                "-Xshare:dump",
                "-XX:+UseSerialGC",
                "-XX:SharedClassListFile=" + classes,
                "-XX:SharedArchiveFile=" + ArchiveMaker.partOf(archive),
                "-cp",
                jar.toString());
        List<String> maker =
                new ArrayList<>(List.of(java, "-cp", jar.toString(), ArchiveMaker.class.getName(), archive.toString()));
        maker.addAll(command);
        maker.add(ArchiveMaker.THEN);
        maker.addAll(dump);
        return Optional.of(new Plan.MakeArchive(maker));
    }

    /**
     * The JVM options the installers start a command line with — C1 only, the serial collector, a first heap that
     * grows and shrinks with use (a short run wants neither C2 nor G1; 64 MB, half the window's: a command builds no
     * form or table, and its heap stays small) — less those the user's own {@code options}
     * decide: they come after these, so theirs win, but the JVM refuses two collectors, and heap sizes of theirs may
     * not fit ours.
     */
    static List<String> defaultsBeside(List<String> options) {
        boolean collector = false;
        boolean heap = false;
        for (String option : options) {
            collector |= option.startsWith("-XX:+Use") && option.endsWith("GC") || option.equals("-XX:-UseSerialGC");
            heap |= option.startsWith("-Xm")
                    || option.contains("HeapFreeRatio")
                    || option.contains("HeapSize")
                    || option.contains("RAMPercentage");
        }
        List<String> defaults = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1"));
        if (!collector) {
            defaults.add("-XX:+UseSerialGC");
        }
        if (!heap) {
            defaults.addAll(List.of("-Xms64m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30"));
        }
        defaults.addAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        return defaults;
    }

    /** Takes the lock that says an archive is being made; false when another maker has it (and is not stale). */
    private static boolean claim(Path lock) {
        try {
            Files.createFile(lock);
            return true;
        } catch (FileAlreadyExistsException e) {
            try {
                Instant since = Files.getLastModifiedTime(lock).toInstant();
                if (since.isBefore(Instant.now().minus(MAKING_AT_MOST))) {
                    Files.setLastModifiedTime(lock, java.nio.file.attribute.FileTime.from(Instant.now()));
                    return true;
                }
            } catch (IOException | RuntimeException stale) {
                return false;
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The archives this JDK made for jars built before this one: a rebuilt jar makes them useless. */
    private static void forgetEarlier(Path archive) {
        String name = archive.getFileName().toString();
        String jdkPart = name.substring(name.indexOf("-jdk"));
        try (var earlier = Files.newDirectoryStream(archive.getParent(), "connector-explorer-*" + jdkPart)) {
            for (Path old : earlier) {
                if (!old.equals(archive)) {
                    Files.deleteIfExists(old);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only disk space: the new archive is made all the same.
        }
    }

    /** {@code connector-explorer-<jar size>-<jar time>-jdk<version>.jsa} beside the jar, when that folder is writable. */
    private static Optional<Path> archiveFor(Path jar) {
        try {
            Path folder = jar.getParent();
            if (folder == null || !Files.isRegularFile(jar) || !Files.isWritable(folder)) {
                return Optional.empty();
            }
            StringBuilder name = new StringBuilder("connector-explorer-")
                    .append(Files.size(jar))
                    .append('-')
                    .append(Files.getLastModifiedTime(jar).toMillis())
                    .append("-jdk");
            // The version the JVM was started as (what Runtime.version() parses), without its stream and lambdas.
            for (char c : System.getProperty("java.runtime.version", "unknown").toCharArray()) {
                name.append(Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '+' || c == '-' ? c : '_');
            }
            return Optional.of(folder.resolve(name.append(".jsa").toString()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
