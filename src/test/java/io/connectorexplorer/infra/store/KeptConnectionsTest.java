package io.connectorexplorer.infra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.EntityQuery;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.core.store.History;
import io.connectorexplorer.core.store.KeptConnections;
import io.connectorexplorer.core.store.SnapshotKey;
import io.connectorexplorer.core.task.Cancellation;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Connections tab offline: what the history kept of a target's connections, entities and fields, read back. */
class KeptConnectionsTest {

    @TempDir
    Path folder;

    private final StepClock clock = new StepClock(Instant.parse("2026-01-05T09:00:00Z"));
    private final Target alpha =
            new Target(new AwsProfile("alpha", ProfileKind.STATIC_KEYS, "eu-west-1", null), "eu-west-1");

    @Test
    void whatWasKeptIsReadBackAndWhatWasNeverReadSaysSo() throws Exception {
        try (History history = new History(() -> HistoryFiles.open(folder.resolve("history.db"), clock))) {
            var store = history.store();
            store.record(
                    SnapshotKey.connections("111111111111", "eu-west-1", ConnectorKey.amazon("Salesforce")),
                    "alpha",
                    JsonFormat.parse("{\"connectorProfileDetails\": [{\"connectorProfileName\": \"sf\"}]}"));
            store.record(
                    SnapshotKey.fields("111111111111", "eu-west-1", "sf", "Account", null),
                    "alpha",
                    JsonFormat.parse("{\"connectorEntityFields\": [{\"identifier\": \"Id\"}]}"));
            KeptConnections kept = new KeptConnections(history, alpha);

            assertThat(kept.profiles(ConnectorKey.amazon("Salesforce"), Cancellation.NEVER)
                            .at("/connectorProfileDetails/0/connectorProfileName")
                            .asText())
                    .isEqualTo("sf");
            EntityQuery sf = new EntityQuery("sf", "Salesforce", null, null);
            assertThat(kept.fields(sf, "Account")
                            .at("/connectorEntityFields/0/identifier")
                            .asText())
                    .isEqualTo("Id");
            assertThat(kept.lastAsOf()).contains(Instant.parse("2026-01-05T09:00:00Z"));
            assertThat(kept.isLive()).isFalse();
            assertThatThrownBy(() -> kept.entities(sf, Cancellation.NEVER, pages -> {}))
                    .isInstanceOf(ServiceCallException.class)
                    .hasMessageContaining(
                            "The entities of sf were never read here while alpha · eu-west-1 could be" + " reached");
        }
    }
}
