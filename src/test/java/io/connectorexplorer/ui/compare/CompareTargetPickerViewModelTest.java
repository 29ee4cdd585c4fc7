package io.connectorexplorer.ui.compare;

import static io.connectorexplorer.ui.compare.CompareFixture.ACME;
import static io.connectorexplorer.ui.compare.CompareFixture.ALPHA;
import static io.connectorexplorer.ui.compare.CompareFixture.ALPHA_EU;
import static io.connectorexplorer.ui.compare.CompareFixture.BETA;
import static io.connectorexplorer.ui.compare.CompareFixture.BROKEN;
import static io.connectorexplorer.ui.compare.CompareFixture.GAMMA;
import static io.connectorexplorer.ui.compare.CompareFixture.V32;
import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.testsupport.ManualTaskRunner;
import io.connectorexplorer.testsupport.MemorySettings;
import io.connectorexplorer.ui.compare.CompareTargetPickerViewModel.Choice;
import io.connectorexplorer.ui.compare.CompareTargetPickerViewModel.Kind;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class CompareTargetPickerViewModelTest {

    private final ObservableList<AwsProfile> profiles =
            FXCollections.observableArrayList(AwsProfile.demo(), ALPHA, BROKEN, BETA, GAMMA);
    private final MemorySettings settings = new MemorySettings();
    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private EarlierVersions earlier = EarlierVersions.NONE;
    private final CompareTargetPickerViewModel picker = new CompareTargetPickerViewModel(
            profiles,
            List.of("ap-southeast-2", "eu-central-1", "eu-west-1", "us-east-1", "us-west-2"),
            settings,
            tasks);
    private final ConnectorSubject acme = new ConnectorSubject(
            ACME,
            (target, key) -> new CompareFixture.Served(target, V32),
            (target, key, c) -> earlier.of(target, key, c));

    private List<String> titles() {
        return picker.getResults().stream().map(Choice::title).toList();
    }

    @Test
    void withNothingTypedTheNextProfileComesFirstInTheShownRegion() {
        picker.open(ALPHA_EU, acme);

        assertThat(titles())
                .as("the shown target and profiles that cannot work are left out")
                .containsExactly("beta · eu-west-1", "gamma · eu-west-1", AwsProfile.DEMO_NAME + " · eu-west-1");
        assertThat(picker.getResults().get(0).detail()).isEqualTo("Static keys");
    }

    @Test
    void aFewLettersOfAProfileAndARegionPickATarget() {
        picker.open(ALPHA_EU, acme);

        picker.queryProperty().set("gam");
        assertThat(titles()).containsExactly("gamma · eu-west-1");

        picker.queryProperty().set("beta us-east");
        assertThat(titles()).first().isEqualTo("beta · us-east-1");

        picker.queryProperty().set("beta@us-west-2");
        assertThat(titles()).containsExactly("beta · us-west-2");

        picker.queryProperty().set("eu-central-1");
        assertThat(titles())
                .as("every profile there, the shown one too")
                .contains("alpha · eu-central-1", "beta · eu-central-1")
                .hasSize(4);

        picker.queryProperty().set("alpha eu-west-1");
        assertThat(titles()).as("not the connector against itself").isEmpty();
    }

    @Test
    void theTargetComparedWithLastComesFirstNextTime() {
        picker.open(ALPHA_EU, acme);
        picker.queryProperty().set("gamma us-west-2");
        CompareSource chosen = picker.choose(picker.getResults().get(0));
        assertThat(chosen.displayName()).isEqualTo("gamma · us-west-2");

        picker.open(ALPHA_EU, acme);

        assertThat(picker.getResults().get(0).title()).isEqualTo("gamma · us-west-2");
        assertThat(picker.getResults().get(0).detail()).isEqualTo("Compared with last time · SSO");
        assertThat(titles()).doesNotHaveDuplicates();
        assertThat(settings.values()).containsEntry("compare.with.CustomConnector/acme-crm", "gamma@us-west-2");
        picker.open(new Target(GAMMA, "us-west-2"), acme);
        assertThat(titles()).as("never the shown target itself").doesNotContain("gamma · us-west-2");
    }

    @Test
    void earlierVersionsFromTheSeamFollowTheTargets() {
        CompareSource yesterday = new CompareFixture.Served(ALPHA_EU, V32) {
            @Override
            public String displayName() {
                return "alpha · eu-west-1, 1 Dec 10:02";
            }
        };
        earlier = (target, key, c) -> {
            assertThat(target).isEqualTo(ALPHA_EU);
            assertThat(key).isEqualTo(ACME);
            return List.of(yesterday);
        };
        picker.open(ALPHA_EU, acme);
        assertThat(titles()).hasSize(3);

        tasks.runAll();

        Choice last = picker.getResults().get(picker.getResults().size() - 1);
        assertThat(last.kind()).isEqualTo(Kind.EARLIER);
        assertThat(picker.choose(last)).isSameAs(yesterday);
        picker.queryProperty().set("dec");
        assertThat(titles()).containsExactly("alpha · eu-west-1, 1 Dec 10:02");
    }

    @Test
    void discoveredAccountsAreTargetsLikeAnyProfile() {
        AwsProfile discovered = new AwsProfile(
                "corp / Prod (111122223333) / ReadOnly", io.connectorexplorer.core.profile.ProfileKind.SSO, null, null);
        profiles.add(discovered);
        picker.open(ALPHA_EU, acme);

        picker.queryProperty().set("prod");

        assertThat(titles()).containsExactly("corp / Prod (111122223333) / ReadOnly · eu-west-1");
        assertThat(picker.getResults().get(0).target()).isEqualTo(new Target(discovered, "eu-west-1"));
        assertThat(ALPHA.name()).isEqualTo("alpha");
    }

    @Test
    void theShownTargetsOtherConnectionsComeFirstAndTheLastTargetIsRememberedPerSubject() {
        CompareSource sandbox = new CompareFixture.Served(ALPHA_EU, V32) {
            @Override
            public String displayName() {
                return "salesforce-sandbox · alpha · eu-west-1";
            }
        };
        List<Target> readAt = new java.util.ArrayList<>();
        CompareSubject fields = new CompareSubject() {
            @Override
            public String name() {
                return "Account in salesforce-prod";
            }

            @Override
            public String memoryKey() {
                return "fields.salesforce-prod.Account";
            }

            @Override
            public CompareSource at(Target target) {
                readAt.add(target);
                return new CompareFixture.Served(target, V32);
            }

            @Override
            public List<CompareSource> besides(Target shown) {
                return List.of(sandbox);
            }

            @Override
            public List<CompareSource> earlier(Target shown, io.connectorexplorer.core.task.Cancellation c) {
                return List.of();
            }

            @Override
            public String reading(String where) {
                return "Reading " + where;
            }

            @Override
            public String missingFrom(String where) {
                return where + " has no Account";
            }

            @Override
            public String whenMissing() {
                return "Pick another";
            }
        };
        picker.open(ALPHA_EU, fields);
        tasks.runAll();

        assertThat(picker.getResults().get(0).kind()).isEqualTo(Kind.BESIDE);
        assertThat(titles()).startsWith("salesforce-sandbox · alpha · eu-west-1", "beta · eu-west-1");
        assertThat(picker.choose(picker.getResults().get(0)))
                .as("another connection is compared as it is, and not remembered as a target")
                .isSameAs(sandbox);
        assertThat(readAt).isEmpty();

        picker.queryProperty().set("gamma us-west-2");
        picker.choose(picker.getResults().get(0));
        assertThat(readAt).containsExactly(new Target(GAMMA, "us-west-2"));
        picker.open(ALPHA_EU, fields);
        assertThat(titles()).startsWith("gamma · us-west-2", "salesforce-sandbox · alpha · eu-west-1");
        picker.open(ALPHA_EU, acme);
        assertThat(titles()).as("the connector remembers its own").startsWith("beta · eu-west-1");
    }
}
