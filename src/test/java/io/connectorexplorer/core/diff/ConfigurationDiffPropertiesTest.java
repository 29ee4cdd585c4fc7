package io.connectorexplorer.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.diff.Difference.Kind;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The diff's laws over generated connector documents ({@link ConnectorDocuments}): {@value Tries#TRIES} cases each,
 * half the right sides a few edits away from the left, half drawn on their own.
 */
class ConfigurationDiffPropertiesTest {

    private static JsonNode other(Random random, JsonNode left, int size) {
        return random.nextBoolean()
                ? ConnectorDocuments.mutated(random, left, size)
                : ConnectorDocuments.describe(random, size);
    }

    @Test
    void aDocumentHasNoDifferenceWithItself() {
        Tries.forAll((random, size) -> {
            JsonNode a = ConnectorDocuments.describe(random, size);

            assertThat(ConfigurationDiff.between(a, a)).as(Tries.show(a)).isEmpty();
            assertThat(ConfigurationDiff.between(a, a.deepCopy()))
                    .as(Tries.show(a))
                    .isEmpty();
        });
    }

    @Test
    void reorderedKeyedListsSetsAndMembersAndRewrittenTimestampsAreNoDifference() {
        Tries.forAll((random, size) -> {
            JsonNode a = ConnectorDocuments.describe(random, size);
            JsonNode shuffled = ConnectorDocuments.reshuffled(random, a, null);

            assertThat(ConfigurationDiff.between(a, shuffled))
                    .as("%s%nagainst%n%s", Tries.show(a), Tries.show(shuffled))
                    .isEmpty();
        });
    }

    @Test
    void replayingTheDifferencesOnTheLeftGivesTheRight() {
        Tries.forAll((random, size) -> {
            JsonNode a = ConnectorDocuments.describe(random, size);
            JsonNode b = other(random, a, size);

            JsonNode replayed = DiffPatch.apply(a, ConfigurationDiff.between(a, b));

            assertThat(ConfigurationDiff.between(replayed, b))
                    .as("%s%nto%n%s%nreplayed%n%s", Tries.show(a), Tries.show(b), Tries.show(replayed))
                    .isEmpty();
        });
    }

    @Test
    void theDiffBackIsTheDiffReversed() {
        Tries.forAll((random, size) -> {
            JsonNode a = ConnectorDocuments.describe(random, size);
            JsonNode b = other(random, a, size);
            List<Difference> forth = ConfigurationDiff.between(a, b);
            List<Difference> back = ConfigurationDiff.between(b, a);

            Map<Kind, Integer> forthCounts = DiffSummary.countByKind(forth);
            Map<Kind, Integer> backCounts = DiffSummary.countByKind(back);
            assertThat(backCounts.get(Kind.ADDED)).isEqualTo(forthCounts.get(Kind.REMOVED));
            assertThat(backCounts.get(Kind.REMOVED)).isEqualTo(forthCounts.get(Kind.ADDED));
            assertThat(backCounts.get(Kind.CHANGED)).isEqualTo(forthCounts.get(Kind.CHANGED));
            assertThat(back)
                    .as("%s%nto%n%s", Tries.show(a), Tries.show(b))
                    .extracting(Difference::reversed)
                    .containsExactlyInAnyOrderElementsOf(forth);
        });
    }

    @Test
    void everyPathReadsBackAndNamesOnePlace() {
        Tries.forAll((random, size) -> {
            JsonNode a = ConnectorDocuments.describe(random, size);
            List<Difference> differences = ConfigurationDiff.between(a, other(random, a, size));

            for (Difference d : differences) {
                assertThat(DiffPath.parse(d.path().toString())).isEqualTo(d.path());
            }
            assertThat(differences.stream().map(d -> d.path().toString()).distinct())
                    .hasSameSizeAs(differences);
        });
    }

    @Test
    void theOrderIsTheSameEveryTime() {
        Tries.forAll((random, size) -> {
            JsonNode a = ConnectorDocuments.describe(random, size);
            JsonNode b = other(random, a, size);

            assertThat(ConfigurationDiff.between(a.deepCopy(), b.deepCopy()))
                    .containsExactlyElementsOf(ConfigurationDiff.between(a, b));
        });
    }
}
