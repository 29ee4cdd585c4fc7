package io.connectorexplorer.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.infra.model.BundledServiceModel;
import io.connectorexplorer.testsupport.JsonTrees;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelValidatorTest {

    private static final ServiceModel APPFLOW = BundledServiceModel.appflow();
    private static final String REQUEST = "CreateConnectorProfileRequest";

    /** A model written for these tests, so each trait is checked on its own. */
    private static final ServiceModel SMALL = ServiceModel.of(JsonTrees.parse("""
            {"shapes": {
              "Root": {"type": "structure", "required": ["name"], "members": {
                "name": {"shape": "Name"}, "code": {"shape": "Code"}, "mode": {"shape": "Mode"},
                "flag": {"shape": "Flag"}, "port": {"shape": "Port"}, "big": {"shape": "Big"},
                "ratio": {"shape": "Ratio"}, "tags": {"shape": "Tags"}, "secrets": {"shape": "Secrets"},
                "inner": {"shape": "Inner"}}},
              "Name": {"type": "string", "min": 2, "max": 5, "pattern": "[a-z]+"},
              "Code": {"type": "string", "pattern": "^\\\\d{3}$"},
              "Mode": {"type": "string", "enum": ["Public", "Private"]},
              "Flag": {"type": "boolean"},
              "Port": {"type": "integer", "min": 1, "max": 65535},
              "Big": {"type": "long"},
              "Ratio": {"type": "double"},
              "Tags": {"type": "list", "member": {"shape": "Name"}, "min": 1, "max": 2},
              "Secrets": {"type": "map", "key": {"shape": "Key"}, "value": {"shape": "Secret"}, "max": 2},
              "Key": {"type": "string", "min": 1, "pattern": "[\\\\w]+"},
              "Secret": {"type": "string", "pattern": "\\\\S+", "sensitive": true},
              "Inner": {"type": "structure", "required": ["code"], "members": {"code": {"shape": "Code"}}}}}
            """));

    private static List<Violation> small(String json) {
        return ModelValidator.validate(SMALL, "Root", JsonTrees.parse(json));
    }

    @Test
    void aValidValueHasNoViolations() {
        assertThat(small("""
                {"name": "abc", "code": "123", "mode": "Private", "flag": true, "port": 443, "big": 5000000000,
                 "ratio": 0.5, "tags": ["ab"], "secrets": {"a_1": "x"}, "inner": {"code": "007"}}
                """)).isEmpty();
    }

    @Test
    void missingAndNullRequiredMembersAreReported() {
        assertThat(small("{}")).containsExactly(new Violation("/name", "is required"));
        assertThat(small("{\"name\": null}")).containsExactly(new Violation("/name", "is required"));
    }

    @Test
    void requiredMembersOfANestedStructureOnlyCountWhenItIsPresent() {
        assertThat(small("{\"name\": \"ab\"}")).isEmpty();
        assertThat(small("{\"name\": \"ab\", \"inner\": {}}"))
                .containsExactly(new Violation("/inner/code", "is required"));
    }

    @Test
    void patternsMustMatchTheWholeStringInWordsWithTheRegexAsDetail() {
        // [a-z]+ is found inside "ab1" but does not match all of it; AppFlow refuses such values too.
        assertThat(small("{\"name\": \"ab1\"}"))
                .containsExactly(new Violation("/name", "lowercase letters only; no spaces or accents", "[a-z]+"));
    }

    @Test
    void patternsThatStartWithACaretWorkAsGiven() {
        assertThat(small("{\"name\": \"ab\", \"code\": \"123\"}")).isEmpty();
        assertThat(small("{\"name\": \"ab\", \"code\": \"1234\"}"))
                .containsExactly(new Violation("/code", "exactly 3 digits", "^\\d{3}$"));
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        // Five code points, ten UTF-16 units: at the limit, not over it.
        String emoji = "\uD83D\uDE00".repeat(5);
        ServiceModel model = ServiceModel.of(JsonTrees.parse("""
                {"shapes": {"S": {"type": "string", "max": 5}}}"""));

        assertThat(ModelValidator.validate(model, "S", JsonTrees.parse("\"" + emoji + "\"")))
                .isEmpty();
        assertThat(ModelValidator.validate(model, "S", JsonTrees.parse("\"" + emoji + "x\"")))
                .containsExactly(new Violation("", "at most 5 characters"));
    }

    @Test
    void minAndMaxLengthsAreReported() {
        assertThat(small("{\"name\": \"a\"}")).containsExactly(new Violation("/name", "at least 2 characters"));
        assertThat(small("{\"name\": \"abcdef\"}")).containsExactly(new Violation("/name", "at most 5 characters"));
    }

    @Test
    void enumValuesAreListed() {
        assertThat(small("{\"name\": \"ab\", \"mode\": \"public\"}"))
                .containsExactly(new Violation("/mode", "must be one of Public, Private"));
    }

    @Test
    void typesAreChecked() {
        assertThat(small("""
                {"name": 12, "flag": "true", "port": 1.5, "big": "1", "ratio": "x", "tags": "ab",
                 "secrets": [], "inner": "x"}
                """))
                .containsExactly(
                        new Violation("/name", "must be text"),
                        new Violation("/flag", "must be true or false"),
                        new Violation("/port", "must be a whole number"),
                        new Violation("/big", "must be a whole number"),
                        new Violation("/ratio", "must be a number"),
                        new Violation("/tags", "must be a list"),
                        new Violation("/secrets", "must be an object"),
                        new Violation("/inner", "must be an object"));
    }

    @Test
    void numberRangesFollowTheModelAndTheType() {
        assertThat(small("{\"name\": \"ab\", \"port\": 0}")).containsExactly(new Violation("/port", "at least 1"));
        assertThat(small("{\"name\": \"ab\", \"port\": 65536}"))
                .containsExactly(new Violation("/port", "at most 65535"));
        assertThat(small("{\"name\": \"ab\", \"big\": 9223372036854775808}"))
                .containsExactly(new Violation("/big", "at most 9223372036854775807"));
    }

    @Test
    void listSizesAndElementsAreChecked() {
        assertThat(small("{\"name\": \"ab\", \"tags\": []}"))
                .containsExactly(new Violation("/tags", "at least 1 item"));
        assertThat(small("{\"name\": \"ab\", \"tags\": [\"ab\", \"cd\", \"ef\"]}"))
                .containsExactly(new Violation("/tags", "at most 2 items"));
        assertThat(small("{\"name\": \"ab\", \"tags\": [\"ab\", \"C\"]}"))
                .containsExactly(
                        new Violation("/tags/1", "at least 2 characters"),
                        new Violation("/tags/1", "lowercase letters only; no spaces or accents", "[a-z]+"));
    }

    @Test
    void mapSizesKeysAndValuesAreChecked() {
        assertThat(small("{\"name\": \"ab\", \"secrets\": {\"a\": \"1\", \"b\": \"2\", \"c\": \"3\"}}"))
                .containsExactly(new Violation("/secrets", "at most 2 entries"));
        assertThat(small("{\"name\": \"ab\", \"secrets\": {\"a-b\": \"1\"}}"))
                .containsExactly(new Violation(
                        "/secrets/a-b", "key: " + "letters, digits and _ only; no spaces or accents", "[\\w]+", true));
        assertThat(small("{\"name\": \"ab\", \"secrets\": {\"a/b\": \"has space\"}}"))
                .containsExactly(
                        new Violation(
                                "/secrets/a~1b",
                                "key: " + "letters, digits and _ only; no spaces or accents",
                                "[\\w]+",
                                true),
                        new Violation("/secrets/a~1b", "no spaces, tabs or line breaks", "\\S+"));
    }

    @Test
    void unknownMembersAreReported() {
        assertThat(small("{\"name\": \"ab\", \"nmae\": \"ab\"}"))
                .containsExactly(new Violation("/nmae", "is not a known member"));
    }

    @Test
    void messagesNeverContainTheValue() {
        String secret = "hunter2 with spaces and a very long tail that is surely too long";
        List<Violation> violations = small("{\"name\": \"" + secret + "\", \"secrets\": {\"k\": \"" + secret + "\"},"
                + " \"mode\": \"" + secret + "\"}");

        assertThat(violations).hasSizeGreaterThanOrEqualTo(4);
        assertThat(violations).allSatisfy(v -> assertThat(v.toString()).doesNotContain("hunter2"));
    }

    @Test
    void everyPatternInTheAppFlowModelCompilesAsAJavaRegex() {
        List<String> patterns = allPatterns();

        assertThat(patterns).isNotEmpty();
        assertThat(patterns).allSatisfy(p -> assertThat(Pattern.compile(p)).isNotNull());
        assertThat(ModelValidator.compiled("[unclosed")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"my-profile", "a", "team/prod@eu#1+x=y.z_w!"})
    void appflowProfileNamesMatchingThePatternPass(String name) {
        assertThat(validateRequest(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "colon:no", "semi;colon", "ü"})
    void appflowProfileNamesOutsideThePatternFail(String name) {
        assertThat(validateRequest(name))
                .containsExactly(new Violation(
                        "/connectorProfileName",
                        "letters, digits and _ / ! @ # + = . - only; no spaces or accents",
                        "[\\w/!@#+=.-]+"));
    }

    @Test
    void appflowProfileNamesAreAtMost256Characters() {
        assertThat(validateRequest("a".repeat(256))).isEmpty();
        assertThat(validateRequest("a".repeat(257)))
                .containsExactly(new Violation("/connectorProfileName", "at most 256 characters"));
    }

    @Test
    void appflowCredentialMapsAreCheckedDeepInsideTheRequest() {
        JsonNode request = JsonTrees.parse("""
                {"connectorProfileName": "p", "connectorType": "CustomConnector", "connectionMode": "Public",
                 "connectorProfileConfig": {"connectorProfileProperties": {"CustomConnector": {}},
                   "connectorProfileCredentials": {"CustomConnector": {"authenticationType": "CUSTOM",
                     "custom": {"customAuthenticationType": "ApiToken", "credentialsMap": {"apiToken": "has space"}}}}}}
                """);

        assertThat(ModelValidator.validate(APPFLOW, REQUEST, request))
                .containsExactly(new Violation(
                        "/connectorProfileConfig/connectorProfileCredentials/CustomConnector/custom/credentialsMap/apiToken",
                        "no spaces, tabs or line breaks",
                        "\\S+"));
    }

    @Test
    void anEmptyAppFlowRequestListsEveryRequiredMember() {
        assertThat(ModelValidator.validate(APPFLOW, REQUEST, JsonTrees.parse("{}")))
                .extracting(Violation::path)
                .containsExactly(
                        "/connectorProfileName", "/connectorType", "/connectionMode", "/connectorProfileConfig");
    }

    private static List<Violation> validateRequest(String profileName) {
        ObjectNode request = (ObjectNode) JsonTrees.parse("""
                {"connectorType": "Salesforce", "connectionMode": "Public",
                 "connectorProfileConfig": {"connectorProfileProperties": {"Salesforce": {}}}}
                """);
        request.put("connectorProfileName", profileName);
        return ModelValidator.validate(APPFLOW, REQUEST, request);
    }

    private static List<String> allPatterns() {
        JsonNode document = JsonTrees.resource(BundledServiceModel.class, "appflow-2020-08-23.service-model.json");
        List<String> patterns = new ArrayList<>();
        document.get("shapes").forEach(s -> {
            if (s.has("pattern")) {
                patterns.add(s.get("pattern").asText());
            }
        });
        return patterns;
    }
}
