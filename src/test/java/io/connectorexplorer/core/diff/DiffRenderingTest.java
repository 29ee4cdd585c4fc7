package io.connectorexplorer.core.diff;

import static io.connectorexplorer.core.diff.ConfigurationDiffTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.connectorexplorer.core.diff.Difference.Kind;
import io.connectorexplorer.core.json.JsonFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiffRenderingTest {

    private static final JsonNode LEFT = json("{'connectorConfiguration': {'connectorVersion': '1.2',"
            + " 'authenticationConfig': {'customAuthConfigs': [{'customAuthenticationType': 'CUSTOM',"
            + "   'authParameters': [{'key': 'apiKey', 'isRequired': true}, {'key': 'old'}]}]},"
            + " 'supportedOperators': ['EQUAL_TO'], 'logoURL': null}}");
    private static final JsonNode RIGHT = json("{'connectorConfiguration': {'connectorVersion': '1.3',"
            + " 'authenticationConfig': {'customAuthConfigs': [{'customAuthenticationType': 'CUSTOM',"
            + "   'authParameters': [{'key': 'apiKey', 'isRequired': false}]}]},"
            + " 'supportedOperators': ['EQUAL_TO', 'BETWEEN']}}");
    private static final List<Difference> DIFFERENCES = ConfigurationDiff.between(LEFT, RIGHT);

    @Test
    void textIsOneLinePerDifferenceWithItsSign() {
        assertThat(DiffText.render(DIFFERENCES)).isEqualTo("""
                        ~ $.connectorConfiguration.connectorVersion: "1.2" → "1.3"
                        ~ $.connectorConfiguration.authenticationConfig.customAuthConfigs\
                        [customAuthenticationType=CUSTOM].authParameters[key=apiKey].isRequired: true → false
                        - $.connectorConfiguration.authenticationConfig.customAuthConfigs\
                        [customAuthenticationType=CUSTOM].authParameters[key=old]: {"key":"old"}
                        + $.connectorConfiguration.supportedOperators[BETWEEN]: "BETWEEN"
                        - $.connectorConfiguration.logoURL: null
                        """);
        assertThat(DiffText.render(List.of())).isEmpty();
        assertThat(DIFFERENCES.get(0)).hasToString(DiffText.line(DIFFERENCES.get(0)));
    }

    @Test
    void countsHaveEveryKind() {
        assertThat(DiffSummary.countByKind(DIFFERENCES))
                .containsExactly(Map.entry(Kind.ADDED, 1), Map.entry(Kind.REMOVED, 2), Map.entry(Kind.CHANGED, 2));
        assertThat(DiffSummary.countByKind(List.of()))
                .containsExactly(Map.entry(Kind.ADDED, 0), Map.entry(Kind.REMOVED, 0), Map.entry(Kind.CHANGED, 0));
    }

    @Test
    void aFewWordsSayHowManyAndWhere() {
        assertThat(DiffSummary.inFewWords(DIFFERENCES))
                .isEqualTo("2 changed, 1 added, 2 removed: connectorVersion, authParameters apiKey.isRequired,"
                        + " authParameters old and 2 more");
        assertThat(DiffSummary.inFewWords(DIFFERENCES.subList(1, 4)))
                .isEqualTo("1 changed, 1 added, 1 removed: authParameters apiKey.isRequired, authParameters old,"
                        + " supportedOperators");
        assertThat(DiffSummary.inFewWords(List.of())).isEqualTo("no differences");
    }

    @Test
    void aSetNamesItsListOnceHoweverManyElementsChanged() {
        List<Difference> differences = ConfigurationDiff.between(
                json("{'supportedOperators': ['A', 'B']}"), json("{'supportedOperators': ['C', 'D']}"));

        assertThat(DiffSummary.inFewWords(differences)).isEqualTo("2 added, 2 removed: supportedOperators");
    }

    @Test
    void placesOfListsByPositionAndOfTheRoot() {
        assertThat(DiffSummary.place(DiffPath.parse("$.tasks[3].name"))).isEqualTo("tasks[3].name");
        assertThat(DiffSummary.place(DiffPath.parse("$[2][key=k].v"))).isEqualTo("k.v");
        assertThat(DiffSummary.place(DiffPath.parse("$[=1]"))).isEqualTo("[…]");
        assertThat(DiffSummary.place(DiffPath.root())).isEqualTo("$");
    }

    @Test
    void jsonHasBothSidesAndEachDifferenceWithTheValuesItHas() throws Exception {
        JsonNode rendered = DiffJson.render(TextNode.valueOf("snapshot 1"), null, DIFFERENCES);

        assertThat(rendered.get("left").textValue()).isEqualTo("snapshot 1");
        assertThat(rendered.get("right").isNull()).isTrue();
        JsonNode list = rendered.get("differences");
        assertThat(list).hasSize(5);
        assertThat(list.get(1))
                .isEqualTo(JsonFormat.parse("{\"path\": \"$.connectorConfiguration.authenticationConfig"
                        + ".customAuthConfigs[customAuthenticationType=CUSTOM].authParameters[key=apiKey].isRequired\","
                        + " \"kind\": \"changed\", \"left\": true, \"right\": false}"));
        assertThat(list.get(3).has("left")).isFalse();
        assertThat(list.get(3).get("kind").textValue()).isEqualTo("added");
        assertThat(list.get(4).get("kind").textValue()).isEqualTo("removed");
        assertThat(list.get(4).get("left").isNull())
                .as("the JSON null the left holds")
                .isTrue();
        assertThat(list.get(4).has("right")).isFalse();
    }
}
