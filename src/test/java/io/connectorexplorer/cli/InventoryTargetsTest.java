package io.connectorexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.connectorexplorer.core.account.AccountConnection;
import io.connectorexplorer.core.account.AccountConnector;
import io.connectorexplorer.core.account.AccountSessions;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileCatalog;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.testsupport.TestThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which targets {@code inventory}'s options name: no calls, only the profiles and regions known. */
class InventoryTargetsTest {

    private final List<AwsProfile> profiles = new ArrayList<>(List.of(
            new AwsProfile("default", ProfileKind.STATIC_KEYS, "eu-west-1", null),
            new AwsProfile("prod", ProfileKind.SSO, "us-east-1", null),
            new AwsProfile("norgn", ProfileKind.STATIC_KEYS, null, null),
            new AwsProfile("broken", ProfileKind.ASSUME_ROLE, null, "source_profile 'x' does not exist\nand more"),
            AwsProfile.demo()));
    private String environmentProfile;
    private String environmentRegion;

    @Test
    void withoutOptionsTheDefaultProfileInItsOwnRegion() throws Exception {
        assertThat(resolve().targets()).containsExactly(target("default", "eu-west-1"));
    }

    @Test
    void awsProfileAndAwsRegionAreFollowedAsListFollowsThem() throws Exception {
        environmentProfile = "prod";
        environmentRegion = "ap-south-1";

        assertThat(resolve().targets()).containsExactly(target("prod", "ap-south-1"));
    }

    @Test
    void eachNamedProfileInItsOwnRegionOrTheFallback() throws Exception {
        assertThat(resolve("--profiles", "prod,norgn,prod").targets())
                .containsExactly(target("prod", "us-east-1"), target("norgn", "us-east-1"));
    }

    @Test
    void namedRegionsAreCrossedWithEveryProfileProfileByProfile() throws Exception {
        assertThat(resolve("--profiles", "default,prod", "--regions", "eu-west-1, us-west-2")
                        .targets())
                .containsExactly(
                        target("default", "eu-west-1"),
                        target("default", "us-west-2"),
                        target("prod", "eu-west-1"),
                        target("prod", "us-west-2"));
    }

    @Test
    void allProfilesSkipsTheDemoAndNamesTheOnesThatCannotWork() throws Exception {
        InventoryTargets resolved = resolve("--all-profiles", "--all-regions");

        assertThat(resolved.targets())
                .extracting(Target::toString)
                .containsExactly(
                        "default@eu-west-1", "default@us-west-2",
                        "prod@eu-west-1", "prod@us-west-2",
                        "norgn@eu-west-1", "norgn@us-west-2");
        assertThat(resolved.notes())
                .containsExactly("Skipped profile 'broken', which cannot be used: source_profile 'x' does not exist");
    }

    @Test
    void aRegionAppFlowIsNotKnownInIsAskedWithANote() throws Exception {
        InventoryTargets resolved = resolve("--regions", "eu-central-9");

        assertThat(resolved.targets()).containsExactly(target("default", "eu-central-9"));
        assertThat(resolved.notes())
                .containsExactly("AppFlow is not known to be offered in eu-central-9; asking there anyway.");
    }

    @Test
    void unknownProfilesAreAUsageErrorThatNamesTheKnownOnes() {
        UsageException e = catchThrowableOfType(() -> resolve("--profiles", "prod,nope"), UsageException.class);

        assertThat(e.getMessage()).isEqualTo("unknown profile 'nope'; known profiles: default, prod, norgn, broken");
    }

    private InventoryTargets resolve(String... args) throws UsageException {
        Arguments parsed = Arguments.parse(
                List.of(args), Set.of("--profiles", "--regions"), Set.of("--all-profiles", "--all-regions"));
        return InventoryTargets.resolve(parsed, context());
    }

    private Target target(String profile, String region) {
        return new Target(
                profiles.stream()
                        .filter(p -> p.name().equals(profile))
                        .findFirst()
                        .orElseThrow(),
                region);
    }

    private CliServices context() {
        ProfileCatalog catalog = new ProfileCatalog() {
            @Override
            public List<AwsProfile> profiles() {
                return profiles;
            }

            @Override
            public List<String> fileProblems() {
                return List.of();
            }

            @Override
            public Optional<String> environmentProfile() {
                return Optional.ofNullable(environmentProfile);
            }

            @Override
            public Optional<String> environmentRegion() {
                return Optional.ofNullable(environmentRegion);
            }

            @Override
            public boolean isEmpty() {
                return false;
            }
        };
        AccountConnector connector = new AccountConnector() {
            @Override
            public AccountConnection open(Target target) {
                throw new AssertionError("no call while resolving targets");
            }

            @Override
            public List<String> regions() {
                return List.of("eu-west-1", "us-west-2");
            }
        };
        return new CliServices(
                catalog,
                new AccountSessions(connector, TestThreads.SERVICE_CALLS),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
