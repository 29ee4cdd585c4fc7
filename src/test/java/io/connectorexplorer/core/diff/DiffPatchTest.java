package io.connectorexplorer.core.diff;

import static io.connectorexplorer.core.diff.ConfigurationDiffTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffPatchTest {

    @Test
    void replayingTheDifferencesGivesTheRightSide() {
        JsonNode left = json("{'a': 1, 'gone': true, 'values': [1, 2, 3],"
                + " 'authParameters': [{'key': 'k1', 'v': 1}, {'key': 'k2'}],"
                + " 'supportedOperators': ['A', 'B', 'A']}");
        JsonNode right = json("{'a': 2, 'values': [1, 5],"
                + " 'authParameters': [{'key': 'k3'}, {'key': 'k1', 'v': 2}],"
                + " 'supportedOperators': ['C', 'A'], 'new': {'x': null}}");

        JsonNode patched = DiffPatch.apply(left, ConfigurationDiff.between(left, right));

        assertThat(ConfigurationDiff.between(patched, right)).isEmpty();
        assertThat(patched)
                .isEqualTo(json("{'a': 2, 'values': [1, 5],"
                        + " 'authParameters': [{'key': 'k1', 'v': 2}, {'key': 'k3'}],"
                        + " 'supportedOperators': ['A', 'A', 'C'], 'new': {'x': null}}"));
    }

    @Test
    void theLeftIsLeftAlone() {
        JsonNode left = json("{'a': [1, 2], 'b': {'c': 1}}");
        JsonNode copy = left.deepCopy();

        DiffPatch.apply(left, ConfigurationDiff.between(left, json("{'a': [], 'b': {'c': 2}}")));

        assertThat(left).isEqualTo(copy);
    }

    @Test
    void aChangeOfTheWholeDocumentReplacesIt() {
        assertThat(DiffPatch.apply(json("{'a': 1}"), ConfigurationDiff.between(json("{'a': 1}"), json("[1]"))))
                .isEqualTo(json("[1]"));
    }

    @Test
    void aDifferenceFromAnotherDocumentIsRefused() {
        List<Difference> differences = ConfigurationDiff.between(json("{'x': {'y': 1}}"), json("{'x': {'y': 2}}"));

        assertThatThrownBy(() -> DiffPatch.apply(json("{'z': 1}"), differences))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("$.x.y");
    }
}
