package io.connectorexplorer.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.EntityQuery;
import io.connectorexplorer.core.diff.ConfigurationDiff;
import io.connectorexplorer.core.diff.Difference;
import io.connectorexplorer.core.export.DescribeOutput;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.core.store.History;
import io.connectorexplorer.core.store.SnapshotKey;
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

/**
 * An entity's fields as a comparison's subject: the fields the history kept before the newest, read as {@code entity
 * --json} prints them and keyed by identifier in the diff; the shown target's other connections to compare with.
 */
class FieldsSubjectTest {

    @TempDir
    Path folder;

    private final Target prod =
            new Target(new AwsProfile("prod", ProfileKind.STATIC_KEYS, "eu-west-1", null), "eu-west-1");
    private final DescribeOutput output =
            new DescribeOutput(SdkWireSchemas.connectorConfiguration(), SdkWireSchemas::response);

    @Test
    void theFieldsKeptBeforeTheNewestAreOfferedAndComparedByIdentifier() throws Exception {
        SnapshotStore store = SqliteSnapshotStore.open(folder, new MemorySettings(), Clock.systemUTC());
        try (History history = new History(() -> store)) {
            SnapshotKey key = SnapshotKey.fields("111111111111", "eu-west-1", "sf-prod", "Account", "v47.0");
            store.record(
                    key,
                    "prod",
                    JsonFormat.parse("{\"connectorEntityFields\": [{\"identifier\": \"Id\"},"
                            + " {\"identifier\": \"Name\", \"label\": \"Name\"}]}"));
            store.record(
                    key,
                    "prod",
                    JsonFormat.parse("{\"connectorEntityFields\": [{\"identifier\": \"Region__c\"},"
                            + " {\"identifier\": \"Id\"}, {\"identifier\": \"Name\", \"label\": \"Account Name\"}]}"));
            FieldsSubject account = subject(history, List.of());

            List<CompareSource> earlier = account.earlier(prod, Cancellation.NEVER);

            assertThat(earlier).hasSize(1);
            assertThat(earlier.get(0).displayName())
                    .startsWith("sf-prod · prod · eu-west-1, ")
                    .endsWith(" (history)");
            CompareSource.Side then = earlier.get(0).read(Cancellation.NEVER);
            assertThat(then.about().get("connection").asText()).isEqualTo("sf-prod");
            assertThat(then.about().get("accountId").asText()).isEqualTo("111111111111");
            var now = output.response(
                    "DescribeConnectorEntity", store.latest(key).orElseThrow().document());
            List<Difference> differences = ConfigurationDiff.between(then.document(), now);
            assertThat(differences)
                    .extracting(d -> d.path().toString())
                    .as("the new field added and a label changed; reordering is no difference")
                    .containsExactlyInAnyOrder(
                            "$.connectorEntityFields[identifier=Region__c]",
                            "$.connectorEntityFields[identifier=Name].label");
            assertThat(subject(history, List.of())
                            .earlier(
                                    new Target(
                                            new AwsProfile("stage", ProfileKind.STATIC_KEYS, "eu-west-1", null),
                                            "eu-west-1"),
                                    Cancellation.NEVER))
                    .as("a target never read here has none")
                    .isEmpty();
        }
    }

    @Test
    void theShownTargetsOtherConnectionsAreOfferedButNotTheShownOne() throws Exception {
        SnapshotStore store = SqliteSnapshotStore.open(folder, new MemorySettings(), Clock.systemUTC());
        try (History history = new History(() -> store)) {
            FieldsSubject account = subject(history, List.of("sf-prod", "sf-sandbox", "sf-uat"));

            assertThat(account.besides(prod))
                    .extracting(CompareSource::displayName)
                    .containsExactly("sf-sandbox · prod · eu-west-1", "sf-uat · prod · eu-west-1");
            assertThat(account.at(prod).displayName()).isEqualTo("sf-prod · prod · eu-west-1");
            assertThat(account.name()).isEqualTo("Account in sf-prod");
            assertThat(account.fileStem()).isEqualTo("Account");
            assertThat(account.memoryKey()).isEqualTo("fields.sf-prod.Account@v47.0");
            assertThat(account.missingFrom("sf-prod · stage · eu-west-1"))
                    .isEqualTo("sf-prod · stage · eu-west-1 has no Account");
        }
    }

    private FieldsSubject subject(History history, List<String> connections) {
        return new FieldsSubject(
                null,
                output,
                history,
                new EntityQuery("sf-prod", "Salesforce", null, "v47.0"),
                "Account",
                "Account",
                connections);
    }
}
