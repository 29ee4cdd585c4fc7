package io.connectorexplorer.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.DiscoveredAccount;
import io.connectorexplorer.core.profile.ProfileCatalog;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.core.profile.SavedProfile;
import io.connectorexplorer.core.profile.SsoSession;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.testsupport.ManualTaskRunner;
import io.connectorexplorer.testsupport.MemorySettings;
import io.connectorexplorer.ui.common.StatusModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class DiscoveredAccountsViewModelTest {

    private final SsoSession corp = new SsoSession(
            "corp", "https://corp.awsapps.com/start", "eu-west-1", false, "eu-west-1", List.of("corp-dev"));
    private final SsoSession lab =
            new SsoSession("lab", "https://lab.awsapps.com/start", "us-east-1", false, null, List.of());
    private final DiscoveredAccount prod = new DiscoveredAccount(corp, "111122223333", "Prod", "ReadOnly");
    private final DiscoveredAccount sandbox = new DiscoveredAccount(lab, "444455556666", "Sandbox", "Admin");
    private final AwsProfile staticProfile = new AwsProfile("work", ProfileKind.STATIC_KEYS, "us-east-1", null);
    private final AwsProfile corpDev = new AwsProfile("corp-dev", ProfileKind.SSO, "eu-west-1", null);
    private final List<AwsProfile> fileProfiles = List.of(corpDev, staticProfile, AwsProfile.demo());
    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private final StatusModel status = new StatusModel();
    private final List<String> saved = new ArrayList<>();
    private boolean labSignedIn = true;

    private final ProfileCatalog catalog = new ProfileCatalog() {
        @Override
        public List<AwsProfile> profiles() {
            return fileProfiles;
        }

        @Override
        public List<String> fileProblems() {
            return List.of();
        }

        @Override
        public Optional<String> environmentProfile() {
            return Optional.empty();
        }

        @Override
        public Optional<String> environmentRegion() {
            return Optional.empty();
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public List<SsoSession> ssoSessions() {
            return List.of(corp, lab);
        }

        @Override
        public List<DiscoveredAccount> discoverAccounts(SsoSession session, Cancellation cancellation) {
            if (session.equals(lab) && !labSignedIn) {
                throw ServiceCallException.of(
                        ServiceCallException.Kind.SIGN_IN_REQUIRED, "ListAccounts", "No SSO sign-in for session lab.");
            }
            return session.equals(corp) ? List.of(prod) : List.of(sandbox);
        }

        @Override
        public Optional<String> profileNameProblem(String name) {
            return name.equals("work") ? Optional.of("A profile named 'work' already exists.") : Optional.empty();
        }

        @Override
        public SavedProfile saveAsProfile(DiscoveredAccount account, String name, String region) {
            saved.add(account.displayName() + " as " + name + " in " + region);
            return new SavedProfile(
                    new AwsProfile(name, ProfileKind.SSO, region, null),
                    Path.of("/home/u/.aws/config"),
                    Path.of("/home/u/.aws/config.bak"));
        }
    };

    private final DiscoveredAccountsViewModel model = new DiscoveredAccountsViewModel(catalog, tasks, status);

    private List<String> discoverNames() {
        List<List<AwsProfile>> shown = new ArrayList<>();
        model.discover(fileProfiles, shown::add);
        tasks.runAll();
        assertThat(shown).hasSize(1);
        return shown.get(0).stream().map(AwsProfile::name).toList();
    }

    @Test
    void eachSessionsAccountsComeUnderItsProfilesAndAnAccountOfASessionWithoutProfilesBeforeTheDemo() {
        assertThat(discoverNames())
                .containsExactly(
                        "corp-dev",
                        "corp / Prod (111122223333) / ReadOnly",
                        "work",
                        "lab / Sandbox (444455556666) / Admin",
                        AwsProfile.DEMO_NAME);
    }

    @Test
    void aSessionNotSignedInListsNothingWhileTheOthersStillDo() {
        labSignedIn = false;

        assertThat(discoverNames())
                .containsExactly("corp-dev", "corp / Prod (111122223333) / ReadOnly", "work", AwsProfile.DEMO_NAME);
        assertThat(status.getProblem()).isNull();
    }

    @Test
    void aDiscoveredAccountOpensInItsSessionsDefaultRegion() {
        discoverNames();

        assertThat(prod.profile().region()).isEqualTo("eu-west-1");
        assertThat(prod.profile().kind()).isEqualTo(ProfileKind.SSO);
    }

    @Test
    void saveAsProfileIsOfferedOnlyForADiscoveredAccountOnceItIsListed() {
        SimpleObjectProperty<AwsProfile> shown = new SimpleObjectProperty<>(prod.profile());
        BooleanBinding canSave = model.canSave(shown);
        assertThat(canSave.get()).isFalse();

        discoverNames();
        assertThat(canSave.get()).isTrue();

        shown.set(staticProfile);
        assertThat(canSave.get()).isFalse();
    }

    @Test
    void saveAsksTheNameProposingOneAndChecksEachTryThenWritesTheProfile() {
        discoverNames();
        List<String> asked = new ArrayList<>();
        model.setNameQuestion((account, proposed, problem) -> {
            asked.add(account + " | " + proposed);
            assertThat(problem.apply("work")).contains("A profile named 'work' already exists.");
            assertThat(problem.apply("prod-readonly")).isEmpty();
            return Optional.of("prod-readonly");
        });

        model.save(prod.profile(), "us-west-2");
        tasks.runAll();

        assertThat(asked).containsExactly("corp / Prod (111122223333) / ReadOnly | ReadOnly-111122223333");
        assertThat(saved).containsExactly("corp / Prod (111122223333) / ReadOnly as prod-readonly in us-west-2");
        assertThat(status.getMessage())
                .isEqualTo("Saved profile prod-readonly to /home/u/.aws/config (the file before:"
                        + " /home/u/.aws/config.bak)");
    }

    @Test
    void aQuestionAnsweredWithCancelWritesNothing() {
        discoverNames();
        model.setNameQuestion((account, proposed, problem) -> Optional.empty());

        model.save(prod.profile(), "eu-west-1");

        assertThat(tasks.pending()).isEmpty();
        assertThat(saved).isEmpty();
    }

    @Test
    void theLastDiscoveredAccountOpensAgainAtStartBeforeItsSessionIsListed() {
        MemorySettings settings = new MemorySettings();
        settings.put(ProfileSwitcherViewModel.LAST_PROFILE, prod.displayName());
        settings.put(ProfileSwitcherViewModel.REGION_PREFIX + prod.displayName(), "ap-south-1");
        ProfileSwitcherViewModel switcher = new ProfileSwitcherViewModel(settings, List.of("eu-west-1"), "us-east-1");
        List<String> opened = new ArrayList<>();
        switcher.setOnSwitch((profile, region) -> opened.add(profile.name() + " in " + region));
        AwsProfilesViewModel profiles = new AwsProfilesViewModel(catalog, tasks, status, switcher);

        profiles.start();
        tasks.pending().get(0).complete();

        assertThat(opened).containsExactly(prod.displayName() + " in ap-south-1");
        tasks.runAll(); // the sessions' accounts are listed: the one shown keeps its place among them
        assertThat(switcher.getProfiles().stream().map(AwsProfile::name).filter(prod.displayName()::equals))
                .hasSize(1);
        assertThat(switcher.getProfile().name()).isEqualTo(prod.displayName());
        profiles.stop();
    }
}
