package io.connectorexplorer.infra.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.sqlite.SQLiteConfig;

/**
 * The history file's connections and schema. Write-ahead-log mode: a commit is one append to the log, a kill at any
 * moment leaves the last commit readable (SQLite recovers the log at the next open), and readers — this app's own or
 * another Connector Explorer's — never wait for a writer. {@code synchronous=NORMAL} is what WAL needs to survive a
 * crash of the app; a power cut may lose the last commits, never the file.
 */
final class HistoryDatabase {

    /** The schema this build writes; a file of a higher version is a newer app's. */
    static final int SCHEMA_VERSION = 1;

    /** "CEXH" in the file's header: what tells our history from another SQLite file at the same path. */
    static final int APPLICATION_ID = 0x43455848;

    /** The file holds something else, or a schema this build does not know how to read. */
    static final class NotOurs extends Exception {
        final boolean newer;

        NotOurs(boolean newer) {
            super(newer ? "written by a newer version" : "not a Connector Explorer history", null, false, false);
            this.newer = newer;
        }
    }

    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS content (
            id INTEGER PRIMARY KEY,
            hash BLOB NOT NULL UNIQUE,
            raw_size INTEGER NOT NULL,
            body BLOB NOT NULL)""",
        // AUTOINCREMENT: an id is never given twice, so a history entry read after pruning finds nothing rather
        // than a later snapshot.
        """
        CREATE TABLE IF NOT EXISTS snapshot (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            account_id TEXT NOT NULL,
            region TEXT NOT NULL,
            kind TEXT NOT NULL,
            connector_type TEXT NOT NULL,
            connector_label TEXT NOT NULL,
            profile_name TEXT NOT NULL,
            recorded_at INTEGER NOT NULL,
            confirmed_at INTEGER NOT NULL,
            content_id INTEGER NOT NULL REFERENCES content(id))""",
        """
        CREATE INDEX IF NOT EXISTS snapshot_by_key ON snapshot (
            account_id, region, kind, connector_type, connector_label, recorded_at, id)""",
        "CREATE INDEX IF NOT EXISTS snapshot_by_content ON snapshot (content_id)"
    };

    private HistoryDatabase() {}

    /**
     * A connection to {@code file}, in auto-commit mode ({@link Transaction} begins and ends transactions by hand).
     * Waits up to {@code busyTimeout} for another process's lock.
     */
    static Connection connect(Path file, Duration busyTimeout) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        // "Forget this account" and pruning overwrite what they delete instead of leaving it in free pages.
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /**
     * Makes a new file a history, or checks that an existing one is one this build reads; either way leaves it in
     * write-ahead-log mode (kept in the file, so the reader's connection needs no say).
     */
    static void prepare(Connection writer) throws SQLException, NotOurs {
        int version = intPragma(writer, "user_version");
        if (version > SCHEMA_VERSION) {
            throw new NotOurs(true);
        }
        if (version == SCHEMA_VERSION && intPragma(writer, "application_id") != APPLICATION_ID) {
            throw new NotOurs(false);
        }
        if (version == 0 && hasTables(writer)) {
            throw new NotOurs(false);
        }
        try (Statement s = writer.createStatement()) {
            if (version == 0) {
                // Only possible before the log mode is set and the first table made: lets pruning give pages back.
                s.executeUpdate("PRAGMA auto_vacuum = INCREMENTAL");
            }
            s.executeUpdate("PRAGMA journal_mode = WAL");
        }
        if (version == 0) {
            createSchema(writer);
        }
        try (Statement s = writer.createStatement()) {
            // Which account a profile reached when last read: what an offline read of a profile looks up. Made here
            // rather than with the schema, so a history begun before it has it too.
            s.execute(PROFILE_ACCOUNT);
        }
    }

    static final String PROFILE_ACCOUNT = """
            CREATE TABLE IF NOT EXISTS profile_account (
                profile_name TEXT PRIMARY KEY,
                account_id TEXT NOT NULL,
                seen_at INTEGER NOT NULL)""";

    private static void createSchema(Connection writer) throws SQLException {
        Transaction.run(writer, () -> {
            // Another instance may have made it while this one waited for the lock.
            if (intPragma(writer, "user_version") == 0) {
                try (Statement s = writer.createStatement()) {
                    for (String statement : SCHEMA) {
                        s.execute(statement);
                    }
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                    s.execute("PRAGMA user_version = " + SCHEMA_VERSION);
                }
            }
            return null;
        });
    }

    static int intPragma(Connection connection, String name) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("PRAGMA " + name)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            return r.next() && r.getInt(1) > 0;
        }
    }
}
