package io.connectorexplorer.infra.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.store.RecordOutcome;
import io.connectorexplorer.core.store.Snapshot;
import io.connectorexplorer.core.store.SnapshotStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** One writer and several readers on one store at once, as the window's background threads use it. */
class ConcurrentUseTest {

    private static final int VERSIONS = 40;

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void readersSeeWholeSnapshotsThatOnlyGetNewerWhileAWriterRecords() throws Exception {
        StepClock clock = new StepClock(Instant.parse("2026-01-05T09:00:00Z"));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try (SnapshotStore store = HistoryFiles.open(folder.resolve("history.db"), clock)) {
            store.record(HistoryChild.KEY, "prod", BigDocuments.withChange(200, 0));
            AtomicBoolean writing = new AtomicBoolean(true);
            List<String> problems = new CopyOnWriteArrayList<>();
            Future<?> writer = threads.submit(() -> {
                try {
                    for (int version = 1; version < VERSIONS; version++) {
                        clock.advance(Duration.ofMinutes(1));
                        RecordOutcome outcome =
                                store.record(HistoryChild.KEY, "prod", BigDocuments.withChange(200, version));
                        if (!(outcome instanceof RecordOutcome.Recorded)) {
                            problems.add("version " + version + ": " + outcome);
                        }
                    }
                } finally {
                    writing.set(false);
                }
            });
            List<Future<Integer>> readers = List.of(
                    threads.submit(() -> read(store, writing, problems)),
                    threads.submit(() -> read(store, writing, problems)),
                    threads.submit(() -> read(store, writing, problems)));

            writer.get();
            for (Future<Integer> reader : readers) {
                assertThat(reader.get()).as("reads made").isPositive();
            }
            assertThat(problems).isEmpty();
            assertThat(store.history(HistoryChild.KEY)).hasSize(VERSIONS);
            assertThat(store.status().isReady()).isTrue();
        } finally {
            threads.shutdownNow();
        }
    }

    /** Reads the latest until the writer is done: each a whole document, never older than the one read before. */
    private static int read(SnapshotStore store, AtomicBoolean writing, List<String> problems) {
        int newestSeen = -1;
        int reads = 0;
        do {
            Optional<Snapshot> latest = store.latest(HistoryChild.KEY);
            reads++;
            if (latest.isEmpty()) {
                problems.add("a read found nothing");
                continue;
            }
            int version = versionOf(latest.get());
            if (version < newestSeen) {
                problems.add("read version " + version + " after " + newestSeen);
            }
            newestSeen = Math.max(newestSeen, version);
            store.history(HistoryChild.KEY);
        } while (writing.get());
        return reads;
    }

    /** The version BigDocuments wrote into a parameter's description; 0 when none says one. */
    private static int versionOf(Snapshot snapshot) {
        for (var parameter : snapshot.document()
                .at("/connectorConfiguration/authenticationConfig/customAuthConfigs/0/authParameters")) {
            String description = parameter.path("description").asText();
            int at = description.indexOf("(revision ");
            if (at >= 0) {
                return Integer.parseInt(description.substring(at + 10, description.length() - 1));
            }
        }
        throw new AssertionError("no revision in the document");
    }
}
