package io.connectorexplorer.infra.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.store.PruneOutcome;
import io.connectorexplorer.core.store.SnapshotInfo;
import io.connectorexplorer.core.store.SnapshotKey;
import io.connectorexplorer.core.store.SnapshotStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PruningTest {

    private static final SnapshotKey BIG =
            SnapshotKey.configuration("111122223333", "eu-west-1", ConnectorKey.custom("acme-crm"));
    private static final SnapshotKey OLD =
            SnapshotKey.configuration("111122223333", "eu-west-1", ConnectorKey.amazon("S3"));
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @TempDir
    Path folder;

    private final StepClock clock = new StepClock(T0);

    @Test
    void theOldestGoFirstAndTheLatestOfEachKeyStays() {
        try (SnapshotStore store = HistoryFiles.open(folder.resolve("history.db"), clock)) {
            // The oldest key of all, with one snapshot: the latest of its key, so never pruned.
            store.record(OLD, "prod", BigDocuments.withChange(300, 0));
            for (int version = 0; version < 20; version++) {
                clock.advance(Duration.ofDays(1));
                store.record(BIG, "prod", BigDocuments.withChange(300, version));
            }
            List<SnapshotInfo> before = store.history(BIG);
            long used = store.pruneTo(Long.MAX_VALUE).bytesBefore();

            PruneOutcome pruned = store.pruneTo(used / 2);

            assertThat(pruned.withinLimit()).isTrue();
            assertThat(pruned.bytesAfter()).isLessThanOrEqualTo(used / 2);
            assertThat(pruned.removed()).isBetween(5, 19);
            List<SnapshotInfo> after = store.history(BIG);
            // What is left is the newest ones, in one run: nothing newer went before something older.
            assertThat(after).containsExactlyElementsOf(before.subList(0, before.size() - pruned.removed()));
            assertThat(store.history(OLD)).hasSize(1);
            assertThat(store.latest(OLD)).isPresent();
        }
    }

    @Test
    void theLatestSnapshotsAloneCanBeMoreThanTheLimit() {
        try (SnapshotStore store = HistoryFiles.open(folder.resolve("history.db"), clock)) {
            store.record(OLD, "prod", BigDocuments.withChange(300, 0));
            store.record(BIG, "prod", BigDocuments.withChange(300, 1));

            PruneOutcome pruned = store.pruneTo(1024);

            assertThat(pruned.removed()).isZero();
            assertThat(pruned.withinLimit()).isFalse();
            assertThat(store.latest(OLD)).isPresent();
            assertThat(store.latest(BIG)).isPresent();
        }
    }

    @Test
    void recordingPastTheCapPrunesToUnderIt() {
        long cap = 400 * 1024;
        try (SnapshotStore store = HistoryFiles.open(folder.resolve("history.db"), cap, clock)) {
            store.record(OLD, "prod", BigDocuments.withChange(100, 0));
            for (int version = 0; version < 60; version++) {
                clock.advance(Duration.ofHours(1));
                store.record(BIG, "prod", BigDocuments.withChange(300, version));
                assertThat(store.pruneTo(Long.MAX_VALUE).bytesBefore())
                        .as("after version " + version)
                        .isLessThanOrEqualTo(cap);
            }

            assertThat(store.sizeBytes()).isLessThan(2 * cap);
            assertThat(store.history(BIG)).hasSizeBetween(2, 59);
            assertThat(store.latest(BIG).orElseThrow().info().recordedAt()).isEqualTo(clock.instant());
            assertThat(store.latest(OLD)).isPresent();
        }
    }
}
