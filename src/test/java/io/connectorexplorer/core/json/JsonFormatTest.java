package io.connectorexplorer.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonFormatTest {

    @Test
    void prettyLaysOutAsTheAwsCliPrints() throws Exception {
        JsonNode node = JsonFormat.parse("""
                {"connectorType":"Salesforce","canUseAsSource":true,"labels":["a","b"],
                 "nested":{"list":[{"x":null}],"empty":{},"none":[]},"count":3}""");

        assertThat(JsonFormat.pretty(node)).isEqualTo("""
                {
                    "connectorType": "Salesforce",
                    "canUseAsSource": true,
                    "labels": [
                        "a",
                        "b"
                    ],
                    "nested": {
                        "list": [
                            {
                                "x": null
                            }
                        ],
                        "empty": {},
                        "none": []
                    },
                    "count": 3
                }
                """);
    }

    @Test
    void emptyContainersAtTheTopAreWrittenTight() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;

        assertThat(JsonFormat.pretty(nodes.objectNode())).isEqualTo("{}\n");
        assertThat(JsonFormat.pretty(nodes.arrayNode())).isEqualTo("[]\n");
    }

    @Test
    void unicodeIsWrittenAsItselfAndControlCharactersEscaped() throws Exception {
        JsonNode node = JsonFormat.parse(
                "{\"name\": \"Zo\\u00eb \u2713 \u65e5\u672c \uD83D\uDE80 a/b\", \"t\": \"line\\nnext\\t\\\"q\\\"\"}");

        assertThat(JsonFormat.pretty(node)).isEqualTo("""
                {
                    "name": "Zoë ✓ 日本 🚀 a/b",
                    "t": "line\\nnext\\t\\"q\\""
                }
                """);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1700000000.123456",
                "1.10",
                "0.000",
                "-0.5",
                "12345678901234567890123",
                "3.141592653589793238462643383279",
                "1700000000",
                "-42"
            })
    void numbersSurviveParseAndPrettyExactly(String number) throws Exception {
        String text = JsonFormat.pretty(JsonFormat.parse("{\"n\": " + number + "}"));

        assertThat(text).isEqualTo("{\n    \"n\": " + number + "\n}\n");
    }

    @Test
    void parsingBytesReadsUtf8AndKeepsNumbersExact() throws Exception {
        JsonNode node = JsonFormat.parse("{\"name\": \"Zoë\", \"v\": 1.10}".getBytes(UTF_8));

        assertThat(node.get("name").asText()).isEqualTo("Zoë");
        assertThat(node.get("v").decimalValue()).hasToString("1.10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{} {}", "{\"a\": 1} x", "[1] [2]", "{\"a\": 1}}"})
    void trailingTokensAreRejected(String json) {
        assertThatExceptionOfType(JsonProcessingException.class).isThrownBy(() -> JsonFormat.parse(json));
        assertThatExceptionOfType(JsonProcessingException.class)
                .isThrownBy(() -> JsonFormat.parse(json.getBytes(UTF_8)));
    }

    @Test
    void malformedJsonIsAProcessingException() {
        assertThatExceptionOfType(JsonProcessingException.class).isThrownBy(() -> JsonFormat.parse("{\"a\": "));
    }

    @Test
    void compactHasNoWhitespace() throws Exception {
        JsonNode node = JsonFormat.parse("{ \"a\" : [ 1 , 2.50 ], \"b\" : { } }");

        assertThat(JsonFormat.compact(node)).isEqualTo("{\"a\":[1,2.50],\"b\":{}}");
    }
}
