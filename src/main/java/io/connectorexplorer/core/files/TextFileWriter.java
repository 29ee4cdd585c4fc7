package io.connectorexplorer.core.files;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a whole text file so that readers see either the old file or the new one, never half of it. */
public interface TextFileWriter {

    void write(Path target, String content) throws IOException;
}
