package io.connectorexplorer.infra.files;

import io.connectorexplorer.core.files.TextFileWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes to a temporary file beside the target, forces it to disk, then moves it over the target.
 * An owner-only writer (for token caches) leaves the file readable by its owner alone; otherwise a
 * replaced file keeps its permissions and a new one gets the usual rw-r--r--.
 */
public final class AtomicTextFileWriter implements TextFileWriter {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> SHARED = PosixFilePermissions.fromString("rw-r--r--");

    private final boolean ownerOnly;

    public AtomicTextFileWriter() {
        this(false);
    }

    public AtomicTextFileWriter(boolean ownerOnly) {
        this.ownerOnly = ownerOnly;
    }

    @Override
    public void write(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("The folder " + folder + " does not exist.");
        }
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (FileChannel channel =
                    FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(StandardCharsets.UTF_8.encode(content));
                channel.force(true);
            }
            setPermissions(temp, absolute);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void setPermissions(Path temp, Path target) throws IOException {
        if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> permissions =
                ownerOnly ? OWNER_ONLY : Files.exists(target) ? Files.getPosixFilePermissions(target) : SHARED;
        Files.setPosixFilePermissions(temp, permissions);
    }
}
