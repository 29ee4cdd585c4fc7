package io.connectorexplorer.infra.profile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The text of a config or credentials file, with what stands in the way of reading it reported as a problem. */
final class ConfigFileText {

    /** A file larger than this is not a hand-written AWS config; it is reported, not read. */
    static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private ConfigFileText() {}

    /** The file's text; empty when there is no such file or it cannot be read (then {@code problems} says why). */
    static Optional<String> read(Path path, List<String> problems) {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                problems.add(path + ": the file is larger than " + (MAX_FILE_BYTES >> 20) + " MB and was not read");
                return Optional.empty();
            }
            return Optional.of(decode(Files.readAllBytes(path), path, problems));
        } catch (IOException e) {
            problems.add(path + ": cannot be read (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    /** UTF-8 with or without a BOM; bytes that are not UTF-8 are reported and read as replacement characters. */
    private static String decode(byte[] bytes, Path path, List<String> problems) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(path + ": contains bytes that are not UTF-8; they were read as \uFFFD");
            return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        }
    }
}
