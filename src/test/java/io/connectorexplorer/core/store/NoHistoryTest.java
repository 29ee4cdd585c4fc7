package io.connectorexplorer.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.connectorexplorer.core.connector.ConnectorKey;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NoHistoryTest {

    private final StoreStatus.Unavailable status = new StoreStatus.Unavailable(
            Path.of("/home/u/.config/connector-explorer/history.db"), "The file is damaged.", "Move it away.");
    private final NoHistory store = new NoHistory(status);
    private final SnapshotKey key = SnapshotKey.configuration("111122223333", "eu-west-1", ConnectorKey.amazon("S3"));

    @Test
    void recordsNothingAndSaysWhyInOneMessage() {
        RecordOutcome outcome = store.recordConfiguration(
                "111122223333", "eu-west-1", ConnectorKey.amazon("S3"), "prod", JsonNodeFactory.instance.objectNode());

        assertThat(outcome).isEqualTo(new RecordOutcome.NotRecorded("The file is damaged. Move it away."));
        assertThat(store.status()).isSameAs(status);
        assertThat(store.status().isReady()).isFalse();
    }

    @Test
    void findsNothing() {
        assertThat(store.latest(key)).isEmpty();
        assertThat(store.asOf(key, Instant.EPOCH)).isEmpty();
        assertThat(store.previous(key)).isEmpty();
        assertThat(store.history(key)).isEmpty();
        assertThat(store.keys("111122223333", "eu-west-1")).isEmpty();
        assertThat(store.forgetAccount("111122223333")).isZero();
        assertThat(store.sizeBytes()).isZero();
        assertThat(store.pruneTo(0)).isEqualTo(PruneOutcome.NOTHING);
    }
}
