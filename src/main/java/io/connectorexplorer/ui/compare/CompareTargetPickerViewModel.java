package io.connectorexplorer.ui.compare;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.search.FuzzyMatch;
import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.BackgroundTask;
import io.connectorexplorer.ui.common.Stamps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Picks the other side of a comparison, keyboard first: a few letters of a profile (discovered SSO accounts included)
 * and, optionally, of a region — "beta", "beta us-east", "eu-central-1" — rank the targets; what else the subject
 * offers at the shown target (its other connections) and the versions the history kept before (see
 * {@link CompareSubject}) follow. With nothing typed, the target last compared with for this subject comes first, then
 * the other connections, then the profile after the shown one, in the shown region.
 */
public final class CompareTargetPickerViewModel {

    /** What a choice is. */
    public enum Kind {
        /** The subject at another profile or region. */
        TARGET,
        /** Something else at the shown target: another connection. */
        BESIDE,
        /** A version the history kept before. */
        EARLIER
    }

    /** One line of the list: a target to read the subject at, or a side of its own ({@code source}). */
    public record Choice(Kind kind, String title, String detail, Target target, CompareSource source) {}

    static final String LAST = "compare.with.";
    private static final int SHOWN = 50;
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

    private final ObservableList<AwsProfile> profiles;
    private final List<String> regions;
    private final Settings settings;
    private final TaskRunner tasks;
    private final Stamps openings = new Stamps();
    private final ObservableList<Choice> results = FXCollections.observableArrayList();
    private final ObservableList<Choice> resultsView = FXCollections.unmodifiableObservableList(results);
    private final StringProperty query = new SimpleStringProperty("");
    private List<Choice> earlier = List.of();
    private List<Choice> besides = List.of();
    private Target shown;
    private CompareSubject subject;

    /** {@code profiles}: the main window's list, discovered accounts included; {@code regions}: where AppFlow is. */
    public CompareTargetPickerViewModel(
            ObservableList<AwsProfile> profiles, List<String> regions, Settings settings, TaskRunner tasks) {
        this.profiles = profiles;
        this.regions = regions;
        this.settings = settings;
        this.tasks = tasks;
        query.addListener((obs, old, text) -> rank());
    }

    /** Starts picking for {@code subject} shown at {@code target}: nothing typed, earlier versions asked for. */
    public void open(Target target, CompareSubject subject) {
        open(target, subject, found -> {});
    }

    /**
     * As {@link #open(Target, CompareSubject)}, and {@code whenEarlierKnown} is given the earlier versions, newest
     * first, once they are known (on the FX thread; with none when this opening failed, not when it was superseded).
     */
    public void open(Target target, CompareSubject what, Consumer<List<Choice>> whenEarlierKnown) {
        shown = target;
        subject = what;
        earlier = List.of();
        besides = what.besides(target).stream()
                .map(s -> new Choice(Kind.BESIDE, s.displayName(), "Another connection", null, s))
                .toList();
        query.set("");
        rank();
        BackgroundTask.of(c -> what.earlier(target, c))
                .whileCurrent(openings.next())
                .onSuccess(found -> {
                    earlier = found.stream()
                            .map(s -> new Choice(Kind.EARLIER, s.displayName(), "Earlier version", null, s))
                            .toList();
                    rank();
                    whenEarlierKnown.accept(earlier);
                })
                .onFailure(error -> whenEarlierKnown.accept(List.of()))
                .executeWith(tasks);
    }

    /** The source to compare with for {@code choice}; a target is offered first next time for this subject. */
    public CompareSource choose(Choice choice) {
        if (choice.kind() != Kind.TARGET) {
            return choice.source();
        }
        settings.put(
                LAST + subject.memoryKey(),
                choice.target().profileName() + "@" + choice.target().region());
        return subject.at(choice.target());
    }

