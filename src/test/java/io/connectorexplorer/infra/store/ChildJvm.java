package io.connectorexplorer.infra.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@link HistoryChild} in a JVM of its own, on the test class path; its lines are read as they come. */
final class ChildJvm implements AutoCloseable {

    final Process process;
    private final BufferedReader out;
    private final List<String> seen = new ArrayList<>();

    private ChildJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildJvm start(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(HistoryChild.class.getName());
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start());
    }

    static ChildJvm start(String... args) throws IOException {
        return start(List.of(), args);
    }

    /** Reads lines until one equals {@code line}; fails with what was printed when the child ends first. */
    void awaitLine(String line) throws IOException {
        String next;
        while ((next = out.readLine()) != null) {
            seen.add(next);
            if (next.equals(line)) {
                return;
            }
        }
        throw new AssertionError("the child ended before printing '" + line + "'; it printed " + seen);
    }

    /** The next line it prints. */
    String nextLine() throws IOException {
        String next = out.readLine();
        if (next == null) {
            throw new AssertionError("the child ended without a line; it printed " + seen);
        }
        return next;
    }

    /** Closes its standard input: a child holding a lock lets go. */
    void closeInput() throws IOException {
        process.getOutputStream().close();
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
