package io.connectorexplorer.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The diagnostic log as a test reads it: the text of every log file in the folder, oldest generation first. */
public final class DiagnosticLogs {

    private DiagnosticLogs() {}

    /** "" when the folder or the files do not exist. */
    public static String read(Path folder) {
        if (!Files.isDirectory(folder)) {
            return "";
        }
        try (Stream<Path> files = Files.list(folder)) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(
                            f -> f.getFileName().toString().matches("connector-explorer\\.\\d+\\.log(\\.\\d+)?"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString())
                            .reversed())
                    .toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8));
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of {@code text} that tell a call ({@code call ...}) of {@code operation}. */
    public static Stream<String> calls(String text, String operation) {
        return text.lines().filter(line -> line.contains(" call ") && line.contains(" " + operation + " "));
    }
}
