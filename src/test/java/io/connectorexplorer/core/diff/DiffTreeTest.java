package io.connectorexplorer.core.diff;

import static io.connectorexplorer.core.diff.ConfigurationDiffTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.diff.DiffTree.Mark;
import io.connectorexplorer.core.diff.DiffTree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DiffTreeTest {

    private static final JsonNode LEFT = json("{'connectorConfiguration': {"
            + "'connectorVersion': '3.2.0',"
            + "'supportedOperators': ['EQUAL_TO', 'BETWEEN', 'NO_OP'],"
            + "'authenticationConfig': {'customAuthConfigs': [{'customAuthenticationType': 'CUSTOM', 'authParameters': ["
            + "  {'key': 'apiKey', 'isRequired': true, 'label': 'API key'},"
            + "  {'key': 'region', 'isRequired': false},"
            + "  {'key': 'old', 'isRequired': false}]}]},"
            + "'retired': {'a': 1}}}");
    private static final JsonNode RIGHT = json("{'connectorConfiguration': {"
            + "'connectorVersion': '3.3.0',"
            + "'supportedOperators': ['NO_OP', 'EQUAL_TO', 'STARTS_WITH', 'BETWEEN'],"
            + "'authenticationConfig': {'customAuthConfigs': [{'customAuthenticationType': 'CUSTOM', 'authParameters': ["
            + "  {'key': 'region', 'isRequired': false},"
            + "  {'key': 'apiKey', 'isRequired': false, 'label': 'API key'},"
            + "  {'key': 'fresh', 'isRequired': true, 'label': 'Fresh'}]}]},"
            + "'connectorTier': {'name': 'ENTERPRISE', 'since': 2027}}}");

    private final DiffTree tree = DiffTree.of(LEFT, RIGHT);

    private Node at(String path) {
        return tree.find(DiffPath.parse(path));
    }

    @Test
    void keyedListsAreMatchedByKeyAndLabelledByIt() {
        Node parameters = at("$.connectorConfiguration.authenticationConfig.customAuthConfigs[customAuthenticationType"
                + "=CUSTOM].authParameters");

        assertThat(parameters.children())
                .extracting(Node::label, Node::mark)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("apiKey", Mark.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple("region", Mark.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple("old", Mark.REMOVED),
                        org.assertj.core.groups.Tuple.tuple("fresh", Mark.ADDED));
        Node apiKey = parameters.children().get(0);
        assertThat(apiKey.containsChanges()).isTrue();
        assertThat(apiKey.changesBelow()).isEqualTo(1);
        Node required = apiKey.child(new DiffPath.Member("isRequired"));
        assertThat(required.mark()).isEqualTo(Mark.CHANGED);
        assertThat(required.left().asBoolean()).isTrue();
        assertThat(required.right().asBoolean()).isFalse();
        assertThat(parameters.children().get(1).isShownInDifferencesOnly())
                .as("region is the same on both sides")
                .isFalse();
    }

    @Test
    void setsAreElementRowsWhateverTheOrder() {
        Node operators = at("$.connectorConfiguration.supportedOperators");

        assertThat(operators.children())
                .extracting(Node::label, Node::mark)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("EQUAL_TO", Mark.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple("BETWEEN", Mark.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple("NO_OP", Mark.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple("STARTS_WITH", Mark.ADDED));
        assertThat(operators.children().get(3).path().toString())
                .isEqualTo("$.connectorConfiguration.supportedOperators[STARTS_WITH]");
    }

    @Test
    void whatIsInsideAnAddedOrRemovedValueIsMarkedButIsNoDifferenceOfItsOwn() {
        Node tier = at("$.connectorConfiguration.connectorTier");
        assertThat(tier.isDifference()).isTrue();
        assertThat(tier.mark()).isEqualTo(Mark.ADDED);
        assertThat(tier.children())
                .allSatisfy(child -> {
                    assertThat(child.mark()).isEqualTo(Mark.ADDED);
                    assertThat(child.isDifference()).isFalse();
                    assertThat(child.isInsideDifference()).isTrue();
                    assertThat(child.left()).isNull();
                })
                .extracting(Node::label)
                .containsExactly("name", "since");
        assertThat(at("$.connectorConfiguration.retired.a").mark()).isEqualTo(Mark.REMOVED);
    }

    @Test
    void aValueWhoseTypeChangedShowsEachSidesContent() {
        DiffTree changed = DiffTree.of(json("{'a': {'x': 1}}"), json("{'a': [true]}"));
        Node a = changed.find(DiffPath.parse("$.a"));

        assertThat(a.mark()).isEqualTo(Mark.CHANGED);
        assertThat(a.children())
                .extracting(Node::label, Node::mark)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("x", Mark.REMOVED),
                        org.assertj.core.groups.Tuple.tuple("[0]", Mark.ADDED));
    }

    @Test
    void theRootCountsEveryDifferenceBelowIt() {
        assertThat(tree.differences()).hasSize(7);
        assertThat(tree.root().changesBelow()).isEqualTo(7);
        assertThat(at("$.connectorConfiguration.connectorVersion").difference().kind())
                .isEqualTo(Difference.Kind.CHANGED);
        assertThat(tree.find(DiffPath.parse("$.connectorConfiguration.nothing")))
                .isNull();
    }

    @Test
    void walkingTheTreeDepthFirstMeetsTheDifferencesInTheDiffsOrder() {
        Tries.forAll((random, size) -> {
            JsonNode a = ConnectorDocuments.describe(random, size);
            JsonNode b = random.nextBoolean()
                    ? ConnectorDocuments.mutated(random, a, size)
                    : ConnectorDocuments.describe(new Random(random.nextLong()), size);
            DiffTree merged = DiffTree.of(a, b);

            List<Difference> met = new ArrayList<>();
            walk(merged.root(), met);

            assertThat(met).as("%s%nagainst%n%s", Tries.show(a), Tries.show(b)).isEqualTo(merged.differences());
            for (Difference d : merged.differences()) {
                assertThat(merged.find(d.path()).difference()).isEqualTo(d);
            }
        });
    }

    /** Depth first; a place on one side only is a difference, or inside one. */
    private static void walk(Node node, List<Difference> met) {
        if (node.isDifference()) {
            met.add(node.difference());
        } else if (!node.isInsideDifference()) {
            assertThat(node.mark()).as(node.path().toString()).isEqualTo(Mark.UNCHANGED);
            assertThat(node.left() != null && node.right() != null)
                    .as("%s is on both sides", node.path())
                    .isTrue();
        }
        node.children().forEach(child -> walk(child, met));
    }
}
