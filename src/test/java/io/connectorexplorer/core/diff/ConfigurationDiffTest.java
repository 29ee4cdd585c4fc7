package io.connectorexplorer.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.diff.Difference.Kind;
import io.connectorexplorer.core.json.JsonFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationDiffTest {

    private static final String AUTH = "$.connectorConfiguration.authenticationConfig";

    static JsonNode json(String text) {
        try {
            return JsonFormat.parse(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode withParameters(String parameters) {
        return json("{'connectorConfiguration': {'authenticationConfig': {'customAuthConfigs': ["
                + "{'customAuthenticationType': 'CUSTOM', 'authParameters': [" + parameters + "]}]}}}");
    }

    private static List<String> lines(JsonNode left, JsonNode right) {
        return ConfigurationDiff.between(left, right).stream()
                .map(DiffText::line)
                .toList();
    }

    @Test
    void reorderedAuthParametersAreNoDifference() {
        JsonNode left = withParameters("{'key': 'apiKey', 'isRequired': true}, {'key': 'region', 'isRequired': false}");
        JsonNode right =
                withParameters("{'key': 'region', 'isRequired': false}, {'key': 'apiKey', 'isRequired': true}");

        assertThat(ConfigurationDiff.between(left, right)).isEmpty();
    }

    @Test
    void anEntitysFieldsAreMatchedByIdentifierAndTheirOperatorsAsASet() {
        JsonNode left = json("{'connectorEntityFields': ["
                + "{'identifier': 'Id', 'supportedFieldTypeDetails': {'v1': {'fieldType': 'id',"
                + " 'filterOperators': ['EQUAL_TO', 'NOT_EQUAL_TO']}}},"
                + "{'identifier': 'Name', 'sourceProperties': {'isQueryable': true}}]}");
        JsonNode reordered = json("{'connectorEntityFields': ["
                + "{'identifier': 'Name', 'sourceProperties': {'isQueryable': true}},"
                + "{'identifier': 'Id', 'supportedFieldTypeDetails': {'v1': {'fieldType': 'id',"
                + " 'filterOperators': ['NOT_EQUAL_TO', 'EQUAL_TO']}}}]}");
        JsonNode changed = json("{'connectorEntityFields': ["
                + "{'identifier': 'Name', 'sourceProperties': {'isQueryable': false}},"
                + "{'identifier': 'Id', 'supportedFieldTypeDetails': {'v1': {'fieldType': 'id',"
                + " 'filterOperators': ['NOT_EQUAL_TO', 'EQUAL_TO']}}}]}");

        assertThat(ConfigurationDiff.between(left, reordered)).isEmpty();
        assertThat(lines(left, changed))
                .containsExactly(
                        "~ $.connectorEntityFields[identifier=Name].sourceProperties.isQueryable: true → false");
    }

    @Test
    void oneChangedFlagIsOneDifferenceAtItsKeyedPath() {
        JsonNode left = withParameters("{'key': 'apiKey', 'isRequired': true}, {'key': 'region', 'isRequired': false}");
        JsonNode right =
                withParameters("{'key': 'region', 'isRequired': false}, {'key': 'apiKey', 'isRequired': false}");

        List<Difference> differences = ConfigurationDiff.between(left, right);

        assertThat(differences).hasSize(1);
        Difference d = differences.get(0);
        assertThat(d.kind()).isEqualTo(Kind.CHANGED);
        assertThat(d.path())
                .hasToString(AUTH + ".customAuthConfigs[customAuthenticationType=CUSTOM]"
                        + ".authParameters[key=apiKey].isRequired");
        assertThat(d.left().booleanValue()).isTrue();
        assertThat(d.right().booleanValue()).isFalse();
    }

    @Test
    void customAuthConfigsAreMatchedByTheirType() {
        JsonNode left = json("{'customAuthConfigs': [{'customAuthenticationType': 'A', 'authParameters': []},"
                + " {'customAuthenticationType': 'B', 'authParameters': [{'key': 'k'}]}]}");
        JsonNode right = json("{'customAuthConfigs': [{'customAuthenticationType': 'C', 'authParameters': []},"
                + " {'customAuthenticationType': 'B', 'authParameters': [{'key': 'k'}]}]}");

        assertThat(lines(left, right))
                .containsExactly(
                        "- $.customAuthConfigs[customAuthenticationType=A]: "
                                + "{\"customAuthenticationType\":\"A\",\"authParameters\":[]}",
                        "+ $.customAuthConfigs[customAuthenticationType=C]: "
                                + "{\"customAuthenticationType\":\"C\",\"authParameters\":[]}");
    }

    @Test
    void runtimeSettingsCustomPropertiesAndDataTransferApisAreKeyedToo() {
        JsonNode left = json(
                "{'connectorRuntimeSettings': [{'key': 'a', 'scope': 'SOURCE'}, {'key': 'b'}],"
                        + " 'oauth2CustomProperties': [{'key': 'x', 'isRequired': true}, {'key': 'y'}],"
                        + " 'supportedDataTransferApis': [{'Name': 'Bulk', 'Type': 'ASYNC'}, {'Name': 'Rest', 'Type': 'SYNC'}]}");
        JsonNode right = json(
                "{'connectorRuntimeSettings': [{'key': 'b'}, {'key': 'a', 'scope': 'DESTINATION'}],"
                        + " 'oauth2CustomProperties': [{'key': 'y'}, {'key': 'x', 'isRequired': true}],"
                        + " 'supportedDataTransferApis': [{'Name': 'Rest', 'Type': 'SYNC'}, {'Name': 'Bulk', 'Type': 'ASYNC'}]}");

        assertThat(lines(left, right))
                .containsExactly("~ $.connectorRuntimeSettings[key=a].scope: \"SOURCE\" → \"DESTINATION\"");
    }

    @Test
    void setsIgnoreOrderAndRepetition() {
        JsonNode left = json("{'supportedOperators': ['EQUAL_TO', 'LESS_THAN', 'PROJECTION']}");
        JsonNode right = json("{'supportedOperators': ['PROJECTION', 'EQUAL_TO', 'LESS_THAN', 'EQUAL_TO']}");

        assertThat(ConfigurationDiff.between(left, right)).isEmpty();
    }

    @Test
    void anAddedOperatorIsOneAdded() {
        JsonNode left = json("{'supportedOperators': ['EQUAL_TO', 'LESS_THAN']}");
        JsonNode right = json("{'supportedOperators': ['LESS_THAN', 'BETWEEN', 'EQUAL_TO']}");

        List<Difference> differences = ConfigurationDiff.between(left, right);

        assertThat(differences)
                .containsExactly(Difference.added(
                        DiffPath.root().member("supportedOperators").element(json("'BETWEEN'")), json("'BETWEEN'")));
        assertThat(differences.get(0).path()).hasToString("$.supportedOperators[BETWEEN]");
    }

    @Test
    void everyListOfStringsInTheModelIsASet() {
        JsonNode left = json("{'oauthScopes': ['a', 'b'], 'tokenUrls': ['u1', 'u2'], 'connectorModes': ['S', 'D'],"
                + " 'connectorMetadata': {'Salesforce': {'oAuthScopes': ['api', 'id']}}}");
        JsonNode right = json("{'oauthScopes': ['b', 'a'], 'tokenUrls': ['u2', 'u1'], 'connectorModes': ['D', 'S'],"
                + " 'connectorMetadata': {'Salesforce': {'oAuthScopes': ['id', 'api']}}}");

        assertThat(ConfigurationDiff.between(left, right)).isEmpty();
    }

    @Test
    void timestampsCompareAsInstants() {
        JsonNode left = json("{'registeredAt': 1.7E9}");

        assertThat(ConfigurationDiff.between(left, json("{'registeredAt': 1700000000}")))
                .isEmpty();
        assertThat(ConfigurationDiff.between(left, json("{'registeredAt': '2023-11-14T22:13:20Z'}")))
                .isEmpty();
        assertThat(ConfigurationDiff.between(left, json("{'registeredAt': '2023-11-14T23:13:20+01:00'}")))
                .isEmpty();
        assertThat(lines(left, json("{'registeredAt': 1700000001}")))
                .containsExactly("~ $.registeredAt: 1.7E+9 → 1700000001");
    }

    @Test
    void aTimestampThatIsNoInstantIsComparedAsItIs() {
        assertThat(lines(json("{'registeredAt': 'yesterday'}"), json("{'registeredAt': 1700000000}")))
                .containsExactly("~ $.registeredAt: \"yesterday\" → 1700000000");
        assertThat(ConfigurationDiff.between(json("{'registeredAt': 'later'}"), json("{'registeredAt': 'later'}")))
                .isEmpty();
    }

    @Test
    void onlyTimestampMembersAreReadAsInstants() {
        assertThat(lines(
                        json("{'connectorVersion': 1700000000}"), json("{'connectorVersion': '2023-11-14T22:13:20Z'}")))
                .containsExactly("~ $.connectorVersion: 1700000000 → \"2023-11-14T22:13:20Z\"");
    }

    @Test
    void numbersCompareByValue() {
        assertThat(ConfigurationDiff.between(json("{'n': 1, 'm': [2.50]}"), json("{'n': 1.0, 'm': [2.5]}")))
                .isEmpty();
        assertThat(lines(json("{'n': 1}"), json("{'n': '1'}"))).containsExactly("~ $.n: 1 → \"1\"");
    }

    @Test
    void unknownMembersAndEnumValuesAreReported() {
        JsonNode left = json("{'supportedOperators': ['EQUAL_TO'], 'connectorType': 'CustomConnector'}");
        JsonNode right = json("{'supportedOperators': ['EQUAL_TO', 'NEW_OPERATOR_2027'],"
                + " 'connectorType': 'BrandNewType', 'brandNewMember': {'deep': [1, 2]}}");

        assertThat(lines(left, right))
                .containsExactly(
                        "+ $.supportedOperators[NEW_OPERATOR_2027]: \"NEW_OPERATOR_2027\"",
                        "~ $.connectorType: \"CustomConnector\" → \"BrandNewType\"",
                        "+ $.brandNewMember: {\"deep\":[1,2]}");
    }

    @Test
    void aKeyedListWithAnElementWithoutItsKeyIsComparedByPosition() {
        JsonNode left = json("{'authParameters': [{'key': 'a', 'label': 'A'}, {'label': 'no key'}]}");
        JsonNode right = json("{'authParameters': [{'label': 'no key'}, {'key': 'a', 'label': 'A'}]}");

        assertThat(lines(left, right))
                .containsExactly(
                        "- $.authParameters[0].key: \"a\"",
                        "~ $.authParameters[0].label: \"A\" → \"no key\"",
                        "~ $.authParameters[1].label: \"no key\" → \"A\"",
                        "+ $.authParameters[1].key: \"a\"");
    }

    @Test
    void repeatedKeysOrKeysThatAreNoTextOrElementsThatAreNoObjectsFallBackToPositions() {
        assertThat(lines(
                        json("{'authParameters': [{'key': 'a', 'v': 1}, {'key': 'a', 'v': 2}]}"),
                        json("{'authParameters': [{'key': 'a', 'v': 2}, {'key': 'a', 'v': 1}]}")))
                .containsExactly("~ $.authParameters[0].v: 1 → 2", "~ $.authParameters[1].v: 2 → 1");
        assertThat(lines(json("{'authParameters': [{'key': 1}]}"), json("{'authParameters': [{'key': 2}]}")))
                .containsExactly("~ $.authParameters[0].key: 1 → 2");
        assertThat(lines(json("{'authParameters': ['a', 'b']}"), json("{'authParameters': ['b', 'a']}")))
                .containsExactly("~ $.authParameters[0]: \"a\" → \"b\"", "~ $.authParameters[1]: \"b\" → \"a\"");
    }

    @Test
    void aSetHoldingAContainerIsComparedByPosition() {
        assertThat(lines(
                        json("{'supportedOperators': ['A', {'odd': true}]}"),
                        json("{'supportedOperators': [{'odd': true}, 'A']}")))
                .containsExactly(
                        "~ $.supportedOperators[0]: \"A\" → {\"odd\":true}",
                        "~ $.supportedOperators[1]: {\"odd\":true} → \"A\"");
    }

    @Test
    void listsOutsideTheTableCompareByPosition() {
        assertThat(lines(json("{'values': [1, 2, 3]}"), json("{'values': [1, 3]}")))
                .containsExactly("~ $.values[1]: 2 → 3", "- $.values[2]: 3");
        assertThat(lines(json("{'values': [1]}"), json("{'values': [1, 2, 3]}")))
                .containsExactly("+ $.values[1]: 2", "+ $.values[2]: 3");
    }

    @Test
    void aTypeChangeIsOneChangeOfTheWholeValue() {
        JsonNode left = json("{'connectorMetadata': {'a': 1, 'b': 2}}");
        JsonNode right = json("{'connectorMetadata': [1, 2]}");

        assertThat(ConfigurationDiff.between(left, right))
                .containsExactly(Difference.changed(
                        DiffPath.root().member("connectorMetadata"),
                        left.get("connectorMetadata"),
                        right.get("connectorMetadata")));
        assertThat(lines(json("{'s': ['a']}"), json("{'s': 'a'}"))).containsExactly("~ $.s: [\"a\"] → \"a\"");
    }

    @Test
    void anAddedMemberIsOneAdditionWithItsWholeValue() {
        JsonNode left = withParameters("{'key': 'apiKey'}");
        JsonNode right = withParameters("{'key': 'apiKey'}, {'key': 'secret', 'isRequired': true, 'label': 'S'}");

        List<Difference> differences = ConfigurationDiff.between(left, right);

        assertThat(differences).hasSize(1);
        assertThat(differences.get(0).kind()).isEqualTo(Kind.ADDED);
        assertThat(differences.get(0).left()).isNull();
        assertThat(differences.get(0).right()).isEqualTo(json("{'key': 'secret', 'isRequired': true, 'label': 'S'}"));
    }

    @Test
    void nullAndMissingAreDifferent() {
        List<Difference> added = ConfigurationDiff.between(json("{}"), json("{'logoURL': null}"));
        List<Difference> changed = ConfigurationDiff.between(json("{'logoURL': null}"), json("{'logoURL': 'x'}"));

        assertThat(added).hasSize(1);
        assertThat(added.get(0).kind()).isEqualTo(Kind.ADDED);
        assertThat(added.get(0).right().isNull()).isTrue();
        assertThat(lines(json("{'logoURL': null}"), json("{}"))).containsExactly("- $.logoURL: null");
        assertThat(changed).extracting(Difference::kind).containsExactly(Kind.CHANGED);
        assertThat(ConfigurationDiff.between(json("{'a': null}"), json("{'a': null}")))
                .isEmpty();
    }

    @Test
    void differencesFollowTheLeftDocumentThenTheRightsAdditions() {
        JsonNode left = json("{'z': 1, 'gone': 0, 'a': {'y': 1, 'x': 1}, 'supportedOperators': ['B', 'A']}");
        JsonNode right = json(
                "{'new2': 0, 'a': {'w': 0, 'x': 2, 'y': 2}, 'z': 2, 'new1': 0," + " 'supportedOperators': ['D', 'C']}");

        assertThat(ConfigurationDiff.between(left, right))
                .extracting(d -> d.path().toString())
                .containsExactly(
                        "$.z",
                        "$.gone",
                        "$.a.y",
                        "$.a.x",
                        "$.a.w",
                        "$.supportedOperators[B]",
                        "$.supportedOperators[A]",
                        "$.supportedOperators[D]",
                        "$.supportedOperators[C]",
                        "$.new2",
                        "$.new1");
    }

    @Test
    void theRootCanBeAnyPartOfADocument() {
        assertThat(lines(json("[1, 2]"), json("[2]"))).containsExactly("~ $[0]: 1 → 2", "- $[1]: 2");
        assertThat(lines(json("'a'"), json("'b'"))).containsExactly("~ $: \"a\" → \"b\"");
        assertThat(ConfigurationDiff.equivalent(json("{'a': [1]}"), json("{'a': [1.0]}")))
                .isTrue();
    }

    @Test
    void oddKeysAndMemberNamesAreQuotedInPaths() {
        ObjectNode left = JsonNodeFactory.instance.objectNode();
        left.putObject("a.b")
                .putArray("authParameters")
                .addObject()
                .put("key", "x.y]=\"")
                .put("v", 1);
        left.putArray("supportedApiVersions").add("v1").add("v51.0");
        ObjectNode right = left.deepCopy();
        ((ObjectNode) right.get("a.b").get("authParameters").get(0)).put("v", 2);
        right.putArray("supportedApiVersions").add("v1").add("52");

        assertThat(ConfigurationDiff.between(left, right))
                .extracting(d -> d.path().toString())
                .containsExactly(
                        "$[\"a.b\"].authParameters[key=\"x.y]=\\\"\"].v",
                        "$.supportedApiVersions[=\"v51.0\"]",
                        "$.supportedApiVersions[=\"52\"]");
    }
}
