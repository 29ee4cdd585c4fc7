package io.connectorexplorer.infra.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.store.KeptVersions;
import io.connectorexplorer.core.store.SnapshotStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The versions before the newest, from configurations described and, for an Amazon type, the listing before. */
class KeptVersionsTest {

    private static final String ACCOUNT = "111111111111";
    private static final String EU = "eu-west-1";
    private static final ConnectorKey SALESFORCE = ConnectorKey.amazon("Salesforce");

    @TempDir
    Path folder;

    private final StepClock clock = new StepClock(Instant.parse("2026-01-05T09:00:00Z"));

    @Test
    void aTypeNeverDescribedOffersTheConfigurationItsListingHadBefore() throws Exception {
        try (SnapshotStore store = HistoryFiles.open(folder.resolve("history.db"), clock)) {
            store.recordConnectorList(ACCOUNT, EU, "alpha", listing("[\"EQUAL_TO\"]"));
            clock.advance(Duration.ofHours(1));
            store.recordConnectorList(ACCOUNT, EU, "alpha", listing("[\"EQUAL_TO\",\"BETWEEN\"]"));

            List<KeptVersions.Version> earlier = KeptVersions.earlier(store, ACCOUNT, EU, SALESFORCE);

            assertThat(earlier).hasSize(1);
            KeptVersions.Listed listed = (KeptVersions.Listed) earlier.get(0);
            assertThat(listed.configuration().path("supportedOperators")).hasSize(1);
            assertThat(listed.at()).isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
            assertThat(KeptVersions.earlier(store, ACCOUNT, EU, ConnectorKey.custom("acme")))
                    .as("a custom connector's configuration is not in the listing")
                    .isEmpty();
        }
    }

    @Test
    void theListingIsLeftOutWhenUnchangedOrWhenItIsTheVersionDescribedBefore() throws Exception {
        try (SnapshotStore store = HistoryFiles.open(folder.resolve("history.db"), clock)) {
            store.recordConnectorList(ACCOUNT, EU, "alpha", listing("[\"EQUAL_TO\"]"));
            store.recordConfiguration(ACCOUNT, EU, SALESFORCE, "alpha", described("[\"EQUAL_TO\"]"));
            clock.advance(Duration.ofHours(1));
            store.recordConnectorList(ACCOUNT, EU, "alpha", listing("[\"EQUAL_TO\"]"));
            assertThat(KeptVersions.earlier(store, ACCOUNT, EU, SALESFORCE))
                    .as("one version only")
                    .isEmpty();

            store.recordConnectorList(ACCOUNT, EU, "alpha", listing("[\"EQUAL_TO\",\"BETWEEN\"]"));
            store.recordConfiguration(ACCOUNT, EU, SALESFORCE, "alpha", described("[\"EQUAL_TO\",\"BETWEEN\"]"));

            List<KeptVersions.Version> earlier = KeptVersions.earlier(store, ACCOUNT, EU, SALESFORCE);
            assertThat(earlier)
                    .as("the version described before, not the same one again from the listing")
                    .singleElement()
                    .isInstanceOf(KeptVersions.Described.class);
        }
    }

    private static JsonNode listing(String operators) throws Exception {
        return JsonFormat.parse("""
                {"describeConnectors": {"connectorConfigurations": {
                    "Salesforce": {"connectorType": "Salesforce", "supportedOperators": %s}}},
                 "listConnectors": {"connectors": []}}
                """.formatted(operators));
    }

    private static JsonNode described(String operators) throws Exception {
        return JsonFormat.parse("""
                {"connectorConfiguration": {"connectorType": "Salesforce", "supportedOperators": %s}}
                """.formatted(operators));
    }
}
