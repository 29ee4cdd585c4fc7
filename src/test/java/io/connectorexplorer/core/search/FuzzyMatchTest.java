package io.connectorexplorer.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class FuzzyMatchTest {

    @Test
    void everyLetterMustAppearInOrder() {
        assertThat(FuzzyMatch.score("prd", "acme-prod")).isNotEqualTo(FuzzyMatch.NONE);
        assertThat(FuzzyMatch.score("dpr", "acme-prod")).isEqualTo(FuzzyMatch.NONE);
        assertThat(FuzzyMatch.score("x", "acme-prod")).isEqualTo(FuzzyMatch.NONE);
    }

    @Test
    void caseAndSpacesDoNotMatterAndNothingTypedMatchesEverything() {
        assertThat(FuzzyMatch.score("ACME", "acme-prod")).isEqualTo(FuzzyMatch.score("acme", "acme-prod"));
        assertThat(FuzzyMatch.score("  ", "anything")).isZero();
    }

    @Test
    void aPrefixBeatsAWordStartWhichBeatsLettersScatteredInTheMiddle() {
        List<String> names = List.of("staging-prod-copy", "prod", "ap-southeast-2", "reproduce");
        assertThat(rank("prod", names)).containsExactly("prod", "staging-prod-copy", "reproduce");
        assertThat(rank("ec", List.of("eu-central-1", "ap-northeast-1", "sa-east-1")))
                .startsWith("eu-central-1");
    }

    @Test
    void aNameThatStartsWithWhatWasTypedBeatsOneWhoseWordsMerelyStartWithItsLetters() {
        assertThat(rank("acme", List.of("Amazon Connect Customer Profiles", "Acme CRM")))
                .containsExactly("Acme CRM", "Amazon Connect Customer Profiles");
    }

    @Test
    void theShorterNameWinsATie() {
        assertThat(FuzzyMatch.score("sales", "Salesforce"))
                .isGreaterThan(FuzzyMatch.score("sales", "Salesforce Pardot"));
    }

    private static List<String> rank(String query, List<String> names) {
        return names.stream()
                .filter(n -> FuzzyMatch.score(query, n) != FuzzyMatch.NONE)
                .sorted(Comparator.comparingInt((String n) -> FuzzyMatch.score(query, n))
                        .reversed())
                .toList();
    }
}
