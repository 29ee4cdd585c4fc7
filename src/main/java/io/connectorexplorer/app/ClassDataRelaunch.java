package io.connectorexplorer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code java -jar connector-explorer.jar SUBCOMMAND …}: the command line started in a second JVM that maps a
 * class-data archive kept beside the jar, made by the first such run — half the time of a plain start, which loads and
 * verifies some 5,000 classes from the jars every time. The installed app does not come here (its start script names
 * an AOT cache made at build time), nor the window, nor a JVM given class-data options of its own.
 *
 * <p>The archive is named after the jar's size and time and the JVM's version, so a rebuilt jar or another JDK makes a
 * new one; on JDK 19+ the JVM keeps it up to date itself ({@code -XX:+AutoCreateSharedArchive}), on 17 the first run
 * writes it at exit ({@code -XX:ArchiveClassesAtExit}). Where the jar's folder cannot be written, or {@code
 * CONNECTOR_EXPLORER_NO_RELAUNCH} is set, the command runs here as before. The second JVM shares the terminal
 * (standard streams, Ctrl+C) and its exit status is this one's.
 *
 * <p>Judged worth its cost: about 60 ms for the first JVM (it loads only this class and {@code ProcessBuilder}) against
 * ~0.3 s saved on every describe; without it {@code java -jar} stays at twice the AWS CLI's time.
 */
final class ClassDataRelaunch {

    static final String MARKER = "connector-explorer.relaunched";

    private ClassDataRelaunch() {}

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
        Optional<List<String>> command = relaunch(args);
        if (command.isEmpty()) {
            return;
        }
        try {
            Process child = new ProcessBuilder(command.get()).inheritIO().start();
            System.exit(waitFor(child));
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

    /** The second JVM's command line, when this JVM was started as {@code java [options] -jar JAR args}. */
    static Optional<List<String>> relaunch(String[] args) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<String> java = info.command();
        Optional<String[]> started = info.arguments();
        if (java.isEmpty() || started.isEmpty()) {
            return Optional.empty();
        }
        return relaunch(
                java.get(), List.of(started.get()), args, Runtime.version().feature());
    }

    /** As {@link #relaunch(String[])}, from what the JVM was started with: testable without starting one. */
    static Optional<List<String>> relaunch(String java, List<String> started, String[] args, int jdk) {
        int jarAt = started.indexOf("-jar");
        if (jarAt < 0 || jarAt + 1 >= started.size()) {
            return Optional.empty();
        }
        List<String> options = started.subList(0, jarAt);
        if (options.stream()
                .anyMatch(o -> o.startsWith("-XX:SharedArchiveFile")
                        || o.startsWith("-XX:ArchiveClassesAtExit")
                        || o.startsWith("-XX:AOT")
                        || o.startsWith("-Xshare"))) {
            return Optional.empty();
        }
        Path jar = Path.of(started.get(jarAt + 1)).toAbsolutePath();
        Optional<Path> archive = archiveFor(jar, jdk);
        if (archive.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options);
        // As the installers start a command line: C1 only, the serial collector (a short run wants neither C2 nor G1).
        command.addAll(
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        if (jdk >= 19) {
            command.addAll(List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive.get()));
        } else if (Files.isRegularFile(archive.get())) {
            command.add("-XX:SharedArchiveFile=" + archive.get());
        } else {
            command.add("-XX:ArchiveClassesAtExit=" + archive.get());
        }
        command.add("-D" + MARKER + "=true");
        // The archive holds the classes the read-ahead thread would load: it would only compete for the CPU (~6 %).
        command.add("-Dconnector-explorer.readAhead=false");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** The archives this JDK made for jars built before this one: a rebuilt jar makes them useless. */
    private static void forgetEarlier(Path folder, String jdkPart) {
        try (var earlier = Files.newDirectoryStream(folder, "connector-explorer-*" + jdkPart)) {
            for (Path old : earlier) {
                Files.deleteIfExists(old);
            }
        } catch (IOException | RuntimeException e) {
            // Only disk space: the new archive is made all the same.
        }
    }

    /** {@code connector-explorer-<jar size>-<jar time>-jdk<version>.jsa} beside the jar, when that folder is writable. */
    private static Optional<Path> archiveFor(Path jar, int jdk) {
        try {
            Path folder = jar.getParent();
            if (folder == null || !Files.isRegularFile(jar) || !Files.isWritable(folder)) {
                return Optional.empty();
            }
            String jdkPart = "-jdk" + Runtime.version().toString().replaceAll("[^A-Za-z0-9.+-]", "_") + ".jsa";
            String name = "connector-explorer-" + Files.size(jar) + "-"
                    + Files.getLastModifiedTime(jar).toMillis() + jdkPart;
            Path archive = folder.resolve(name);
            if (!Files.exists(archive)) {
                forgetEarlier(folder, jdkPart);
            }
            return Optional.of(archive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
