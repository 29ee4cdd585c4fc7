package io.connectorexplorer.infra.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.store.Snapshot;
import io.connectorexplorer.core.store.SnapshotInfo;
import io.connectorexplorer.core.store.SnapshotStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another JVM writes the history and is killed (SIGKILL) while it writes: the file opens, passes SQLite's integrity
 * check, and holds every snapshot committed before the kill, each document whole — and nothing of the one cut short.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class KillDuringWriteTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("history.db");
    }

    @Test
    void killedInsideATransactionLeavesExactlyTheCommittedSnapshots() throws Exception {
        int commits = 12;
        try (ChildJvm writer = ChildJvm.start("hold", file().toString(), String.valueOf(commits))) {
            writer.awaitLine("committed " + (commits - 1));
            writer.awaitLine("in transaction");

            writer.kill();
        }

        assertIntact(commits, commits);
    }

    @Test
    void killedWhileWritingAsFastAsItCanLeavesEveryCommittedSnapshot() throws Exception {
        int seen = 25;
        try (ChildJvm writer = ChildJvm.start("write", file().toString())) {
            writer.awaitLine("committed " + (seen - 1));

            // It goes on writing while the kill is on its way: the kill lands at whatever point it has reached.
            writer.kill();
        }

        assertIntact(seen, Integer.MAX_VALUE);
    }

    private void assertIntact(int atLeast, int atMost) throws Exception {
        try (Connection c = HistoryDatabase.connect(file(), Duration.ofSeconds(2));
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("ok");
        }
        try (SnapshotStore store = HistoryFiles.open(file(), Clock.systemUTC())) {
            assertThat(store.status().isReady()).isTrue();
            List<SnapshotInfo> history = store.history(HistoryChild.KEY);
            assertThat(history).hasSizeBetween(atLeast, atMost);
            // Oldest first, version by version, each document exactly as the child recorded it.
            List<SnapshotInfo> oldestFirst = new ArrayList<>(history);
            Collections.reverse(oldestFirst);
            for (int version = 0; version < oldestFirst.size(); version++) {
                Snapshot snapshot = store.read(oldestFirst.get(version)).orElseThrow();
                assertThat(JsonFormat.compact(snapshot.document()))
                        .as("version " + version)
                        .isEqualTo(JsonFormat.compact(BigDocuments.withChange(HistoryChild.PARAMETERS, version)));
            }
        }
    }
}
