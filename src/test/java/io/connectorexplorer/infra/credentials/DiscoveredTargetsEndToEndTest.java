package io.connectorexplorer.infra.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.app.Services;
import io.connectorexplorer.core.account.AccountConnection;
import io.connectorexplorer.core.account.CallerIdentity;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.error.ServiceCallException.Kind;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.DiscoveredAccount;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.core.profile.SsoSession;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.infra.sso.SsoToken;
import io.connectorexplorer.infra.sso.SsoTokenCache;
import io.connectorexplorer.testsupport.FakeSsoOidc;
import io.connectorexplorer.testsupport.ScriptedSignInPrompt;
import io.connectorexplorer.testsupport.ScriptedSignInPrompt.Browser;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Discovered accounts opened as targets — with no profile for them in any file — making real AppFlow and STS calls with
 * the credentials GetRoleCredentials gave, fetched once while they last, and again after a restart by name alone; the
 * older form's start URL as a session; and a session no profile uses, signed in by itself.
 */
class DiscoveredTargetsEndToEndTest extends SsoOrganisationTestbed {

    @Test
    void aDiscoveredAccountOpensWithoutAProfileAndItsCredentialsAreFetchedOnce() throws Exception {
        AwsEnvironment environment = environment();
        FakeSsoOidc.Session session = signIn(environment, "corp", Instant.now().plus(1, ChronoUnit.HOURS));
        String name;

        try (Services services = bed.services(environment)) {
            DiscoveredAccount prod = services.profiles().discoverAccounts(corp(services), Cancellation.NEVER).stream()
                    .filter(a ->
                            a.accountId().equals("111111111111") && a.roleName().equals("ReadOnly"))
                    .findFirst()
                    .orElseThrow();
            name = prod.displayName();
            assertThat(services.profiles().profiles()).noneMatch(p -> p.name().equals(name));

            try (AccountConnection connection =
                    bed.kept(services.accounts().open(new Target(prod.profile(), ProfileTestbed.REGION)))) {
                CallerIdentity identity = bed.identity(connection);
                bed.describe(connection);
                bed.describe(connection);

                assertThat(identity)
                        .isEqualTo(
                                new CallerIdentity("111111111111", bed.aws.sso().roleArn("111111111111", "ReadOnly")));
                assertThat(bed.lastAppFlowKeyId()).isEqualTo(prodReadOnly.accessKeyId());
                assertThat(bed.lastAppFlowSessionToken()).isEqualTo(prodReadOnly.sessionToken());
            }
        }
        assertThat(bed.aws.requests("GetRoleCredentials"))
                .as("the role's credentials are kept until they expire")
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.header("x-amz-sso_bearer_token")).contains(session.accessToken());
                    assertThat(r.query())
                            .containsEntry("account_id", "111111111111")
                            .containsEntry("role_name", "ReadOnly");
                });

        // Another run knows the target by its name alone: nothing about it was remembered, no discovery runs.
        int listings = bed.aws.requests("ListAccounts").size();
        try (Services services = bed.services(environment);
                AccountConnection connection = bed.kept(services.accounts()
                        .open(new Target(new AwsProfile(name, ProfileKind.SSO, null, null), ProfileTestbed.REGION)))) {
            bed.describe(connection);
            assertThat(bed.lastAppFlowKeyId()).isEqualTo(prodReadOnly.accessKeyId());
        }
        assertThat(bed.aws.requests("ListAccounts")).hasSize(listings);
        assertThat(bed.log()).contains("call Appflow DescribeConnector profile=\"" + name + "\"");
        bed.assertNoSecretLeaked();
    }

    @Test
    void theOlderFormIsASessionByItsStartUrlAndItsAccountsOpenToo() throws Exception {
        AwsEnvironment environment = environment();
        FakeSsoOidc.Session session =
                signIn(environment, LEGACY_URL, Instant.now().plus(1, ChronoUnit.HOURS));

        try (Services services = bed.services(environment)) {
            SsoSession old = services.profiles().ssoSessions().stream()
                    .filter(SsoSession::legacy)
                    .findFirst()
                    .orElseThrow();
            assertThat(old)
                    .isEqualTo(new SsoSession(
                            LEGACY_URL, LEGACY_URL, "us-east-1", true, ProfileTestbed.REGION, List.of("old")));
            DiscoveredAccount prod = services.profiles().discoverAccounts(old, Cancellation.NEVER).stream()
                    .filter(a -> a.displayName().equals(LEGACY_URL + " / Prod (111111111111) / ReadOnly"))
                    .findFirst()
                    .orElseThrow();
            assertThat(prod.profile().region()).isEqualTo(ProfileTestbed.REGION);
            try (AccountConnection connection =
                    bed.kept(services.accounts().open(new Target(prod.profile(), ProfileTestbed.REGION)))) {
                bed.describe(connection);
                assertThat(bed.lastAppFlowKeyId()).isEqualTo(prodReadOnly.accessKeyId());
            }
        }
        assertThat(bed.aws.requests().stream().filter(r -> r.service().equals("sso")))
                .allSatisfy(r -> assertThat(r.header("x-amz-sso_bearer_token")).contains(session.accessToken()));
        bed.assertNoSecretLeaked();
    }

    @Test
    void aSessionNoProfileUsesSignsInItselfAndThenListsItsAccounts() throws Exception {
        AwsEnvironment environment = environment();
        ScriptedSignInPrompt browser = new ScriptedSignInPrompt(Browser.FOLLOW);

        try (Services services = bed.services(environment)) {
            assertThat(bed.failure(() -> services.profiles().discoverAccounts(corp(services), Cancellation.NEVER))
                            .kind())
                    .isEqualTo(Kind.SIGN_IN_REQUIRED);

            services.signIn().signIn(corp(services), browser, Cancellation.NEVER);

            assertThat(bed.kept(services.profiles().discoverAccounts(corp(services), Cancellation.NEVER)))
                    .hasSize(13);
        }
        assertThat(browser.opened())
                .singleElement()
                .satisfies(page -> assertThat(page.getPath()).endsWith("/authorize"));
        SsoToken signedIn = bed.kept(SsoTokenCache.in(environment).read("corp").orElseThrow());
        assertThat(signedIn.startUrl()).isEqualTo(START_URL);
        assertThat(bed.aws.requests("ListAccounts"))
                .allSatisfy(r -> assertThat(r.header("x-amz-sso_bearer_token")).contains(signedIn.accessToken()));
        bed.assertNoSecretLeaked();
    }
}
