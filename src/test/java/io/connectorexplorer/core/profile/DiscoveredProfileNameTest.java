package io.connectorexplorer.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoveredProfileNameTest {

    private static final SsoSession CORP =
            new SsoSession("corp", "https://corp.awsapps.com/start", "eu-west-1", false, "us-east-2", List.of("dev"));
    private static final SsoSession LEGACY = new SsoSession(
            "https://old.awsapps.com/start", "https://old.awsapps.com/start", "us-east-1", true, null, List.of());

    @Test
    void theNameSaysSessionAccountAndRoleAndReadsBack() {
        DiscoveredAccount account = new DiscoveredAccount(CORP, "111122223333", "Prod Account", "ReadOnly");

        assertThat(account.displayName()).isEqualTo("corp / Prod Account (111122223333) / ReadOnly");
        assertThat(DiscoveredProfileName.parse(account.displayName()))
                .contains(new DiscoveredProfileName("corp", "111122223333", "ReadOnly"));
        assertThat(account.profile())
                .isEqualTo(new AwsProfile(account.displayName(), ProfileKind.SSO, "us-east-2", null));
        assertThat(account.proposedProfileName()).isEqualTo("ReadOnly-111122223333");
    }

    @Test
    void anAccountNameWithSlashesAndParenthesesStillReadsBack() {
        DiscoveredAccount account =
                new DiscoveredAccount(CORP, "444455556666", "Team A / Prod (EU) (old) / x", "Admin.Full@Ops");

        assertThat(DiscoveredProfileName.parse(account.displayName()))
                .contains(new DiscoveredProfileName("corp", "444455556666", "Admin.Full@Ops"));
    }

    @Test
    void withoutAnAccountNameTheIdStandsAlone() {
        DiscoveredAccount account = new DiscoveredAccount(LEGACY, "111122223333", null, "ReadOnly");

        assertThat(account.displayName()).isEqualTo("https://old.awsapps.com/start / 111122223333 / ReadOnly");
        assertThat(account.accountLabel()).isEqualTo("111122223333");
        assertThat(DiscoveredProfileName.parse(account.displayName()))
                .contains(new DiscoveredProfileName("https://old.awsapps.com/start", "111122223333", "ReadOnly"));
        assertThat(account.profile().region()).isNull();
    }

    @Test
    void namesOfTheFilesAreNeverDiscoveredNames() {
        for (String name : List.of(
                "dev",
                "ReadOnly-111122223333",
                "a/b/c",
                "corp/111122223333/ReadOnly",
                "corp / 11112222333 / ReadOnly",
                "corp / Prod (11112222333x) / ReadOnly",
                "corp / Prod 111122223333) / ReadOnly",
                "corp / 111122223333 / Read Only",
                "corp /  / ReadOnly",
                " / 111122223333 / ReadOnly",
                "my corp / 111122223333 / ReadOnly",
                "corp / 111122223333",
                AwsProfile.DEMO_NAME,
                AwsProfile.ENVIRONMENT_NAME)) {
            assertThat(DiscoveredProfileName.parse(name)).as(name).isEmpty();
        }
    }

    @Test
    void anAccountOrRoleThePortalCouldNotHaveListedIsRefused() {
        assertThatThrownBy(() -> new DiscoveredAccount(CORP, "1111", "x", "ReadOnly"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiscoveredAccount(CORP, "111122223333", "x", "Read\nOnly"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
