package io.connectorexplorer.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.connectorexplorer.core.connector.ConnectorKey;
import org.junit.jupiter.api.Test;

class SnapshotKeyTest {

    @Test
    void aConnectorListHasNoConnectorAndAConfigurationNeedsOne() {
        SnapshotKey list = SnapshotKey.connectorList("111122223333", "eu-west-1");
        SnapshotKey config = SnapshotKey.configuration("111122223333", "eu-west-1", ConnectorKey.custom("acme-crm"));

        assertThat(list.kind()).isEqualTo(SnapshotKind.CONNECTOR_LIST);
        assertThat(list.connectorIfAny()).isEmpty();
        assertThat(config.kind()).isEqualTo(SnapshotKind.CONNECTOR_CONFIGURATION);
        assertThat(config.connectorIfAny()).contains(ConnectorKey.custom("acme-crm"));
        assertThat(list).hasToString("111122223333 · eu-west-1 · connectors");
        assertThat(config).hasToString("111122223333 · eu-west-1 · CustomConnector/acme-crm");

        assertThatThrownBy(() -> new SnapshotKey(
                        "111122223333", "eu-west-1", SnapshotKind.CONNECTOR_LIST, ConnectorKey.amazon("S3")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A connector list is of a whole target, not of one connector");
        assertThatThrownBy(
                        () -> new SnapshotKey("111122223333", "eu-west-1", SnapshotKind.CONNECTOR_CONFIGURATION, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A connector configuration needs its connector");
    }

    @Test
    void anAccountAndARegionAreRequired() {
        assertThatThrownBy(() -> SnapshotKey.connectorList(" ", "eu-west-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accountId must not be empty");
        assertThatThrownBy(() -> SnapshotKey.connectorList("111122223333", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("region must not be empty");
    }
}
