package io.connectorexplorer.core.form;

import static io.connectorexplorer.core.form.FormFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HelpTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The location of the Salesforce resource.                   | The location of the Salesforce resource. |",
                "One sentence without a stop                                | One sentence without a stop              |",
                "Uses OAuth 2.0. Then AppFlow asks for a token.             | Uses OAuth 2.0.                          | Then AppFlow asks for a token.",
                "Supports TLS 1.2 and 1.3 only. Older versions fail.        | Supports TLS 1.2 and 1.3 only.           | Older versions fail.",
                "A code, e.g. Salesforce or Zendesk, goes here. More.       | A code, e.g. Salesforce or Zendesk, goes here. | More.",
                "The host, i.e. The server name. Next one.                  | The host, i.e. The server name.          | Next one.",
                "See https://docs.aws.amazon.com/appflow/a.html for more. B | See https://docs.aws.amazon.com/appflow/a.html for more. | B",
                "See https://example.com/a.html. Then go on.                | See https://example.com/a.html.          | Then go on.",
                "Set by J. Smith in 2024. Done.                             | Set by J. Smith in 2024.                 | Done.",
                "Is it set? Yes, always!  Really.                           | Is it set?                               | Yes, always!  Really.",
                "Quoted \"end.\" Next.                                      | Quoted \"end.\"                          | Next.",
                "Ends with a number 3. 4 follows.                           | Ends with a number 3.                    | 4 follows.",
                "lower. case after a stop stays in the sentence             | lower. case after a stop stays in the sentence |",
            })
    void theFirstSentenceEndsWhereASentenceEnds(String help, String first, String rest) {
        HelpText text = HelpText.of(help);

        assertThat(text.firstSentence()).isEqualTo(first);
        assertThat(text.rest()).isEqualTo(rest == null ? "" : rest);
        assertThat(text.hasMore()).isEqualTo(rest != null);
    }

    @Test
    void noHelpIsEmpty() {
        assertThat(HelpText.of(null)).isEqualTo(new HelpText("", ""));
        assertThat(HelpText.of("  ")).isEqualTo(new HelpText("", ""));
    }

    @Test
    void aLongModelDescriptionShowsItsFirstSentence() {
        FieldSpec privateLink = spec("Salesforce").propertyFields().get(2);

        HelpText text = privateLink.helpText();

        assertThat(text.firstSentence())
                .isEqualTo("If the connection mode for the connector profile is private, this parameter sets whether"
                        + " Amazon AppFlow uses the private network to send metadata and authorization calls to"
                        + " Salesforce.");
        assertThat(text.rest()).startsWith("Amazon AppFlow sends private calls through");
        assertThat(text.firstSentence() + " " + text.rest()).isEqualTo(privateLink.help());
    }
}
