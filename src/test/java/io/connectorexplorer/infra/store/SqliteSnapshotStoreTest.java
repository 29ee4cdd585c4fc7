package io.connectorexplorer.infra.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.store.RecordOutcome;
import io.connectorexplorer.core.store.Snapshot;
import io.connectorexplorer.core.store.SnapshotInfo;
import io.connectorexplorer.core.store.SnapshotKey;
import io.connectorexplorer.core.store.SnapshotStore;
import io.connectorexplorer.core.store.StoreStatus;
import io.connectorexplorer.testsupport.JsonTrees;
import io.connectorexplorer.testsupport.MemorySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSnapshotStoreTest {

    static final String ACCOUNT = "111122223333";
    static final String REGION = "eu-west-1";
    static final ConnectorKey ACME = ConnectorKey.custom("acme-crm");
    static final SnapshotKey ACME_CONFIG = SnapshotKey.configuration(ACCOUNT, REGION, ACME);
    static final SnapshotKey LIST = SnapshotKey.connectorList(ACCOUNT, REGION);
    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    /**
     * A DescribeConnector response as the app writes it (JsonFormat): members in the service's order (not sorted),
     * an exact decimal, a member newer than the SDK.
     */
    static final String ACME_V1 = "{\"connectorConfiguration\":{\"connectorType\":\"CustomConnector\","
            + "\"connectorLabel\":\"acme-crm\",\"canUseAsSource\":true,\"registeredAt\":1700000000.1230,"
            + "\"aMemberNewerThanTheSdk\":{\"z\":1,\"a\":[3,1,2]},\"connectorVersion\":\"1.0\"}}";

    static final String ACME_V2 = ACME_V1.replace("\"1.0\"", "\"1.1\"");

    @TempDir
    Path folder;

    private final StepClock clock = new StepClock(T0);
    private SnapshotStore store;

    private Path file() {
        return folder.resolve("history.db");
    }

    private SnapshotStore store() {
        if (store == null) {
            store = HistoryFiles.open(file(), clock);
        }
        return store;
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private RecordOutcome record(SnapshotKey key, String json) {
        return store().record(key, "prod", JsonTrees.parse(json));
    }

    @Test
    void opensBesideTheSettingsAndIsReady() {
        try (SnapshotStore opened = SqliteSnapshotStore.open(folder, new MemorySettings(), clock)) {
            assertThat(opened.status()).isEqualTo(new StoreStatus.Ready(folder.resolve("history.db")));
            assertThat(opened.capBytes()).isEqualTo(100L * 1024 * 1024);
            assertThat(folder.resolve("history.db")).isRegularFile();
        }
    }

    @Test
    void aDocumentComesBackAsItCameWithItsKeyProfileAndTime() {
        RecordOutcome outcome = record(ACME_CONFIG, ACME_V1);

        assertThat(outcome).isInstanceOf(RecordOutcome.Recorded.class);
        Snapshot latest = store().latest(ACME_CONFIG).orElseThrow();
        // Compared as text: member order and the decimal's digits are kept, not only equal trees.
        assertThat(JsonFormat.compact(latest.document())).isEqualTo(ACME_V1);
        assertThat(latest.info().key()).isEqualTo(ACME_CONFIG);
        assertThat(latest.info().profileName()).isEqualTo("prod");
        assertThat(latest.info().recordedAt()).isEqualTo(T0);
        assertThat(latest.info().confirmedAt()).isEqualTo(T0);
        assertThat(latest.info().documentBytes()).isEqualTo(ACME_V1.length());
        assertThat(((RecordOutcome.Recorded) outcome).snapshot()).isEqualTo(latest.info());
        assertThat(((RecordOutcome.Recorded) outcome).previous()).isEmpty();
    }

    @Test
    void theSameDocumentAgainIsStoredOnceAndConfirmsTheLatestSnapshot() {
        record(ACME_CONFIG, ACME_V1);
        clock.advance(Duration.ofDays(1));

        RecordOutcome again = record(ACME_CONFIG, ACME_V1);

        assertThat(again).isInstanceOf(RecordOutcome.Confirmed.class);
        assertThat(HistoryFiles.count(file(), "content")).isEqualTo(1);
        assertThat(HistoryFiles.count(file(), "snapshot")).isEqualTo(1);
        SnapshotInfo info = store().latest(ACME_CONFIG).orElseThrow().info();
        assertThat(info.recordedAt()).isEqualTo(T0);
        assertThat(info.confirmedAt()).isEqualTo(T0.plus(Duration.ofDays(1)));
        assertThat(((RecordOutcome.Confirmed) again).snapshot()).isEqualTo(info);
    }

    @Test
    void membersInAnotherOrderAreTheSameContentAndTheFirstOrderIsKept() {
        record(ACME_CONFIG, ACME_V1);
        JsonNode reordered = JsonTrees.parse("{\"connectorConfiguration\":{\"connectorVersion\":\"1.0\","
                + "\"aMemberNewerThanTheSdk\":{\"a\":[3,1,2],\"z\":1},\"registeredAt\":1700000000.1230,"
                + "\"canUseAsSource\":true,\"connectorLabel\":\"acme-crm\",\"connectorType\":\"CustomConnector\"}}");
        clock.advance(Duration.ofHours(1));

        RecordOutcome outcome = store().record(ACME_CONFIG, "prod", reordered);

        assertThat(outcome).isInstanceOf(RecordOutcome.Confirmed.class);
        assertThat(HistoryFiles.count(file(), "snapshot")).isEqualTo(1);
        assertThat(JsonFormat.compact(store().latest(ACME_CONFIG).orElseThrow().document()))
                .isEqualTo(ACME_V1);
    }

    @Test
    void anArrayInAnotherOrderIsAChange() {
        record(ACME_CONFIG, ACME_V1);

        assertThat(record(ACME_CONFIG, ACME_V1.replace("[3,1,2]", "[1,2,3]")))
                .isInstanceOf(RecordOutcome.Recorded.class);
    }

    @Test
    void aChangeAddsASnapshotAndContentSeenBeforeIsNotStoredAgain() {
        record(ACME_CONFIG, ACME_V1);
        clock.advance(Duration.ofDays(1));
        RecordOutcome changed = record(ACME_CONFIG, ACME_V2);
        clock.advance(Duration.ofDays(1));
        record(ACME_CONFIG, ACME_V1);
        // The same document under another key (another account) points at the same content too.
        store().record(SnapshotKey.configuration("444455556666", REGION, ACME), "staging", JsonTrees.parse(ACME_V1));

        assertThat(changed).isInstanceOf(RecordOutcome.Recorded.class);
        assertThat(((RecordOutcome.Recorded) changed).previous().orElseThrow().recordedAt())
                .isEqualTo(T0);
        assertThat(HistoryFiles.count(file(), "snapshot")).isEqualTo(4);
        assertThat(HistoryFiles.count(file(), "content")).isEqualTo(2);
        assertThat(store().history(ACME_CONFIG))
                .extracting(SnapshotInfo::recordedAt)
                .containsExactly(T0.plus(Duration.ofDays(2)), T0.plus(Duration.ofDays(1)), T0);
    }

    @Test
    void asOfPicksTheNewestSnapshotRecordedAtOrBeforeTheTime() {
        record(ACME_CONFIG, ACME_V1);
        clock.advance(Duration.ofDays(2));
        record(ACME_CONFIG, ACME_V2);

        assertThat(store().asOf(ACME_CONFIG, T0.minusMillis(1))).isEmpty();
        assertThat(versionAsOf(T0)).isEqualTo("1.0");
        assertThat(versionAsOf(T0.plus(Duration.ofDays(2)).minusMillis(1))).isEqualTo("1.0");
        assertThat(versionAsOf(T0.plus(Duration.ofDays(2)))).isEqualTo("1.1");
        assertThat(versionAsOf(T0.plus(Duration.ofDays(300)))).isEqualTo("1.1");
    }

    private String versionAsOf(Instant time) {
        return store().asOf(ACME_CONFIG, time)
                .orElseThrow()
                .document()
                .at("/connectorConfiguration/connectorVersion")
                .asText();
    }

    @Test
    void previousIsWhatTheContentWasBeforeItLastChanged() {
        record(ACME_CONFIG, ACME_V1);
        assertThat(store().previous(ACME_CONFIG)).isEmpty();

        clock.advance(Duration.ofDays(1));
        record(ACME_CONFIG, ACME_V2);
        clock.advance(Duration.ofDays(1));
        record(ACME_CONFIG, ACME_V2);

        Snapshot previous = store().previous(ACME_CONFIG).orElseThrow();
        assertThat(JsonFormat.compact(previous.document())).isEqualTo(ACME_V1);
        assertThat(previous.info().recordedAt()).isEqualTo(T0);
    }

    @Test
    void keysAndEntriesOfAHistoryCanBeReadBack() {
        record(LIST, "{\"describeConnectors\":{},\"listConnectors\":{}}");
        record(ACME_CONFIG, ACME_V1);
        record(
                SnapshotKey.configuration(ACCOUNT, REGION, ConnectorKey.amazon("S3")),
                "{\"connectorConfiguration\":{}}");
        record(SnapshotKey.connectorList(ACCOUNT, "us-east-1"), "{}");
        clock.advance(Duration.ofMinutes(5));
        record(ACME_CONFIG, ACME_V2);

        assertThat(store().keys(ACCOUNT, REGION))
                .containsExactly(
                        LIST, ACME_CONFIG, SnapshotKey.configuration(ACCOUNT, REGION, ConnectorKey.amazon("S3")));
        List<SnapshotInfo> history = store().history(ACME_CONFIG);
        assertThat(JsonFormat.compact(store().read(history.get(1)).orElseThrow().document()))
                .isEqualTo(ACME_V1);
        SnapshotInfo ofAnotherKey = new SnapshotInfo(history.get(1).id(), LIST, "prod", T0, T0, 0);
        assertThat(store().read(ofAnotherKey)).isEmpty();
    }

    @Test
    void aClockThatStepsBackNeverPutsANewSnapshotBeforeTheOneItFollows() {
        record(ACME_CONFIG, ACME_V1);
        clock.advance(Duration.ofHours(2));
        record(ACME_CONFIG, ACME_V1);
        clock.set(T0.minus(Duration.ofHours(1)));

        record(ACME_CONFIG, ACME_V2);

        Snapshot latest = store().latest(ACME_CONFIG).orElseThrow();
        assertThat(latest.document()
                        .at("/connectorConfiguration/connectorVersion")
                        .asText())
                .isEqualTo("1.1");
        assertThat(latest.info().recordedAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
    }

    @Test
    void forgettingAnAccountRemovesItsSnapshotsAndContentAndLeavesOthers() throws Exception {
        String forgotten = "999988887777";
        store().record(SnapshotKey.connectorList(forgotten, REGION), "p", JsonTrees.parse("{\"only\":\"forgotten\"}"));
        store().record(SnapshotKey.configuration(forgotten, "us-east-1", ACME), "p", JsonTrees.parse(ACME_V2));
        record(ACME_CONFIG, ACME_V2); // shared content: kept for the other account
        record(LIST, "{\"kept\":true}");

        int removed = store().forgetAccount(forgotten);

        assertThat(removed).isEqualTo(2);
        assertThat(store().keys(forgotten, REGION)).isEmpty();
        assertThat(store().keys(forgotten, "us-east-1")).isEmpty();
        assertThat(store().latest(ACME_CONFIG)).isPresent();
        assertThat(store().latest(LIST)).isPresent();
        assertThat(HistoryFiles.count(file(), "content")).isEqualTo(2);
        assertThat(HistoryFiles.documents(file())).noneMatch(d -> d.contains("forgotten"));
        // Overwritten, not left in free pages or in the log.
        assertThat(HistoryFiles.rawBytes(file())).doesNotContain(forgotten);
    }

    @Test
    void clearingRemovesAllHistoryAndGivesTheSpaceBack() throws Exception {
        for (int i = 0; i < 40; i++) {
            clock.advance(Duration.ofMinutes(1));
            store().record(ACME_CONFIG, "prod", BigDocuments.withChange(200, i));
        }
        long full = store().sizeBytes();

        store().clear();

        assertThat(store().history(ACME_CONFIG)).isEmpty();
        assertThat(HistoryFiles.count(file(), "content")).isZero();
        assertThat(store().sizeBytes()).isLessThan(full / 10);
        assertThat(HistoryFiles.rawBytes(file())).doesNotContain(ACCOUNT);
        assertThat(record(ACME_CONFIG, ACME_V1)).isInstanceOf(RecordOutcome.Recorded.class);
    }

    @Test
    void twoInstancesShareTheFile() {
        record(ACME_CONFIG, ACME_V1);
        try (SnapshotStore other = HistoryFiles.open(file(), clock)) {
            assertThat(other.status().isReady()).isTrue();
            assertThat(other.latest(ACME_CONFIG)).isPresent();

            clock.advance(Duration.ofMinutes(1));
            other.record(ACME_CONFIG, "cli", JsonTrees.parse(ACME_V2));

            assertThat(store().latest(ACME_CONFIG).orElseThrow().info().profileName())
                    .isEqualTo("cli");
            assertThat(record(ACME_CONFIG, ACME_V2)).isInstanceOf(RecordOutcome.Confirmed.class);
        }
    }

    @Test
    void whatWasRecordedIsThereAfterReopening() {
        record(ACME_CONFIG, ACME_V1);
        store().close();
        store = null;

        assertThat(JsonFormat.compact(store().latest(ACME_CONFIG).orElseThrow().document()))
                .isEqualTo(ACME_V1);
    }

    @Test
    void afterCloseNothingIsRecordedAndNothingThrows() {
        store().close();

        assertThat(record(ACME_CONFIG, ACME_V1))
                .isEqualTo(new RecordOutcome.NotRecorded("The history store is closed."));
        assertThat(store().latest(ACME_CONFIG)).isEmpty();
        store().close();
    }
}
