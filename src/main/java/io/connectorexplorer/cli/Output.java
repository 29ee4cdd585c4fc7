package io.connectorexplorer.cli;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.files.TextFileWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/** Standard output, or a file written atomically. */
final class Output {

    private Output() {}

    static void write(Optional<String> file, String text, TextFileWriter writer, PrintStream out) {
        if (file.isEmpty()) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            writer.write(Path.of(file.get()), text);
        } catch (IOException | RuntimeException e) {
            throw ServiceCallException.localFile("Could not write " + file.get() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }
}
