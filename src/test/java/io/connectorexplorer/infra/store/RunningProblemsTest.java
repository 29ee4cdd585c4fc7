package io.connectorexplorer.infra.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.store.RecordOutcome;
import io.connectorexplorer.core.store.SnapshotStore;
import io.connectorexplorer.core.store.StoreStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems met after opening: the one call, or the rest of the run, goes without history — never an exception. */
class RunningProblemsTest {

    @TempDir
    Path folder;

    private final StepClock clock = new StepClock(Instant.parse("2026-01-05T09:00:00Z"));

    private Path file() {
        return folder.resolve("history.db");
    }

    @Test
    void aDocumentFoundDamagedTurnsHistoryOffWithTheMessage() throws Exception {
        try (SnapshotStore store = HistoryFiles.open(file(), clock)) {
            store.record(HistoryChild.KEY, "prod", BigDocuments.withChange(50, 0));
            try (Connection c = HistoryDatabase.connect(file(), Duration.ofSeconds(1));
                    Statement s = c.createStatement()) {
                s.execute("UPDATE content SET body = x'789c0000deadbeef'");
            }

            assertThat(store.latest(HistoryChild.KEY)).isEmpty();

            String message = "The history file " + file() + " is damaged, or is not a Connector Explorer history. "
                    + "Move or delete the file and history starts afresh; until then the app works without history.";
            assertThat(store.status()).isInstanceOf(StoreStatus.Unavailable.class);
            assertThat(((StoreStatus.Unavailable) store.status()).message()).isEqualTo(message);
            assertThat(store.record(HistoryChild.KEY, "prod", BigDocuments.withChange(50, 1)))
                    .isEqualTo(new RecordOutcome.NotRecorded(message));
            assertThat(store.history(HistoryChild.KEY)).isEmpty();
        }
    }

    @Test
    void aWriteThatFindsTheFileBusyIsNotRecordedAndHistoryGoesOn() throws Exception {
        try (SnapshotStore store = HistoryFiles.open(file(), clock);
                Connection other = HistoryDatabase.connect(file(), Duration.ofSeconds(1));
                Statement s = other.createStatement()) {
            store.record(HistoryChild.KEY, "prod", BigDocuments.withChange(50, 0));
            s.execute("BEGIN IMMEDIATE");
            s.execute("UPDATE snapshot SET profile_name = profile_name");

            RecordOutcome busy = store.record(HistoryChild.KEY, "prod", BigDocuments.withChange(50, 1));

            assertThat(busy)
                    .isEqualTo(new RecordOutcome.NotRecorded(
                            "History was not recorded: another Connector Explorer " + "kept " + file() + " busy."));
            assertThat(store.status().isReady()).isTrue();
            assertThat(store.latest(HistoryChild.KEY))
                    .as("readers do not wait for a writer")
                    .isPresent();

            s.execute("ROLLBACK");
            assertThat(store.record(HistoryChild.KEY, "prod", BigDocuments.withChange(50, 1)))
                    .isInstanceOf(RecordOutcome.Recorded.class);
        }
    }
}
