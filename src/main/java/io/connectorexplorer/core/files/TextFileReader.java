package io.connectorexplorer.core.files;

import java.io.IOException;
import java.nio.file.Path;

/** Reads a whole text file (UTF-8), for documents the user points at: an exported configuration to compare. */
public interface TextFileReader {

    String read(Path file) throws IOException;
}
