package io.connectorexplorer.infra.store;

import io.connectorexplorer.core.store.StoreStatus;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.NativeLibraryNotFoundException;

/**
 * What went wrong with the history file, told as the one message a user can act on. SQLite's primary result codes
 * (the low byte of sqlite-jdbc's error code) say which: damaged, locked, read-only, full, or something else.
 */
final class StoreFailures {

    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private static final String WITHOUT_HISTORY = "until then the app works without history.";

    private StoreFailures() {}

    static StoreStatus.Unavailable damaged(Path file) {
        return new StoreStatus.Unavailable(
                file,
                "The history file " + file + " is damaged, or is not a Connector Explorer history.",
                "Move or delete the file and history starts afresh; " + WITHOUT_HISTORY);
    }

    static StoreStatus.Unavailable locked(Path file) {
        return new StoreStatus.Unavailable(
                file,
                "The history file " + file + " is in use by another Connector Explorer.",
                "Close the other Connector Explorer, then start this one again; until then this one keeps no history.");
    }

    static StoreStatus.Unavailable readOnly(Path file) {
        return new StoreStatus.Unavailable(
                file,
                "The history file " + file + " cannot be written: the file or its folder is read-only.",
                "Make them writable, or set CONNECTOR_EXPLORER_HOME to a writable folder; " + WITHOUT_HISTORY);
    }

    static StoreStatus.Unavailable newerVersion(Path file) {
        return new StoreStatus.Unavailable(
                file,
                "The history file " + file + " was written by a newer Connector Explorer.",
                "Use that version, or move the file away and history starts afresh; " + WITHOUT_HISTORY);
    }

    static StoreStatus.Unavailable noNativeLibrary(Path file, Throwable error) {
        return new StoreStatus.Unavailable(
                file,
                "History is off: SQLite's native library did not load (" + nativeDetail(error) + ").",
                "Start the app with -Dorg.sqlite.tmpdir=FOLDER naming a folder programs may run from (a temporary "
                        + "folder mounted noexec cannot serve); " + WITHOUT_HISTORY);
    }

    static StoreStatus.Unavailable failed(Path file, Throwable error) {
        return failed(file, detail(error));
    }

    static StoreStatus.Unavailable failed(Path file, String detail) {
        return new StoreStatus.Unavailable(
                file,
                "The history file " + file + " could not be opened: " + detail + ".",
                "Check the disk and the file's permissions; " + WITHOUT_HISTORY);
    }

    /** Opening failed with {@code error}: the status to run with. */
    static StoreStatus.Unavailable whenOpening(Path file, SQLException error) {
        if (nativeLibraryMissing(error)) {
            return noNativeLibrary(file, error);
        }
        return lasting(file, error).orElseGet(() -> isBusy(error) ? locked(file) : failed(file, error));
    }

    /**
     * sqlite-jdbc unpacks its native library to a temporary folder and loads it from there; when that fails (a
     * folder mounted noexec, one that cannot be written) the connection fails with this somewhere in its causes.
     */
    static boolean nativeLibraryMissing(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof NativeLibraryNotFoundException || t instanceof LinkageError) {
                return true;
            }
        }
        return false;
    }

    /**
     * A failure while running that leaves the file unusable for the rest of the run (damaged, or no longer
     * writable); empty for one that concerns only the call that met it.
     */
    static Optional<StoreStatus.Unavailable> lasting(Path file, SQLException error) {
        return switch (primaryCode(error)) {
            case CORRUPT, NOTADB -> Optional.of(damaged(file));
            case READONLY, CANTOPEN -> Optional.of(readOnly(file));
            default -> Optional.empty();
        };
    }

    /** Why one write was not recorded, for a failure that is not {@link #lasting}. */
    static String notRecorded(Path file, SQLException error) {
        return switch (primaryCode(error)) {
            case FULL -> "History was not recorded: the disk holding " + file + " is full.";
            case BUSY, LOCKED -> "History was not recorded: another Connector Explorer kept " + file + " busy.";
            default -> "History was not recorded: " + detail(error) + ".";
        };
    }

    static boolean isBusy(SQLException error) {
        int code = primaryCode(error);
        return code == BUSY || code == LOCKED;
    }

    private static int primaryCode(SQLException error) {
        return error.getErrorCode() & 0xff;
    }

    /** The innermost cause's first part: "No native library found for os.name=Linux, os.arch=x86_64". */
    private static String nativeDetail(Throwable error) {
        Throwable innermost = error;
        while (innermost.getCause() != null) {
            innermost = innermost.getCause();
        }
        String detail = detail(innermost);
        int paths = detail.indexOf(", paths=");
        return paths < 0 ? detail : detail.substring(0, paths);
    }

    private static String detail(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank()
                ? error.getClass().getSimpleName()
                : message.strip().replaceAll("\\.$", "");
    }
}
