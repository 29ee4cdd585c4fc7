package io.connectorexplorer.infra.files;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicTextFileWriterTest {

    @TempDir
    Path folder;

    private final AtomicTextFileWriter writer = new AtomicTextFileWriter();

    @Test
    void writesANewFileAsUtf8() throws IOException {
        Path target = folder.resolve("export.json");

        writer.write(target, "{\"name\": \"Zoë ✓ 🚀\"}\n");

        assertThat(Files.readAllBytes(target)).isEqualTo("{\"name\": \"Zoë ✓ 🚀\"}\n".getBytes(UTF_8));
    }

    @Test
    void replacesTheWholeContentOfAnExistingFile() throws IOException {
        Path target = folder.resolve("export.json");
        Files.writeString(target, "a much longer old content that must not shine through");

        writer.write(target, "short");

        assertThat(Files.readString(target)).isEqualTo("short");
    }

    @Test
    void aNewExportIsReadableByOthersAsUsualButATokenFileIsOwnerOnly() throws IOException {
        Path export = folder.resolve("export.json");
        Path token = folder.resolve("token.json");

        writer.write(export, "{}");
        new AtomicTextFileWriter(true).write(token, "{}");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(export)))
                .isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(token)))
                .isEqualTo("rw-------");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path target = folder.resolve("shared.json");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));

        writer.write(target, "new");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-rw-r--");
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        Path target = folder.resolve("settings.properties");

        writer.write(target, "one");
        writer.write(target, "two");

        assertThat(list(folder)).containsExactly(target);
    }

    @Test
    void aMissingFolderFailsNamingTheFolderAndTouchesNothing() throws IOException {
        Path existing = folder.resolve("export.json");
        Files.writeString(existing, "old");
        Path missing = folder.resolve("no-such-folder");

        IOException failure =
                catchThrowableOfType(IOException.class, () -> writer.write(missing.resolve("export.json"), "new"));

        assertThat(failure).hasMessageContaining(missing.toString());
        assertThat(missing).doesNotExist();
        assertThat(Files.readString(existing)).isEqualTo("old");
        assertThat(list(folder)).containsExactly(existing);
    }

    @Test
    void aFailedReplaceLeavesTheOldContentAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("export.json");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep.txt"), "old");

        assertThatExceptionOfType(IOException.class).isThrownBy(() -> writer.write(target, "new"));

        assertThat(target).isDirectory();
        assertThat(Files.readString(target.resolve("keep.txt"))).isEqualTo("old");
        assertThat(list(folder)).containsExactly(target);
    }

    private static java.util.List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
