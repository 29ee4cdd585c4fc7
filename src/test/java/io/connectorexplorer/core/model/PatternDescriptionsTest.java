package io.connectorexplorer.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.infra.model.BundledServiceModel;
import io.connectorexplorer.testsupport.JsonTrees;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatternDescriptionsTest {

    /** Every pattern of the bundled AppFlow model, and the words a user reads for it. */
    private static final Map<String, String> APPFLOW = Map.ofEntries(
            Map.entry("\\S+", "no spaces, tabs or line breaks"),
            Map.entry(".*", "no line breaks"),
            Map.entry(".+", "no line breaks"),
            Map.entry("[\\w/!@#+=.-]+", "letters, digits and _ / ! @ # + = . - only; no spaces or accents"),
            Map.entry("[\\w]+", "letters, digits and _ only; no spaces or accents"),
            Map.entry("[\\w/-]+", "letters, digits and _ / - only; no spaces or accents"),
            Map.entry("^[a-zA-Z0-9_]*$", "letters, digits and _ only; no spaces or accents"),
            Map.entry("[\\s\\w/!@#+=.-]*", "letters, digits, spaces and _ / ! @ # + = . - only; no accents"),
            Map.entry("[\\s\\w/!@#+=,.-]*", "letters, digits, spaces and _ / ! @ # + = , . - only; no accents"),
            Map.entry("[\\w!@#\\-.?,\\s]*", "letters, digits, spaces and _ ! @ # - . ? , only; no accents"),
            Map.entry("[\\s\\w_-]+", "letters, digits, spaces and _ - only; no accents"),
            // +-= is a range: it takes in , ; < and the digits as well.
            Map.entry("[\\s\\w+-=\\.:/@]*", "letters, digits, spaces and _ + - = . : / @ , ; < only; no accents"),
            Map.entry(
                    "^(?!aws:)[a-zA-Z+-=._:/]+$",
                    "letters, digits and - + = . _ : / , ; < only; no spaces or accents; must not start with aws:"),
            Map.entry(
                    "[a-zA-Z0-9][\\w!@#.-]+",
                    "must start with a letter or digit, followed by letters, digits and _ ! @ # . - only;"
                            + " no spaces or accents"),
            Map.entry("[ -~]+", "no tabs, line breaks, control characters or characters outside ASCII"),
            Map.entry(
                    "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*",
                    "no line breaks or control characters"),
            Map.entry("^\\d{3}$", "exactly 3 digits"),
            Map.entry("^(upsolver-appflow)\\S*", "must start with upsolver-appflow; no spaces, tabs or line breaks"),
            Map.entry(
                    "^$|com.amazonaws.vpce.[\\w/!:@#.\\-]+",
                    "must be empty or start with com.amazonaws.vpce., followed by letters, digits and _ / ! : @ # . -"
                            + " only; no spaces or accents"),
            Map.entry(
                    "^(https?)://[-a-zA-Z0-9+&@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&@#/%=~_|]",
                    "must be a web address starting with http:// or https://; no spaces"),
            Map.entry(
                    "^(https?|ftp|file)://[-a-zA-Z0-9+&@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&@#/%=~_|]",
                    "must be a web address starting with http://, https://, ftp:// or file://; no spaces"),
            Map.entry(
                    "^([a-zA-Z0-9_=]+)\\.([a-zA-Z0-9_=]+)\\.([a-zA-Z0-9_\\-\\+\\/=]*)",
                    "must be a JSON web token: three parts separated by dots"),
            Map.entry("arn:aws:.*:.*:[0-9]+:.*", "must be an ARN: arn:aws:<service>:<Region>:<account ID>:<resource>"),
            Map.entry("arn:aws:iam:.*:[0-9]+:.*", "must be an IAM role ARN: arn:aws:iam::<account ID>:<resource>"),
            Map.entry(
                    "arn:aws:kms:.*:[0-9]+:.*", "must be a KMS key ARN: arn:aws:kms:<Region>:<account ID>:<resource>"),
            Map.entry(
                    "arn:aws:secretsmanager:.*:[0-9]+:.*",
                    "must be a Secrets Manager secret ARN: arn:aws:secretsmanager:<Region>:<account ID>:<resource>"),
            Map.entry(
                    "arn:aws:appflow:.*:[0-9]+:.*",
                    "must be an AppFlow ARN: arn:aws:appflow:<Region>:<account ID>:<resource>"));

    @Test
    void everyPatternOfTheModelIsListedHere() {
        assertThat(new TreeSet<>(APPFLOW.keySet())).isEqualTo(modelPatterns());
    }

    @Test
    void everyPatternOfTheModelIsPutInWordsNeverAsRegex() {
        for (String pattern : modelPatterns()) {
            String words = PatternDescriptions.describe(pattern);

            assertThat(words).as(pattern).isEqualTo(APPFLOW.get(pattern));
            assertThat(words).as(pattern).isNotEqualTo(PatternDescriptions.FALLBACK);
            assertThat(words).as(pattern).doesNotContain("\\", "[", "]", "*", "(?", "{");
        }
    }

    /** The words are checked against the regex itself: what they say is taken is taken, what they say is not is not. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[\\w/!@#+=.-]+          | team/prod@eu#1+x=y.z_w!-   | has space",
                "[\\w/!@#+=.-]+          | abc                        | Café",
                "[\\w]+                  | a_1                        | a-1",
                "\\S+                    | a!\"§$%&/()é               | a\tb",
                ".*                      | tab\tand space é           | '\n'",
                "[\\s\\w+-=\\.:/@]*      | 'a 1,;<'                   | a>b",
                "^(?!aws:)[a-zA-Z+-=._:/]+$ | team:cost-centre,9      | aws:x",
                "[a-zA-Z0-9][\\w!@#.-]+  | acme-crm                   | -acme",
                "^\\d{3}$                | 007                        | 07",
            })
    void theWordsAgreeWithTheRegex(String pattern, String taken, String refused) {
        Pattern regex = Pattern.compile(pattern);

        assertThat(ModelValidator.matches(regex, taken)).as(taken).isTrue();
        assertThat(ModelValidator.matches(regex, refused.replace("'\n'", "\n")))
                .as(refused)
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "(ab|cd)+",
                "[a-m]+",
                "[^x]{2,4}",
                "''",
            })
    void otherPatternsGetTheGenericWords(String pattern) {
        assertThat(PatternDescriptions.describe(pattern)).isEqualTo(PatternDescriptions.FALLBACK);
    }

    @Test
    void partsOfTheAlphabetAreNamed() {
        assertThat(PatternDescriptions.describe("[a-z]+")).isEqualTo("lowercase letters only; no spaces or accents");
        assertThat(PatternDescriptions.describe("[A-Z0-9]*"))
                .isEqualTo("capital letters and digits only; no spaces or accents");
    }

    private static Set<String> modelPatterns() {
        JsonNode document = JsonTrees.resource(BundledServiceModel.class, "appflow-2020-08-23.service-model.json");
        Set<String> patterns = new TreeSet<>();
        document.get("shapes").forEach(s -> {
            if (s.has("pattern")) {
                patterns.add(s.get("pattern").asText());
            }
        });
        return patterns;
    }
}
