package io.connectorexplorer.infra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.connectorexplorer.core.store.NoHistory;
import io.connectorexplorer.core.store.RecordOutcome;
import io.connectorexplorer.core.store.SnapshotStore;
import io.connectorexplorer.core.store.StoreStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history that cannot be used gives one message — what happened, where the file is, what to do — and a store that
 * records nothing and finds nothing, never an exception.
 */
class OpeningProblemsTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("history.db");
    }

    private static String message(SnapshotStore store) {
        assertThat(store).isInstanceOf(NoHistory.class);
        return ((StoreStatus.Unavailable) store.status()).message();
    }

    private static void assertWorksWithout(SnapshotStore store) {
        RecordOutcome outcome = store.record(
                HistoryChild.KEY, "prod", JsonNodeFactory.instance.objectNode().put("a", 1));
        assertThat(outcome).isInstanceOf(RecordOutcome.NotRecorded.class);
        assertThat(store.latest(HistoryChild.KEY)).isEmpty();
    }

    private void createHistory() {
        try (SnapshotStore store = HistoryFiles.open(file(), Clock.systemUTC())) {
            store.record(HistoryChild.KEY, "prod", BigDocuments.withChange(10, 0));
        }
    }

    @Test
    void aFileOfGarbageIsDamaged() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(file(), garbage);

        try (SnapshotStore store = HistoryFiles.open(file(), Clock.systemUTC())) {
            assertThat(message(store))
                    .isEqualTo("The history file " + file() + " is damaged, or is not a Connector Explorer history. "
                            + "Move or delete the file and history starts afresh; until then the app works without "
                            + "history.");
            assertWorksWithout(store);
        }
        assertThat(Files.readAllBytes(file())).as("left as it was").isEqualTo(garbage);
    }

    @Test
    void anotherProgramsDatabaseIsNotTakenOver() throws Exception {
        try (Connection c = HistoryDatabase.connect(file(), Duration.ofSeconds(1));
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE songs (title TEXT)");
        }

        try (SnapshotStore store = HistoryFiles.open(file(), Clock.systemUTC())) {
            assertThat(message(store))
                    .isEqualTo("The history file " + file() + " is damaged, or is not a Connector Explorer history. "
                            + "Move or delete the file and history starts afresh; until then the app works without "
                            + "history.");
        }
    }

    @Test
    void aHistoryFromANewerVersionIsLeftAlone() throws Exception {
        createHistory();
        try (Connection c = HistoryDatabase.connect(file(), Duration.ofSeconds(1));
                Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 2");
        }

        try (SnapshotStore store = HistoryFiles.open(file(), Clock.systemUTC())) {
            assertThat(message(store))
                    .isEqualTo("The history file " + file() + " was written by a newer Connector Explorer. Use that "
                            + "version, or move the file away and history starts afresh; until then the app works "
                            + "without history.");
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFileAnotherProcessHoldsLockedIsInUseByAnotherConnectorExplorer() throws Exception {
        createHistory();
        try (ChildJvm other = ChildJvm.start("lock", file().toString())) {
            other.awaitLine("locked");

            try (SnapshotStore store = HistoryFiles.open(file(), Clock.systemUTC())) {
                assertThat(message(store))
                        .isEqualTo("The history file " + file() + " is in use by another Connector Explorer. Close the "
                                + "other Connector Explorer, then start this one again; until then this one keeps no "
                                + "history.");
                assertWorksWithout(store);
            }

            other.closeInput();
            assertThat(other.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (SnapshotStore store = HistoryFiles.open(file(), Clock.systemUTC())) {
            assertThat(store.status().isReady()).as("once the other lets go").isTrue();
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aReadOnlyFolderCannotKeepHistory() throws Exception {
        Path readOnly = Files.createDirectory(folder.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path inside = readOnly.resolve("history.db");
            if (Files.isWritable(readOnly)) {
                // root writes wherever permissions say not to (CI runs as root): a folder of a file system no one can
                // create files in stands in for it — sysfs, on Linux.
                Path kernel = Path.of("/sys/kernel");
                assumeFalse(!Files.isDirectory(kernel), "running as root, and no read-only file system to use");
                inside = kernel.resolve("history.db");
            }

            try (SnapshotStore store = HistoryFiles.open(inside, Clock.systemUTC())) {
                assertThat(message(store))
                        .isEqualTo("The history file " + inside + " cannot be written: the file or its folder is "
                                + "read-only. Make them writable, or set CONNECTOR_EXPLORER_HOME to a writable folder; "
                                + "until then the app works without history.");
                assertWorksWithout(store);
            }
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsSaid() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("settings"), "a file where the folder should be");

        try (SnapshotStore store = HistoryFiles.open(notAFolder.resolve("history.db"), Clock.systemUTC())) {
            assertThat(message(store))
                    .isEqualTo("The history file " + notAFolder.resolve("history.db") + " could not be opened: "
                            + notAFolder + " is a file, not a folder. Check the disk and the file's permissions; until "
                            + "then the app works without history.");
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void sqliteWithoutItsNativeLibraryMeansNoHistoryWithTheReason() throws Exception {
        // sqlite-jdbc unpacks its library to org.sqlite.tmpdir: a file there, not a folder, stops it as noexec would.
        Path notAFolder = Files.writeString(folder.resolve("tmp"), "not a folder");
        Path home = Files.createDirectory(folder.resolve("home"));
        try (ChildJvm child = ChildJvm.start(List.of("-Dorg.sqlite.tmpdir=" + notAFolder), "open", home.toString())) {
            assertThat(child.nextLine())
                    .isEqualTo("History is off: SQLite's native library did not load (No native library found for "
                            + "os.name=" + osName() + ", os.arch=" + osArch() + "). Start the app with "
                            + "-Dorg.sqlite.tmpdir=FOLDER naming a folder programs may run from (a temporary folder "
                            + "mounted noexec cannot serve); until then the app works without history.");
        }
    }

    private static String osName() {
        return org.sqlite.util.OSInfo.getOSName();
    }

    private static String osArch() {
        return org.sqlite.util.OSInfo.getArchName();
    }
}
