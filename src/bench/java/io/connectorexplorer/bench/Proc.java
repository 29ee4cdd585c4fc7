package io.connectorexplorer.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A child process started by the harness: the wall clock just before it was started (the launch every figure
 * is measured from), stdout to a file, and stderr collected line by line so timing marks can be awaited.
 */
final class Proc implements AutoCloseable {

    /** What this harness started and has not seen end: ended with the harness, even when it is interrupted. */
    private static final java.util.Set<Process> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly), "end-children"));
    }

    final Process process;
    final long launchedAtMillis;
    final long launchedNanos;
    private final List<String> stderr = new ArrayList<>();
    private final Thread reader;
    private final Path stderrFile;

    private Proc(Process process, long launchedAtMillis, long launchedNanos, Path stderrFile) {
        this.process = process;
        this.stderrFile = stderrFile;
        this.launchedAtMillis = launchedAtMillis;
        this.launchedNanos = launchedNanos;
        reader = new Thread(this::readStderr, "stderr-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** The environment of this JVM without any AWS_ variable or DISPLAY, plus {@code extra}. */
    static Map<String, String> cleanEnvironment(ProcessBuilder builder, Map<String, String> extra) {
        Map<String, String> env = builder.environment();
        env.keySet()
                .removeIf(name -> name.toUpperCase(java.util.Locale.ROOT).startsWith("AWS_") || name.equals("DISPLAY"));
        env.putAll(extra);
        return env;
    }

    static Proc start(List<String> command, Map<String, String> env, Path stdout) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        cleanEnvironment(builder, env);
        long millis = System.currentTimeMillis();
        long nanos = System.nanoTime();
        Process process = builder.start();
        track(process);
        return new Proc(process, millis, nanos, stdout.resolveSibling(stdout.getFileName() + ".stderr"));
    }

    /** Ends {@code process} when the harness ends, unless it ended first. */
    static void track(Process process) {
        LIVE.add(process);
        process.onExit().thenRun(() -> LIVE.remove(process));
    }

    private void readStderr() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (stderr) {
                    stderr.add(line);
                    stderr.notifyAll();
                }
            }
        } catch (IOException ignored) {
            // the process ended
        } finally {
            synchronized (stderr) {
                stderr.notifyAll();
            }
        }
    }

    /** The first stderr line matching, waiting up to {@code timeout}; empty when it never came or the process ended. */
    Optional<String> await(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (stderr) {
            while (true) {
                Optional<String> hit = stderr.stream().filter(wanted).findFirst();
                if (hit.isPresent()) {
                    return hit;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || !reader.isAlive()) {
                    return Optional.empty();
                }
                stderr.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
            }
        }
    }

    List<String> stderrLines() {
        synchronized (stderr) {
            return List.copyOf(stderr);
        }
    }

    String stderrTail() {
        List<String> lines = stderrLines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 12), lines.size()));
    }

    /** Waits for the exit; the elapsed milliseconds since launch, or -1 on timeout (the process is then killed). */
    double awaitExitMillis(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return (System.nanoTime() - launchedNanos) / 1e6;
    }

    /** A field of /proc/PID/status in kB, such as VmHWM or VmRSS. */
    Optional<Long> statusKb(String field) {
        // The largest over the process and those it started: java -jar runs a command in a second JVM, which does
        // the work (ClassDataRelaunch) while the first waits.
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(process.toHandle()), process.descendants())
                .map(handle -> statusKb(handle.pid(), field))
                .flatMap(Optional::stream)
                .max(Long::compare);
    }

    private static Optional<Long> statusKb(long pid, String field) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(l -> l.startsWith(field + ":"))
                    .findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Asks the process to end (SIGTERM, so shutdown hooks and an AppCDS dump run), then kills it if it lingers;
     * keeps what it printed to stderr beside its stdout, for a look afterwards.
     */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        reader.join(2000);
        try {
            Files.write(stderrFile, stderrLines(), StandardCharsets.UTF_8);
        } catch (IOException ignored) {
            // a courtesy copy
        }
    }
}
