package io.connectorexplorer.ui.shell;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.search.FuzzyMatch;
import io.connectorexplorer.core.search.SeenConnectors;
import io.connectorexplorer.ui.profile.ProfileSwitcherViewModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Go to anything (Ctrl+K): a few typed letters find a profile, a region, or a connector of any account seen this run,
 * ranked by how well they match and by what was chosen lately; the choice opens in the main window. Switching the
 * profile — what users do most — takes Ctrl+K, a few letters and Enter.
 */
public final class QuickSwitcherViewModel {

    /** What a choice is, for its icon and wording. */
    public enum Kind {
        PROFILE,
        REGION,
        CONNECTOR
    }

    /** One thing to go to: what the list shows, and what choosing it does. */
    public record Choice(Kind kind, String title, String detail, Runnable go) {}

    private static final int SHOWN = 50;
    private static final int REMEMBERED = 20;

    private final ProfileSwitcherViewModel switcher;
    private final ExplorerViewModel explorer;
    private final SeenConnectors seen;
    /** Titles chosen lately, the latest first: they rank higher. */
    private final Deque<String> recent = new ArrayDeque<>();

    private final List<Choice> candidates = new ArrayList<>();
    private final ObservableList<Choice> results = FXCollections.observableArrayList();
    private final ObservableList<Choice> resultsView = FXCollections.unmodifiableObservableList(results);
    private final StringProperty query = new SimpleStringProperty("");

    public QuickSwitcherViewModel(ProfileSwitcherViewModel switcher, ExplorerViewModel explorer, SeenConnectors seen) {
        this.switcher = switcher;
        this.explorer = explorer;
        this.seen = seen;
        query.addListener((obs, old, text) -> rank());
    }

    /** Gathers what there is to go to now, with nothing typed yet (the switcher opens). */
    public void start() {
        candidates.clear();
        for (AwsProfile profile : switcher.getProfiles()) {
            if (profile.isUsable()) {
                candidates.add(new Choice(
                        Kind.PROFILE,
                        profile.name(),
                        "Profile · " + profile.kind().label(),
                        () -> switcher.choose(profile, null)));
            }
        }
        AwsProfile current = switcher.getProfile();
        if (current != null) {
            for (String region : switcher.getRegions()) {
                candidates.add(new Choice(
                        Kind.REGION, region, "Region for " + current.name(), () -> switcher.choose(current, region)));
            }
        }
        for (SeenConnectors.Sighting sighting : seen.all()) {
            Target target = sighting.target();
            candidates.add(new Choice(
                    Kind.CONNECTOR,
                    sighting.connector().name(),
                    sighting.connector().key().displayId() + " · " + target.displayName(),
                    () -> explorer.goTo(target, sighting.connector().key())));
        }
        query.set("");
        rank();
    }

    /** Goes to {@code choice}, and remembers it for the ranking next time. */
    public void go(Choice choice) {
        recent.remove(choice.title());
        recent.addFirst(choice.title());
        while (recent.size() > REMEMBERED) {
            recent.removeLast();
        }
        choice.go().run();
    }

    private void rank() {
        String q = query.get() == null ? "" : query.get();
        record Ranked(Choice choice, int score) {}
        List<Ranked> ranked = new ArrayList<>();
        for (Choice choice : candidates) {
            int score = FuzzyMatch.score(q, choice.title());
            if (score == FuzzyMatch.NONE) {
                // "acme prod": the connector's name and its account, together.
                int both = FuzzyMatch.score(q, choice.title() + " " + choice.detail());
                score = both == FuzzyMatch.NONE ? FuzzyMatch.NONE : both / 2;
            }
            if (score != FuzzyMatch.NONE) {
                int lately = indexOf(choice.title());
                ranked.add(new Ranked(choice, score + (lately < 0 ? 0 : (REMEMBERED - lately) * 150)));
            }
        }
        ranked.sort(Comparator.comparingInt(Ranked::score).reversed());
        results.setAll(ranked.stream().limit(SHOWN).map(Ranked::choice).toList());
    }

    private int indexOf(String title) {
        int i = 0;
        for (String t : recent) {
            if (t.equals(title)) {
                return i;
            }
            i++;
        }
        return -1;
    }

    /** What was typed. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The best matches first. */
    public ObservableList<Choice> getResults() {
        return resultsView;
    }
}
