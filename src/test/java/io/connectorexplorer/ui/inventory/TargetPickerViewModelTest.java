package io.connectorexplorer.ui.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.testsupport.MemorySettings;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class TargetPickerViewModelTest {

    private static final AwsProfile ALPHA = new AwsProfile("alpha", ProfileKind.STATIC_KEYS, "eu-west-1", null);
    private static final AwsProfile BETA = new AwsProfile("beta", ProfileKind.ASSUME_ROLE, "us-east-1", null);
    private static final AwsProfile BROKEN =
            new AwsProfile("broken", ProfileKind.ASSUME_ROLE, null, "source_profile 'nowhere' does not exist");
    private static final AwsProfile DISCOVERED =
            new AwsProfile("corp / Prod (111122223333) / ReadOnly", ProfileKind.SSO, "eu-west-1", null);
    private static final List<String> REGIONS = List.of("ap-southeast-2", "eu-west-1", "us-east-1");

    private final ObservableList<AwsProfile> profiles =
            FXCollections.observableArrayList(AwsProfile.demo(), ALPHA, BETA, BROKEN, DISCOVERED);
    private final MemorySettings settings = new MemorySettings();
    private final TargetPickerViewModel model = new TargetPickerViewModel(profiles, REGIONS, settings);

    @Test
    void theFirstOpenTicksTheMainWindowsProfileAndRegion() {
        assertThat(model.countTextProperty().get()).isEqualTo("No targets: tick a profile and a region");

        model.open(BETA, "us-east-1");

        assertThat(model.targets()).containsExactly(new Target(BETA, "us-east-1"));
        assertThat(model.countTextProperty().get()).isEqualTo("1 target");
        model.open(ALPHA, "eu-west-1");
        assertThat(model.targets()).as("only the first time").containsExactly(new Target(BETA, "us-east-1"));
    }

    @Test
    void allProfilesIsEveryProfileThatCanWorkButTheDemoAndStaysAll() {
        model.allProfilesProperty().set(true);
        model.allRegionsProperty().set(true);

        assertThat(ticked()).containsExactly("alpha", "beta", "corp / Prod (111122223333) / ReadOnly");
        assertThat(model.targetCountProperty().get()).isEqualTo(9);
        assertThat(model.summaryProperty().get()).isEqualTo("Targets: 3 profiles × 3 regions = 9 targets");
        assertThat(model.targets().subList(0, 3))
                .as("profile by profile")
                .containsExactly(
                        new Target(ALPHA, "ap-southeast-2"),
                        new Target(ALPHA, "eu-west-1"),
                        new Target(ALPHA, "us-east-1"));

        AwsProfile gamma = new AwsProfile("gamma", ProfileKind.SSO, "eu-west-1", null);
        profiles.add(gamma);
        assertThat(ticked()).as("a profile added to the files joins").contains("gamma");

        choice("beta").setChosen(false);
        assertThat(model.allProfilesProperty().get()).isFalse();
        assertThat(ticked()).containsExactly("alpha", "corp / Prod (111122223333) / ReadOnly", "gamma");
        choice("beta").setChosen(true);
        assertThat(model.allProfilesProperty().get())
                .as("every one ticked again is all")
                .isTrue();

        model.allProfilesProperty().set(false);
        assertThat(ticked()).isEmpty();
    }

    @Test
    void aProfileThatCannotWorkCannotBeTickedAndSaysWhy() {
        Choice<AwsProfile> broken = choice("broken");

        broken.setChosen(true);

        assertThat(broken.isChosen()).isFalse();
        assertThat(broken.isSelectable()).isFalse();
        assertThat(broken.tooltip()).isEqualTo("source_profile 'nowhere' does not exist");
        Choice<AwsProfile> demo = choice(AwsProfile.DEMO_NAME);
        demo.setChosen(true);
        assertThat(demo.isChosen()).as("the demo can be chosen by itself").isTrue();
        assertThat(choice("corp / Prod (111122223333) / ReadOnly").label())
                .isEqualTo("↳ Prod (111122223333) / ReadOnly");
    }

    @Test
    void savedSelectionsKeepNamesOnlyAndComeBackInAnotherRun() {
        choice("alpha").setChosen(true);
        choice("beta").setChosen(true);
        model.allRegionsProperty().set(true);
        model.save("  prod fleet ");
        model.allProfilesProperty().set(true);
        model.allRegionsProperty().set(false);
        region("eu-west-1").setChosen(true);
        model.save("everyone in eu");

        assertThat(model.getSavedNames()).containsExactly("prod fleet", "everyone in eu");
        assertThat(settings.values().get(SavedSelections.SAVED))
                .isEqualTo(
                        "{\"prod fleet\":{\"allProfiles\":false,\"profiles\":[\"alpha\",\"beta\"],"
                                + "\"allRegions\":true,\"regions\":[\"ap-southeast-2\",\"eu-west-1\",\"us-east-1\"]},"
                                + "\"everyone in eu\":{\"allProfiles\":true,\"profiles\":[\"alpha\",\"beta\","
                                + "\"corp / Prod (111122223333) / ReadOnly\"],\"allRegions\":false,\"regions\":[\"eu-west-1\"]}}");

        TargetPickerViewModel later = new TargetPickerViewModel(profiles, REGIONS, settings);
        later.choose("prod fleet");
        assertThat(later.targetCountProperty().get()).isEqualTo(6);
        later.choose("everyone in eu");
        assertThat(later.allProfilesProperty().get()).isTrue();
        assertThat(later.targets()).extracting(Target::region).containsOnly("eu-west-1");
        later.delete("prod fleet");
        assertThat(later.getSavedNames()).containsExactly("everyone in eu");
        assertThat(new TargetPickerViewModel(profiles, REGIONS, settings).getSavedNames())
                .containsExactly("everyone in eu");
    }

    @Test
    void theLastSelectionIsWhatTheNextRunStartsWith() {
        choice("alpha").setChosen(true);
        region("ap-southeast-2").setChosen(true);
        region("us-east-1").setChosen(true);
        model.remember();

        TargetPickerViewModel later = new TargetPickerViewModel(profiles, REGIONS, settings);
        later.open(BETA, "eu-west-1");

        assertThat(later.targets())
                .containsExactly(new Target(ALPHA, "ap-southeast-2"), new Target(ALPHA, "us-east-1"));
        assertThat(settings.values().get(SavedSelections.LAST))
                .isEqualTo("{\"allProfiles\":false,\"profiles\":[\"alpha\"],\"allRegions\":false,"
                        + "\"regions\":[\"ap-southeast-2\",\"us-east-1\"]}");
    }

    @Test
    void aSelectionNamingProfilesThatAreGoneTicksTheRest() {
        settings.put(SavedSelections.LAST, "{\"profiles\":[\"gone\",\"beta\"],\"regions\":[\"eu-west-1\",\"mars-1\"]}");
        model.open(ALPHA, "eu-west-1");

        assertThat(model.targets()).containsExactly(new Target(BETA, "eu-west-1"), new Target(BETA, "mars-1"));
        settings.put(SavedSelections.SAVED, "not json");
        assertThat(new TargetPickerViewModel(profiles, REGIONS, settings).getSavedNames())
                .isEmpty();
    }

    private List<String> ticked() {
        return model.getProfiles().stream()
                .filter(Choice::isChosen)
                .map(c -> c.value().name())
                .toList();
    }

    private Choice<AwsProfile> choice(String name) {
        return model.getProfiles().stream()
                .filter(c -> c.value().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private Choice<String> region(String name) {
        return model.getRegions().stream()
                .filter(c -> c.value().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
