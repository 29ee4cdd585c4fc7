package io.connectorexplorer.ui.inventory;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.DiscoveredProfileName;
import io.connectorexplorer.core.settings.Settings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Which targets to take the inventory of: profiles (the main window's list, discovered SSO accounts included) ×
 * regions. "All profiles" ticks every profile that can work except the demo; "All regions" every region where AppFlow
 * is offered; both stay "all" as lists change. The first time, the main window's profile and region are ticked, or the
 * selection used last; selections can be saved by name, chosen again and deleted. Only names go to the settings.
 */
public final class TargetPickerViewModel {

    private final ObservableList<AwsProfile> sourceProfiles;
    private final List<String> appflowRegions;
    private final SavedSelections saved;
    private final ObservableList<Choice<AwsProfile>> profiles = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> regions = FXCollections.observableArrayList();
    private final BooleanProperty allProfiles = new SimpleBooleanProperty(this, "allProfiles");
    private final BooleanProperty allRegions = new SimpleBooleanProperty(this, "allRegions");
    private final ObservableList<String> savedNames = FXCollections.observableArrayList();
    /** Read-only, kept: a wrapper made at each call would drop its listeners once collected. */
    private final ObservableList<String> savedNamesView = FXCollections.unmodifiableObservableList(savedNames);

    private final ReadOnlyIntegerWrapper targetCount = new ReadOnlyIntegerWrapper(this, "targetCount");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private boolean adjusting;
    private boolean opened;

    public TargetPickerViewModel(ObservableList<AwsProfile> sourceProfiles, List<String> regions, Settings settings) {
        this.sourceProfiles = sourceProfiles;
        this.appflowRegions = List.copyOf(regions);
        this.saved = new SavedSelections(settings);
        allProfiles.addListener((obs, was, on) -> tickAll(this.profiles, TargetPickerViewModel::inAll, on));
        allRegions.addListener((obs, was, on) -> tickAll(this.regions, c -> true, on));
        appflowRegions.forEach(this::addRegion);
        sourceProfiles.addListener((ListChangeListener<AwsProfile>) c -> readProfiles());
        readProfiles();
        savedNames.setAll(saved.names());
    }

    /** The window opens: the first time, the selection used last, else the main window's profile and region. */
    public void open(AwsProfile current, String currentRegion) {
        if (opened) {
            return;
        }
        opened = true;
        saved.last()
                .or(() -> current == null || currentRegion == null
                        ? java.util.Optional.empty()
                        : java.util.Optional.of(
                                new TargetSelection(false, List.of(current.name()), false, List.of(currentRegion))))
                .ifPresent(this::apply);
    }

    /** Every ticked profile in every ticked region, profile by profile, in the lists' order. */
    public List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        for (Choice<AwsProfile> profile : profiles) {
            if (profile.isChosen()) {
                for (Choice<String> region : regions) {
                    if (region.isChosen()) {
                        targets.add(new Target(profile.value(), region.value()));
                    }
                }
            }
        }
        return targets;
    }

    /** What is ticked, by name. */
    public TargetSelection selection() {
        return new TargetSelection(
                allProfiles.get(),
                profiles.stream()
                        .filter(Choice::isChosen)
                        .map(c -> c.value().name())
                        .toList(),
                allRegions.get(),
                regions.stream().filter(Choice::isChosen).map(Choice::value).toList());
    }

    /** Ticks what {@code selection} names (those that no longer exist are left out). */
    public void apply(TargetSelection selection) {
        selection.regions().forEach(this::addRegion);
        adjusting = true;
        try {
            Set<String> names = new HashSet<>(selection.profiles());
            profiles.forEach(c -> c.setChosen(names.contains(c.value().name()) || selection.allProfiles() && inAll(c)));
            Set<String> inRegions = new HashSet<>(selection.regions());
            regions.forEach(c -> c.setChosen(selection.allRegions() || inRegions.contains(c.value())));
            allProfiles.set(selection.allProfiles());
            allRegions.set(selection.allRegions());
        } finally {
            adjusting = false;
        }
        recount();
    }

    /** Remembers what is ticked as the selection to start with next time (called when an inventory starts). */
    public void remember() {
        saved.setLast(selection());
    }

    /** Saves what is ticked as {@code name} (replacing one of that name). */
    public void save(String name) {
        String clean = name == null ? "" : name.strip();
        if (!clean.isEmpty()) {
            saved.put(clean, selection());
            savedNames.setAll(saved.names());
        }
    }

    /** Ticks the saved selection {@code name}. */
    public void choose(String name) {
        saved.get(name).ifPresent(this::apply);
    }

    public void delete(String name) {
        saved.remove(name);
        savedNames.setAll(saved.names());
    }

    private void readProfiles() {
        Set<String> ticked = new HashSet<>();
        profiles.stream()
                .filter(Choice::isChosen)
                .forEach(c -> ticked.add(c.value().name()));
        List<Choice<AwsProfile>> fresh = new ArrayList<>();
        for (AwsProfile profile : sourceProfiles) {
            Choice<AwsProfile> choice = profileChoice(profile);
            choice.setChosen(ticked.contains(profile.name()) || allProfiles.get() && inAll(choice));
            follow(choice);
            fresh.add(choice);
        }
        profiles.setAll(fresh);
        recount();
    }

    private static Choice<AwsProfile> profileChoice(AwsProfile profile) {
        if (!profile.isUsable()) {
            return new Choice<>(profile, profile.name(), profile.problem(), false);
        }
        if (profile.isDemo()) {
            return new Choice<>(profile, profile.name(), "Sample data, built in; not among All profiles.", true);
        }
        return DiscoveredProfileName.parse(profile.name())
                .map(d -> {
                    String name = profile.name();
                    return new Choice<>(
                            profile,
                            "↳ " + name.substring(name.indexOf(" / ") + 3),
                            name + "\nAn account of the SSO session's sign-in, without a profile in the files.",
                            true);
                })
                .orElseGet(() -> new Choice<>(profile, profile.name(), null, true));
    }

    private void addRegion(String region) {
        if (regions.stream().noneMatch(c -> c.value().equals(region))) {
            Choice<String> choice = new Choice<>(region, region, null, true);
            choice.setChosen(allRegions.get());
            follow(choice);
            regions.add(choice);
        }
    }

    private void follow(Choice<?> choice) {
        choice.chosenProperty().addListener((obs, was, on) -> {
            if (!adjusting) {
                adjusting = true;
                try {
                    // "All" follows the ticks: unticking one profile is no longer all of them.
                    allProfiles.set(everyTicked(profiles, TargetPickerViewModel::inAll));
                    allRegions.set(everyTicked(regions, c -> true));
                } finally {
                    adjusting = false;
                }
                recount();
            }
        });
    }

    private <T> void tickAll(List<Choice<T>> choices, Predicate<Choice<T>> inAll, boolean on) {
        if (adjusting) {
            return;
        }
        adjusting = true;
        try {
            choices.stream().filter(inAll).forEach(c -> c.setChosen(on));
        } finally {
            adjusting = false;
        }
        recount();
    }

    private static <T> boolean everyTicked(List<Choice<T>> choices, Predicate<Choice<T>> inAll) {
        List<Choice<T>> all = choices.stream().filter(inAll).toList();
        return !all.isEmpty() && all.stream().allMatch(Choice::isChosen);
    }

    private static boolean inAll(Choice<AwsProfile> choice) {
        return choice.isSelectable() && !choice.value().isDemo();
    }

    private void recount() {
        long ticked = profiles.stream().filter(Choice::isChosen).count();
        long inRegions = regions.stream().filter(Choice::isChosen).count();
        int count = (int) (ticked * inRegions);
        targetCount.set(count);
        countText.set(count == 0 ? "No targets: tick a profile and a region" : MatrixTexts.targets(count));
        summary.set(
                count == 0
                        ? "Targets: none chosen"
                        : "Targets: " + ticked + (ticked == 1 ? " profile × " : " profiles × ") + inRegions
                                + (inRegions == 1 ? " region = " : " regions = ") + MatrixTexts.targets(count));
    }

    public ObservableList<Choice<AwsProfile>> getProfiles() {
        return profiles;
    }

    public ObservableList<Choice<String>> getRegions() {
        return regions;
    }

    public BooleanProperty allProfilesProperty() {
        return allProfiles;
    }

    public BooleanProperty allRegionsProperty() {
        return allRegions;
    }

    public ObservableList<String> getSavedNames() {
        return savedNamesView;
    }

    public ReadOnlyIntegerProperty targetCountProperty() {
        return targetCount.getReadOnlyProperty();
    }

    /** "12 targets", or what is missing. */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** "Targets: 3 profiles × 4 regions = 12 targets", for the picker's title. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
