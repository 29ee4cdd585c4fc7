package io.connectorexplorer.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the app writes besides its files while a test runs: every log record of the app's loggers at any level
 * (and whatever other loggers pass on), and everything printed to standard output and error, which is still
 * printed. Plus a search of text and files for given strings.
 */
final class WrittenOutput implements AutoCloseable {

    private static final long LARGEST_FILE = 20L * 1024 * 1024;

    private final Logger appLogger = Logger.getLogger("io.connectorexplorer");
    private final Logger root = Logger.getLogger("");
    private final Level appLevel = appLogger.getLevel();
    private final StringBuffer logs = new StringBuffer();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final Handler handler = new Handler() {
        private final SimpleFormatter format = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            logs.append(format.format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private WrittenOutput() {
        handler.setLevel(Level.ALL);
        appLogger.setLevel(Level.ALL);
        root.addHandler(handler);
        System.setOut(new PrintStream(new Tee(out, printed), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(err, printed), true, StandardCharsets.UTF_8));
    }

    static WrittenOutput capture() {
        return new WrittenOutput();
    }

    String logs() {
        return logs.toString();
    }

    String printed() {
        synchronized (printed) {
            return printed.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        System.setOut(out);
        System.setErr(err);
        root.removeHandler(handler);
        appLogger.setLevel(appLevel);
    }

    /** "where: needle" for each needle found in {@code text}. */
    static List<String> find(String where, String text, Collection<String> needles) {
        return needles.stream()
                .filter(text::contains)
                .map(n -> where + ": " + n)
                .toList();
    }

    /** "file: needle" for each needle found in a regular file under {@code root} (not following links). */
    static List<String> findInFiles(Path root, Collection<String> needles) {
        List<String> found = new ArrayList<>();
        for (Path file : regularFiles(root)) {
            String content = readIfPossible(file);
            found.addAll(find(file.toString(), content, needles));
        }
        return found;
    }

    static List<Path> regularFiles(Path root) {
        if (Files.isRegularFile(root, LinkOption.NOFOLLOW_LINKS)) {
            return List.of(root);
        }
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // a folder of another process that went away while walking
        }
    }

    /** The top-level names in a folder, to tell afterwards what was created since. */
    static Set<String> names(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes as Latin-1, so any file reads and ASCII needles match; unreadable or huge files read as "". */
    private static String readIfPossible(Path file) {
        try {
            if (Files.size(file) > LARGEST_FILE) {
                return "";
            }
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    private static final class Tee extends OutputStream {
        private final OutputStream original;
        private final ByteArrayOutputStream copy;

        Tee(OutputStream original, ByteArrayOutputStream copy) {
            this.original = original;
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            original.write(b);
            synchronized (copy) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            original.write(b, off, len);
            synchronized (copy) {
                copy.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            original.flush();
        }
    }
}
