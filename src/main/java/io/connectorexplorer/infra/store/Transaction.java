package io.connectorexplorer.infra.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One transaction on the writer connection: all of it is committed, or none of it. Begun with {@code BEGIN IMMEDIATE}
 * — the write lock taken up front, so two writers queue instead of deadlocking — and ended by hand, the connection
 * staying in auto-commit mode: sqlite-jdbc's own transactions begin the next one right after each commit, which can
 * wait on another instance's lock and fail after the commit succeeded, and a failed begin leaves its state wrong.
 */
final class Transaction {

    private static final Logger LOG = Logger.getLogger(Transaction.class.getName());

    interface Work<T> {
        T run() throws SQLException;
    }

    private Transaction() {}

    static <T> T run(Connection writer, Work<T> work) throws SQLException {
        return run(writer, work, () -> {});
    }

    /** {@code beforeCommit}: run with the transaction's changes made and not yet committed (tests kill there). */
    static <T> T run(Connection writer, Work<T> work, Runnable beforeCommit) throws SQLException {
        execute(writer, "BEGIN IMMEDIATE");
        try {
            T result = work.run();
            beforeCommit.run();
            execute(writer, "COMMIT");
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                execute(writer, "ROLLBACK");
            } catch (SQLException rollback) {
                // SQLite rolls some failures back itself (a full disk, say); then there is none to end.
                LOG.log(Level.FINE, "History: rollback failed", rollback);
            }
            throw e;
        }
    }

    private static void execute(Connection writer, String sql) throws SQLException {
        try (Statement s = writer.createStatement()) {
            s.execute(sql);
        }
    }
}
