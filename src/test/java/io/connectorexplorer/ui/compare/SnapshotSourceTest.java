package io.connectorexplorer.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.export.DescribeOutput;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.core.store.History;
import io.connectorexplorer.core.store.SnapshotStore;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.infra.appflow.SdkWireSchemas;
import io.connectorexplorer.infra.store.SqliteSnapshotStore;
import io.connectorexplorer.testsupport.MemorySettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Earlier versions of a connector for Compare with…: every version the history kept but the newest, newest first. */
class SnapshotSourceTest {

    @TempDir
    Path folder;

    @Test
    void theVersionsBeforeTheNewestAreOfferedAndReadAsDescribeWritesThem() throws Exception {
        ConnectorKey acme = ConnectorKey.custom("acme-crm");
        Target prod = new Target(new AwsProfile("prod", ProfileKind.STATIC_KEYS, "eu-west-1", null), "eu-west-1");
        SnapshotStore store = SqliteSnapshotStore.open(folder, new MemorySettings(), Clock.systemUTC());
        try (History history = new History(() -> store)) {
            for (String version : List.of("3.0.0", "3.1.0", "3.2.0")) {
                store.recordConfiguration(
                        "111111111111",
                        "eu-west-1",
                        acme,
                        "prod",
                        JsonFormat.parse(
                                "{\"connectorConfiguration\": {\"connectorType\": \"CustomConnector\", \"connectorLabel\":"
                                        + " \"acme-crm\", \"connectorVersion\": \"" + version + "\"}}"));
            }
            DescribeOutput output = new DescribeOutput(SdkWireSchemas.connectorConfiguration());

            List<CompareSource> earlier = SnapshotSource.of(history, output).of(prod, acme, Cancellation.NEVER);

            assertThat(earlier).hasSize(2);
            assertThat(earlier.get(0).displayName())
                    .startsWith("prod · eu-west-1, ")
                    .endsWith(" (history)");
            CompareSource.Side side = earlier.get(0).read(Cancellation.NEVER);
            assertThat(side.document()
                            .at("/connectorConfiguration/connectorVersion")
                            .asText())
                    .isEqualTo("3.1.0");
            assertThat(side.about().get("accountId").asText()).isEqualTo("111111111111");
            assertThat(side.about().has("recordedAt")).isTrue();
            assertThat(SnapshotSource.of(history, output)
                            .of(prod, ConnectorKey.amazon("Salesforce"), Cancellation.NEVER))
                    .isEmpty();
        }
    }
}