    private void rank() {
        if (shown == null) {
            results.clear();
            return;
        }
        String text = query.get() == null ? "" : query.get().strip().toLowerCase(Locale.ROOT);
        List<String> words = List.of(text.split("[\\s@·]+"));
        Set<String> inRegions = new LinkedHashSet<>();
        StringBuilder profileQuery = new StringBuilder();
        for (String word : words) {
            List<String> matching = regionsStartingWith(word);
            if (!matching.isEmpty()) {
                inRegions.addAll(matching);
            } else {
                profileQuery.append(word);
            }
        }
        if (inRegions.isEmpty()) {
            inRegions.add(shown.region());
        }
        record Ranked(Choice choice, int score) {}
        List<Ranked> ranked = new ArrayList<>();
        Optional<Target> last = text.isEmpty() ? last() : Optional.empty();
        last.ifPresent(target -> ranked.add(new Ranked(choice(target, true), Integer.MAX_VALUE)));
        for (Choice choice : besides) {
            int score = FuzzyMatch.score(text, choice.title());
            if (score != FuzzyMatch.NONE) {
                ranked.add(new Ranked(choice, text.isEmpty() ? Integer.MAX_VALUE - 1 : score));
            }
        }
        List<AwsProfile> order = profilesAfterShown();
        for (String region : inRegions) {
            for (AwsProfile profile : order) {
                int score = FuzzyMatch.score(profileQuery.toString(), profile.name());
                Target target = new Target(profile, region);
                if (score != FuzzyMatch.NONE && !target.equals(shown) && !last.equals(Optional.of(target))) {
                    ranked.add(new Ranked(choice(target, false), score));
                }
            }
        }
        for (Choice choice : earlier) {
            int score = FuzzyMatch.score(text, choice.title());
            if (score != FuzzyMatch.NONE) {
                ranked.add(new Ranked(choice, text.isEmpty() ? Integer.MIN_VALUE + 1 : score));
            }
        }
        // Stable: equal scores keep the profiles' order, starting after the shown one.
        ranked.sort(Comparator.comparingInt(Ranked::score).reversed());
        results.setAll(ranked.stream().limit(SHOWN).map(Ranked::choice).toList());
    }

    private Choice choice(Target target, boolean last) {
        String kind = target.profile().kind().label();
        return new Choice(
                Kind.TARGET, target.displayName(), last ? "Compared with last time · " + kind : kind, target, null);
    }

    /** The regions a typed word names: those it starts (with a dash in it), or itself when it reads as a region. */
    private List<String> regionsStartingWith(String word) {
        if (word.indexOf('-') < 0) {
            return List.of();
        }
        List<String> known = new ArrayList<>(regions);
        if (!known.contains(shown.region())) {
            known.add(shown.region());
        }
        List<String> matching =
                known.stream().filter(r -> r.startsWith(word)).sorted().toList();
        return matching.isEmpty() && REGION.matcher(word).matches() ? List.of(word) : matching;
    }

    /** The usable profiles, starting with the one after the shown profile and wrapping round. */
    private List<AwsProfile> profilesAfterShown() {
        List<AwsProfile> usable = profiles.stream().filter(AwsProfile::isUsable).toList();
        int at = -1;
        for (int i = 0; i < usable.size(); i++) {
            if (usable.get(i).name().equals(shown.profileName())) {
                at = i;
            }
        }
        List<AwsProfile> order = new ArrayList<>(usable.subList(at + 1, usable.size()));
        order.addAll(usable.subList(0, at + 1));
        return order;
    }

    /** The target last compared with for this subject, while its profile is still there. */
    private Optional<Target> last() {
        Optional<String> saved = settings.get(LAST + subject.memoryKey());
        if (saved.isEmpty() || saved.get().lastIndexOf('@') <= 0) {
            return Optional.empty();
        }
        String text = saved.get();
        String name = text.substring(0, text.lastIndexOf('@'));
        String region = text.substring(text.lastIndexOf('@') + 1);
        return profiles.stream()
                .filter(p -> p.name().equals(name) && p.isUsable())
                .findFirst()
                .map(p -> new Target(p, region))
                .filter(target -> !target.equals(shown));
    }

    /** What was typed. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The best matches first; the first is what Enter compares with when none is selected. */
    public ObservableList<Choice> getResults() {
        return resultsView;
    }
}
