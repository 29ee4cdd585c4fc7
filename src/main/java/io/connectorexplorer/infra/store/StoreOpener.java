package io.connectorexplorer.infra.store;

import io.connectorexplorer.core.store.NoHistory;
import io.connectorexplorer.core.store.SnapshotStore;
import io.connectorexplorer.core.store.StoreStatus;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Opens the history file, or tells in one message why there is no history this run. */
final class StoreOpener {

    static final String FILE_NAME = "history.db";

    private static final Logger LOG = Logger.getLogger(StoreOpener.class.getName());

    /**
     * Long enough for another Connector Explorer's write to finish (milliseconds), short enough that a file held
     * locked does not stall the start of history for long.
     */
    static final Duration BUSY_TIMEOUT = Duration.ofSeconds(3);

    /** What to open and how: the file, its cap, the clock, and for tests a shorter wait and a hook before commits. */
    record Options(Path file, long capBytes, Clock clock, Duration busyTimeout, Runnable beforeCommit) {
        static Options defaults(Path file, long capBytes, Clock clock) {
            return new Options(file, capBytes, clock, BUSY_TIMEOUT, () -> {});
        }
    }

    private StoreOpener() {}

    static SnapshotStore open(Options options) {
        Path file = options.file().toAbsolutePath();
        StoreStatus.Unavailable problem = null;
        Connection writer = null;
        Connection reader = null;
        try {
            Files.createDirectories(file.getParent());
            if (!Files.isWritable(file.getParent()) || (Files.exists(file) && !Files.isWritable(file))) {
                problem = StoreFailures.readOnly(file);
            } else {
                writer = HistoryDatabase.connect(file, options.busyTimeout());
                HistoryDatabase.prepare(writer);
                reader = HistoryDatabase.connect(file, options.busyTimeout());
                // The first read: a damaged file or a lock held by another program shows here, not at the first use.
                HistoryDatabase.intPragma(reader, "user_version");
                return new SqliteSnapshotStore(
                        file, writer, reader, options.clock(), options.capBytes(), options.beforeCommit());
            }
        } catch (AccessDeniedException e) {
            problem = StoreFailures.readOnly(file);
        } catch (FileAlreadyExistsException e) {
            problem = StoreFailures.failed(file, e.getFile() + " is a file, not a folder");
        } catch (FileSystemException e) {
            problem = "Read-only file system".equals(e.getReason())
                    ? StoreFailures.readOnly(file)
                    : StoreFailures.failed(file, e);
        } catch (IOException e) {
            problem = StoreFailures.failed(file, e);
        } catch (SQLException e) {
            problem = StoreFailures.whenOpening(file, e);
        } catch (HistoryDatabase.NotOurs e) {
            problem = e.newer ? StoreFailures.newerVersion(file) : StoreFailures.damaged(file);
        } catch (LinkageError e) {
            problem = StoreFailures.noNativeLibrary(file, e);
        }
        closeQuietly(reader);
        closeQuietly(writer);
        LOG.log(Level.FINE, "History is off: {0}", problem.message());
        return new NoHistory(problem);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "History: close failed", e);
            }
        }
    }
}
