package io.connectorexplorer.core.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPathTest {

    @Test
    void theRootIsADollar() {
        assertThat(JsonPath.root()).hasToString("$");
        assertThat(JsonPath.root().depth()).isZero();
    }

    @Test
    void identifiersAreJoinedWithDotsAndIndexesInBrackets() {
        JsonPath path = JsonPath.root()
                .member("connectorConfiguration")
                .member("authenticationConfig")
                .member("customAuthConfigs")
                .index(0)
                .member("authParameters")
                .index(12)
                .member("_key$2");

        assertThat(path)
                .hasToString(
                        "$.connectorConfiguration.authenticationConfig.customAuthConfigs[0].authParameters[12]._key$2");
        assertThat(path.depth()).isEqualTo(7);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "odd key       | $['odd key']",
                "a-b           | $['a-b']",
                "a.b           | $['a.b']",
                "0abc          | $['0abc']",
                "Google Analytics | $['Google Analytics']",
                "名前           | $['名前']",
                "it's          | $['it\\'s']",
                "a\\b          | $['a\\\\b']",
                "\\'           | $['\\\\\\'']",
            })
    void otherKeysAreQuotedAndEscaped(String key, String expected) {
        assertThat(JsonPath.root().member(key)).hasToString(expected);
    }

    @Test
    void anEmptyKeyIsQuoted() {
        assertThat(JsonPath.root().member("").index(1)).hasToString("$[''][1]");
    }

    @Test
    void pathsAreValuesAndNeverChangeOnceMade() {
        JsonPath parent = JsonPath.root().member("a");
        JsonPath child = parent.index(0);

        assertThat(parent).hasToString("$.a");
        assertThat(child)
                .isEqualTo(JsonPath.root().member("a").index(0))
                .hasSameHashCodeAs(JsonPath.root().member("a").index(0));
        assertThat(child).isNotEqualTo(JsonPath.root().member("a").member("0"));
        assertThat(child.segments()).containsExactly("a", 0);
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> child.segments().add("b"));
    }

    @Test
    void startsWithComparesWholeSegments() {
        JsonPath path = JsonPath.root().member("a").index(0).member("b");

        assertThat(path.startsWith(JsonPath.root())).isTrue();
        assertThat(path.startsWith(JsonPath.root().member("a").index(0))).isTrue();
        assertThat(path.startsWith(path)).isTrue();
        assertThat(path.startsWith(JsonPath.root().member("a").index(1))).isFalse();
        assertThat(JsonPath.root().member("ab").startsWith(JsonPath.root().member("a")))
                .isFalse();
        assertThat(JsonPath.root().member("a").startsWith(path)).isFalse();
    }
}
