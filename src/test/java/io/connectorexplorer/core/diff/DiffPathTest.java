package io.connectorexplorer.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiffPathTest {

    private static final DiffPath ROOT = DiffPath.root();

    @Test
    void theIssuesExampleReadsAsWritten() {
        DiffPath path = ROOT.member("connectorConfiguration")
                .member("authenticationConfig")
                .member("customAuthConfigs")
                .keyed("customAuthenticationType", "CUSTOM")
                .member("authParameters")
                .keyed("key", "apiKey")
                .member("isRequired");

        assertThat(path)
                .hasToString("$.connectorConfiguration.authenticationConfig.customAuthConfigs"
                        + "[customAuthenticationType=CUSTOM].authParameters[key=apiKey].isRequired");
        assertThat(DiffPath.parse(path.toString())).isEqualTo(path);
        assertThat(path.depth()).isEqualTo(7);
        assertThat(path.parent().last()).isEqualTo(new DiffPath.Keyed("key", "apiKey"));
    }

    @Test
    void lookalikeSegmentsPrintDifferently() {
        List<DiffPath> lookalikes = List.of(
                ROOT.member("EQUAL_TO"),
                ROOT.member("3"),
                ROOT.member("a.b"),
                ROOT.member("true"),
                ROOT.index(3),
                ROOT.element(TextNode.valueOf("EQUAL_TO")),
                ROOT.element(TextNode.valueOf("3")),
                ROOT.element(TextNode.valueOf("a.b")),
                ROOT.element(TextNode.valueOf("true")),
                ROOT.element(TextNode.valueOf("null")),
                ROOT.element(DecimalNode.valueOf(new BigDecimal("3"))),
                ROOT.element(BooleanNode.TRUE),
                ROOT.element(NullNode.getInstance()),
                ROOT.keyed("key", "3"),
                ROOT.keyed("key", "a.b"),
                ROOT.keyed("key", "EQUAL_TO"));

        List<String> texts = lookalikes.stream().map(DiffPath::toString).toList();

        assertThat(texts)
                .containsExactly(
                        "$.EQUAL_TO",
                        "$[\"3\"]",
                        "$[\"a.b\"]",
                        "$.true",
                        "$[3]",
                        "$[EQUAL_TO]",
                        "$[=\"3\"]",
                        "$[=\"a.b\"]",
                        "$[true]",
                        "$[null]",
                        "$[=3]",
                        "$[=true]",
                        "$[=null]",
                        "$[key=\"3\"]",
                        "$[key=\"a.b\"]",
                        "$[key=EQUAL_TO]");
        assertThat(texts.stream().collect(Collectors.toSet())).hasSameSizeAs(texts);
        assertThat(lookalikes)
                .allSatisfy(p -> assertThat(DiffPath.parse(p.toString())).isEqualTo(p));
    }

    @Test
    void keysWithBracketsEqualsSignsDotsQuotesAndBackslashesRoundTrip() {
        DiffPath path = ROOT.member("we\"ird ]name")
                .keyed("key", "a]b=c.d\"e\\f")
                .element(TextNode.valueOf("x\"]["))
                .parent()
                .member("")
                .member("ünïcode");

        assertThat(path).hasToString("$[\"we\\\"ird ]name\"][key=\"a]b=c.d\\\"e\\\\f\"][\"\"][\"ünïcode\"]");
        assertThat(DiffPath.parse(path.toString())).isEqualTo(path);
    }

    @Test
    void theRootIsADollar() {
        assertThat(ROOT).hasToString("$");
        assertThat(ROOT.isRoot()).isTrue();
        assertThat(ROOT.parent()).isSameAs(ROOT);
        assertThat(DiffPath.parse("$")).isEqualTo(ROOT);
    }

    @Test
    void equalPathsHashAlike() {
        DiffPath a = ROOT.member("x").index(2).keyed("key", "k");
        DiffPath b = DiffPath.parse("$.x[2][key=k]");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(ROOT.member("x").index(2).keyed("key", "j"));
        assertThat(a).isNotEqualTo(ROOT.member("x").index(2));
    }

    @Test
    void setElementsAreTheSameWhenTheirValuesAre() {
        DiffPath three = ROOT.element(DecimalNode.valueOf(new BigDecimal("3")));
        DiffPath threePointZero = ROOT.element(DecimalNode.valueOf(new BigDecimal("3.0")));

        assertThat(three).isEqualTo(threePointZero).hasSameHashCodeAs(threePointZero);
        assertThat(three).isNotEqualTo(ROOT.element(TextNode.valueOf("3")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "a", "$.", "$.3", "$.a-b", "$[", "$[x", "$[\"open]", "$[=]", "$[={}]", "$[k=a.b]", "$x"})
    void textThatIsNoPathIsRejected(String text) {
        assertThatThrownBy(() -> DiffPath.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a diff path");
    }
}
