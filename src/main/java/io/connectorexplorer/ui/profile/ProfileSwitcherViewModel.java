package io.connectorexplorer.ui.profile;

import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.TargetResolver;
import io.connectorexplorer.core.settings.Settings;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The profile and region pickers. A user's choice asks for a switch; the region follows the profile
 * (last one used with it, else AWS_REGION, else the profile's own). Choices are remembered by name only.
 */
public final class ProfileSwitcherViewModel {

    static final String LAST_PROFILE = "profile.last";
    static final String REGION_PREFIX = "region.";

    private final Settings settings;
    private final String fallbackRegion;
    private final ObservableList<AwsProfile> profiles = FXCollections.observableArrayList();
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private Optional<String> environmentRegion = Optional.empty();
    private BiConsumer<AwsProfile, String> onSwitch = (p, r) -> {};
    private BiPredicate<AwsProfile, String> mayLeave = (p, r) -> true;
    /** The profile and region last switched to (the pickers run ahead while the user is choosing). */
    private AwsProfile switchedTo;

    private String switchedRegion;
    private boolean internal;

    public ProfileSwitcherViewModel(Settings settings, List<String> regions, String fallbackRegion) {
        this.settings = settings;
        this.fallbackRegion = fallbackRegion;
        this.regions.setAll(regions);
        profile.addListener((obs, old, chosen) -> {
            if (!internal && chosen != null && !chosen.equals(old)) {
                choose(chosen, Optional.empty());
            }
        });
        region.addListener((obs, old, chosen) -> {
            if (!internal && chosen != null && !chosen.equals(old) && profile.get() != null) {
                choose(profile.get(), Optional.of(chosen));
            }
        });
    }

    public void setOnSwitch(BiConsumer<AwsProfile, String> onSwitch) {
        this.onSwitch = onSwitch;
    }

    /**
     * Asked before the user's choice switches away from the account shown (to keep what was typed in the Connect
     * form, say); when it answers false the pickers go back to the account shown.
     */
    public void setMayLeave(BiPredicate<AwsProfile, String> mayLeave) {
        this.mayLeave = mayLeave;
    }

    /** Fills the pickers and switches to the profile AWS_PROFILE names, else the last used. */
    public void load(List<AwsProfile> all, Optional<String> environmentProfile, Optional<String> environmentRegion) {
        this.environmentRegion = environmentRegion;
        internal = true;
        try {
            profiles.setAll(all);
        } finally {
            internal = false;
        }
        AwsProfile initial = TargetResolver.initialProfile(all, environmentProfile, settings.get(LAST_PROFILE));
        choose(initial, Optional.empty());
    }

    /** The profile switched to last time, by name (it may be gone from the files since). */
    public Optional<String> lastProfileName() {
        return settings.get(LAST_PROFILE);
    }

    /** Refreshes the profile list (files changed) without switching away from a profile that still exists. */
    public void refresh(List<AwsProfile> all) {
        AwsProfile current = profile.get();
        internal = true;
        try {
            profiles.setAll(all);
            if (current != null) {
                profile.set(TargetResolver.find(all, current.name()).orElse(current));
            }
            if (switchedTo != null) {
                switchedTo = TargetResolver.find(all, switchedTo.name()).orElse(switchedTo);
            }
        } finally {
            internal = false;
        }
    }

    private void choose(AwsProfile chosen, Optional<String> explicitRegion) {
        String chosenRegion = TargetResolver.region(
                chosen, explicitRegion, environmentRegion, settings.get(REGION_PREFIX + chosen.name()), fallbackRegion);
        if (switchedTo != null && !mayLeave.test(chosen, chosenRegion)) {
            show(switchedTo, switchedRegion);
            return;
        }
        show(chosen, chosenRegion);
        switchedTo = chosen;
        switchedRegion = chosenRegion;
        settings.put(LAST_PROFILE, chosen.name());
        settings.put(REGION_PREFIX + chosen.name(), chosenRegion);
        onSwitch.accept(chosen, chosenRegion);
    }

    /**
     * Switches to {@code chosen} in {@code region} — its usual region when null — as a choice in the pickers would
     * (asking first when the user has typed into the Connect form).
     */
    public void choose(AwsProfile chosen, String chosenRegion) {
        choose(chosen, Optional.ofNullable(chosenRegion));
    }

    /** Whether the account shown may be loaded again (F5): asked as for a switch, to keep what was typed. */
    public boolean mayReload() {
        return switchedTo == null || mayLeave.test(switchedTo, switchedRegion);
    }

    /** Sets the pickers without asking for a switch. */
    private void show(AwsProfile chosen, String chosenRegion) {
        internal = true;
        try {
            profile.set(chosen);
            if (!regions.contains(chosenRegion)) {
                regions.add(chosenRegion);
            }
            region.set(chosenRegion);
        } finally {
            internal = false;
        }
    }

    public ObservableList<AwsProfile> getProfiles() {
        return profiles;
    }

    public ObservableList<String> getRegions() {
        return regions;
    }

    private final ObjectProperty<AwsProfile> profile = new SimpleObjectProperty<>();

    public ObjectProperty<AwsProfile> profileProperty() {
        return profile;
    }

    public AwsProfile getProfile() {
        return profile.get();
    }

    public void setProfile(AwsProfile p) {
        profile.set(p);
    }

    private final StringProperty region = new SimpleStringProperty();

    public StringProperty regionProperty() {
        return region;
    }

    public String getRegion() {
        return region.get();
    }

    public void setRegion(String r) {
        region.set(r);
    }
}
