package io.connectorexplorer.infra.diagnostics;

import io.connectorexplorer.core.diagnostics.DiagnosticLog;
import io.connectorexplorer.core.diagnostics.ServiceCallRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * The diagnostic log in the settings folder: {@value #FILE_PATTERN} (generation 0 the newest), rotated at
 * {@value #FILE_LIMIT} bytes over {@value #FILE_COUNT} files, appended to across runs (a second process running at
 * the same time writes beside it, with a number after the name). Lines are handed to one daemon thread, which opens
 * the file at the first line: the caller — the FX thread for a problem shown — never waits on the disk, and a run
 * that logs nothing creates nothing. A folder that cannot be written is said once, and the app runs without a log.
 * A handler of its own rather than a {@code java.util.logging} logger: two of these (a test's, say) never share one.
 */
public final class DiagnosticLogFile implements DiagnosticLog, AutoCloseable {

    public static final String FILE_PATTERN = "connector-explorer.%g.log";
    static final int FILE_LIMIT = 1024 * 1024;
    static final int FILE_COUNT = 3;

    private final Path folder;
    private final int limit;
    private final int count;
    private final Consumer<String> complaint;
    private final String version;
    private ExecutorService writer; // guarded by this; created at the first line
    private boolean closed; // guarded by this
    private FileHandler handler; // the writer thread's
    private volatile String failure;

    /** The log in {@code folder}; why it cannot be written goes to standard error, once. */
    public DiagnosticLogFile(Path folder) {
        this(folder, FILE_LIMIT, FILE_COUNT, System.err::println);
    }

    DiagnosticLogFile(Path folder, int limit, int count, Consumer<String> complaint) {
        this.folder = folder;
        this.limit = limit;
        this.count = count;
        this.complaint = complaint;
        String implementation = DiagnosticLogFile.class.getPackage().getImplementationVersion();
        this.version = implementation == null ? "development build" : implementation;
    }

    @Override
    public void call(ServiceCallRecord call) {
        write(call.failed() ? Level.WARNING : Level.INFO, LogLines.call(call));
    }

    @Override
    public void problem(String title, String detail, String advice) {
        write(Level.WARNING, LogLines.problem(title, detail, advice));
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** The record is made here, so it carries the time of the event, and written on the log's own thread. */
    private void write(Level level, String line) {
        LogRecord record = new LogRecord(level, line);
        synchronized (this) {
            if (closed || failure != null) {
                return;
            }
            if (writer == null) {
                writer = Executors.newSingleThreadExecutor(work -> {
                    Thread thread = new Thread(work, "diagnostic-log");
                    thread.setDaemon(true);
                    return thread;
                });
            }
            writer.execute(() -> publish(record));
        }
    }

    private void publish(LogRecord record) {
        if (handler == null && failure == null) {
            open(record);
        }
        if (handler != null) {
            handler.publish(record); // FileHandler flushes each record
        }
    }

    /** Opens the file and writes the run's first line, timed as the record that opened it. */
    private void open(LogRecord first) {
        try {
            Files.createDirectories(folder);
            // '%' is the FileHandler pattern's escape character; a folder name may hold one.
            String pattern = folder.toString().replace("%", "%%").concat("/").concat(FILE_PATTERN);
            FileHandler file = new FileHandler(pattern, limit, count, true);
            file.setEncoding(StandardCharsets.UTF_8.name());
            file.setLevel(Level.ALL);
            file.setFormatter(new LogLines());
            file.setErrorManager(new ErrorManager() {
                @Override
                public synchronized void error(String message, Exception e, int code) {
                    // A full disk, say: said once, never a stack trace on standard error.
                    giveUp(e == null ? message : e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            });
            handler = file;
            LogRecord start = new LogRecord(Level.INFO, LogLines.start(version));
            start.setInstant(first.getInstant());
            handler.publish(start);
        } catch (IOException | RuntimeException e) {
            giveUp(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private void giveUp(String why) {
        if (failure != null) {
            return;
        }
        failure = why;
        complaint.accept("connector-explorer: the diagnostic log cannot be written in " + folder + " (" + why
                + "); running without it.");
    }

    /** Waits until every line told so far is in the file (or has been given up on). */
    public void flush() {
        ExecutorService current;
        synchronized (this) {
            current = closed ? null : writer;
        }
        if (current == null) {
            return;
        }
        try {
            current.submit(() -> {}).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // nothing more to wait for
        }
    }

    /** Writes what is pending, then closes the file; lines told after this are dropped. */
    @Override
    public void close() {
        ExecutorService current;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            current = writer;
        }
        if (current == null) {
            return;
        }
        current.shutdown();
        try {
            if (current.awaitTermination(5, TimeUnit.SECONDS) && handler != null) {
                handler.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
