package io.connectorexplorer.ui.connector;

import static io.connectorexplorer.core.connector.Capability.NO;
import static io.connectorexplorer.core.connector.Capability.NOT_STATED;
import static io.connectorexplorer.core.connector.Capability.UNKNOWN;
import static io.connectorexplorer.core.connector.Capability.YES;
import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.connector.Capability;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlagBadgesTest {

    @Test
    void aKnownFlagShowsBesideAnUnknownOneAndOnlyTheUnknownOneIsMarked() {
        assertThat(words(YES, UNKNOWN, true)).containsExactly("SOURCE", "DEST …");
        assertThat(words(NOT_STATED, YES, false)).containsExactly("SOURCE –", "DEST");
        assertThat(words(NO, UNKNOWN, false)).containsExactly("DEST ?");
    }

    @Test
    void flagsThatAreAlikeAndNotStatedShareOneBadge() {
        assertThat(words(UNKNOWN, UNKNOWN, true)).containsExactly("…");
        assertThat(words(UNKNOWN, UNKNOWN, false)).containsExactly("?");
        assertThat(words(NOT_STATED, NOT_STATED, false)).containsExactly("not stated");
        assertThat(words(YES, YES, false)).containsExactly("SOURCE", "DEST");
        assertThat(words(NO, NO, false)).isEmpty();
    }

    @Test
    void stillLoadingAndNotKnownSayWhatTheyMean() {
        ConnectorSummary loading = row(UNKNOWN, UNKNOWN);

        assertThat(FlagBadges.of(loading, true).both().tooltip()).startsWith("Still loading");
        assertThat(FlagBadges.of(loading, false).both().tooltip()).contains("could not be described");
        assertThat(FlagBadges.spoken(row(YES, NOT_STATED), false)).isEqualTo("source: yes, destination: not stated");
    }

    private static List<String> words(Capability source, Capability destination, boolean filling) {
        FlagBadges badges = FlagBadges.of(row(source, destination), filling);
        List<String> words = new ArrayList<>();
        for (FlagBadges.Badge badge : new FlagBadges.Badge[] {badges.source(), badges.destination(), badges.both()}) {
            if (badge != null) {
                words.add(badge.text());
            }
        }
        return words;
    }

    private static ConnectorSummary row(Capability source, Capability destination) {
        return new ConnectorSummary(ConnectorKey.custom("acme"), "Acme", null, null, source, destination);
    }
}
