package io.connectorexplorer.infra.files;

import io.connectorexplorer.core.files.TextFileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a text file as UTF-8, refusing anything over 64 MB (no exported configuration comes near it). */
public final class Utf8TextFileReader implements TextFileReader {

    private static final long MAX_BYTES = 64L * 1024 * 1024;

    @Override
    public String read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("the file is larger than 64 MB");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
