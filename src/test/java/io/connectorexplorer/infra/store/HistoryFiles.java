package io.connectorexplorer.infra.store;

import io.connectorexplorer.core.store.SnapshotStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Opening stores for tests, and looking into a history file past the store: row counts, raw bytes. */
final class HistoryFiles {

    private HistoryFiles() {}

    static SnapshotStore open(Path file, Clock clock) {
        return open(file, Long.MAX_VALUE / 2, clock);
    }

    static SnapshotStore open(Path file, long capBytes, Clock clock) {
        return StoreOpener.open(new StoreOpener.Options(file, capBytes, clock, Duration.ofMillis(300), () -> {}));
    }

    static long count(Path file, String table) {
        try (Connection c = HistoryDatabase.connect(file, Duration.ofSeconds(2));
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Every content body, inflated back to the JSON text it holds. */
    static List<String> documents(Path file) {
        List<String> all = new ArrayList<>();
        try (Connection c = HistoryDatabase.connect(file, Duration.ofSeconds(2));
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT body FROM content")) {
            while (r.next()) {
                all.add(io.connectorexplorer.core.json.JsonFormat.compact(DocumentCodec.decode(r.getBytes(1))));
            }
        } catch (SQLException | DocumentCodec.DamagedBody e) {
            throw new AssertionError(e);
        }
        return all;
    }

    /** The file and its log as they are on the disk, read as Latin-1 so any byte sequence can be searched. */
    static String rawBytes(Path file) throws IOException {
        StringBuilder all = new StringBuilder();
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Path part = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(part)) {
                all.append(new String(Files.readAllBytes(part), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }
}
