package io.connectorexplorer.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetResolverTest {

    private static final AwsProfile BROKEN =
            new AwsProfile("broken", ProfileKind.NO_CREDENTIALS, null, "no credentials");
    private static final AwsProfile DEV = new AwsProfile("dev", ProfileKind.SSO, "eu-west-1", null);
    private static final AwsProfile DEFAULT = new AwsProfile("default", ProfileKind.STATIC_KEYS, null, null);
    private static final AwsProfile PROD = new AwsProfile("prod", ProfileKind.ASSUME_ROLE, "us-west-2", null);
    private static final List<AwsProfile> ALL = List.of(BROKEN, DEFAULT, DEV, PROD, AwsProfile.demo());

    @Test
    void awsProfileWinsOverTheLastUsedProfile() {
        assertThat(TargetResolver.initialProfile(ALL, Optional.of("prod"), Optional.of("dev")))
                .isEqualTo(PROD);
    }

    @Test
    void aProfileNamedInAwsProfileIsTakenEvenWhenItCannotWorkSoItsProblemShows() {
        assertThat(TargetResolver.initialProfile(ALL, Optional.of("broken"), Optional.of("dev")))
                .isEqualTo(BROKEN);
    }

    @Test
    void anAwsProfileThatDoesNotExistFallsBackToTheLastUsed() {
        assertThat(TargetResolver.initialProfile(ALL, Optional.of("gone"), Optional.of("dev")))
                .isEqualTo(DEV);
    }

    @Test
    void withoutEitherTheDefaultProfileIsTaken() {
        assertThat(TargetResolver.initialProfile(ALL, Optional.empty(), Optional.of("gone")))
                .isEqualTo(DEFAULT);
    }

    @Test
    void withoutADefaultTheFirstUsableProfileIsTaken() {
        List<AwsProfile> profiles = List.of(AwsProfile.demo(), BROKEN, PROD, DEV);

        assertThat(TargetResolver.initialProfile(profiles, Optional.empty(), Optional.empty()))
                .isEqualTo(PROD);
    }

    @Test
    void withoutAnyUsableProfileTheDemoIsTaken() {
        assertThat(TargetResolver.initialProfile(List.of(BROKEN), Optional.empty(), Optional.empty()))
                .isEqualTo(AwsProfile.demo());
        assertThat(TargetResolver.initialProfile(List.of(), Optional.empty(), Optional.empty()))
                .isEqualTo(AwsProfile.demo());
    }

    @Test
    void theLastUsedDemoIsReopened() {
        assertThat(TargetResolver.initialProfile(ALL, Optional.empty(), Optional.of(AwsProfile.DEMO_NAME)))
                .isEqualTo(AwsProfile.demo());
    }

    @Test
    void regionPrecedenceIsExplicitThenEnvironmentThenRememberedThenProfileThenFallback() {
        Optional<String> explicit = Optional.of("ap-south-1");
        Optional<String> environment = Optional.of("ca-central-1");
        Optional<String> remembered = Optional.of("sa-east-1");

        assertThat(TargetResolver.region(DEV, explicit, environment, remembered, "us-east-1"))
                .isEqualTo("ap-south-1");
        assertThat(TargetResolver.region(DEV, Optional.empty(), environment, remembered, "us-east-1"))
                .isEqualTo("ca-central-1");
        assertThat(TargetResolver.region(DEV, Optional.empty(), Optional.empty(), remembered, "us-east-1"))
                .isEqualTo("sa-east-1");
        assertThat(TargetResolver.region(DEV, Optional.empty(), Optional.empty(), Optional.empty(), "us-east-1"))
                .isEqualTo("eu-west-1");
        assertThat(TargetResolver.region(DEFAULT, Optional.empty(), Optional.empty(), Optional.empty(), "us-east-1"))
                .isEqualTo("us-east-1");
    }

    @Test
    void theDemoIgnoresAwsRegion() {
        AwsProfile demo = AwsProfile.demo();

        assertThat(TargetResolver.region(
                        demo, Optional.empty(), Optional.of("ca-central-1"), Optional.empty(), "eu-north-1"))
                .isEqualTo("us-east-1");
        assertThat(TargetResolver.region(
                        demo, Optional.empty(), Optional.of("ca-central-1"), Optional.of("sa-east-1"), "eu-north-1"))
                .isEqualTo("sa-east-1");
        assertThat(TargetResolver.region(
                        demo, Optional.of("ap-south-1"), Optional.empty(), Optional.of("sa-east-1"), "eu-north-1"))
                .isEqualTo("ap-south-1");
    }

    @Test
    void findMatchesTheExactName() {
        assertThat(TargetResolver.find(ALL, "dev")).contains(DEV);
        assertThat(TargetResolver.find(ALL, "DEV")).isEmpty();
    }
}
