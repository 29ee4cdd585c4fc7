package io.connectorexplorer.infra.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.app.Services;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.error.ServiceCallException.Kind;
import io.connectorexplorer.core.profile.DiscoveredAccount;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.infra.sso.SsoTokenCache;
import io.connectorexplorer.testsupport.FakeSsoOidc;
import io.connectorexplorer.testsupport.LoopbackAwsServices.RecordedRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SSO account discovery end to end, through the real SDK SSO client against the loopback portal: seven accounts over
 * three pages of ListAccounts, one to three roles each over pages of ListAccountRoles; a sign-in that is missing,
 * expired (renewed, or not), or refused; and a portal that repeats its page token.
 */
class SsoAccountDiscoveryEndToEndTest extends SsoOrganisationTestbed {

    @Test
    void everyAccountAndRoleIsFoundAcrossEveryPage() throws Exception {
        AwsEnvironment environment = environment();
        FakeSsoOidc.Session session = signIn(environment, "corp", Instant.now().plus(1, ChronoUnit.HOURS));

        try (Services services = bed.services(environment)) {
            List<DiscoveredAccount> found =
                    bed.kept(services.profiles().discoverAccounts(corp(services), Cancellation.NEVER));

            assertThat(found)
                    .extracting(DiscoveredAccount::displayName)
                    .containsExactly(
                            "corp / Audit (444444444444) / Admin",
                            "corp / Audit (444444444444) / Audit",
                            "corp / Audit (444444444444) / ReadOnly",
                            "corp / Data / Lake (EU) (222222222222) / Analyst",
                            "corp / dev (333333333333) / Developer",
                            "corp / dev (333333333333) / ReadOnly",
                            "corp / Ops (555555555555) / Ops",
                            "corp / Prod (111111111111) / Admin",
                            "corp / Prod (111111111111) / Billing",
                            "corp / Prod (111111111111) / ReadOnly",
                            "corp / Staging (666666666666) / Admin",
                            "corp / Staging (666666666666) / ReadOnly",
                            "corp / Zeta (777777777777) / ReadOnly");
            assertThat(found).allSatisfy(a -> assertThat(a.session()).isEqualTo(corp(services)));
        }

        List<RecordedRequest> accountPages = bed.aws.requests("ListAccounts");
        assertThat(accountPages).hasSize(3);
        assertThat(accountPages.get(0).query())
                .containsEntry("max_result", "100")
                .doesNotContainKey("next_token");
        assertThat(accountPages.subList(1, 3))
                .allSatisfy(r -> assertThat(r.query()).containsKey("next_token"));
        int rolePages =
                ROLES.values().stream().mapToInt(r -> (r.size() + 1) / 2).sum();
        assertThat(bed.aws.requests("ListAccountRoles")).hasSize(rolePages);
        assertThat(bed.aws.requests("ListAccountRoles"))
                .filteredOn(r -> r.query().get("account_id").equals("444444444444"))
                .hasSize(2);
        assertThat(bed.aws.requests().stream().filter(r -> r.service().equals("sso")))
                .allSatisfy(r -> {
                    assertThat(r.method()).isEqualTo("GET");
                    assertThat(r.header("x-amz-sso_bearer_token")).contains(session.accessToken());
                    assertThat(r.header("Authorization"))
                            .as("the portal calls are not signed")
                            .isEmpty();
                });
        assertThat(bed.aws.requests("GetRoleCredentials")).isEmpty();
        assertThat(bed.log()).contains(" INFO    call Sso ListAccounts profile=\"sso-session corp\" region=eu-west-1 ");
        assertThat(bed.trace()).contains("Sso ListAccountRoles").contains("x-amz-sso_bearer_token: ****");
        bed.assertNoSecretLeaked();
    }

    @Test
    void withoutASignInDiscoveryNeedsOneAndCallsNothing() throws Exception {
        try (Services services = bed.services(environment())) {
            ServiceCallException failure =
                    bed.failure(() -> services.profiles().discoverAccounts(corp(services), Cancellation.NEVER));

            assertThat(failure.kind()).isEqualTo(Kind.SIGN_IN_REQUIRED);
            assertThat(failure.getMessage())
                    .isEqualTo("No SSO sign-in exists for SSO session 'corp' (" + START_URL + ").");
        }
        assertThat(bed.aws.requests()).isEmpty();
    }

    @Test
    void anExpiredSignInTheServiceWillNotRenewNeedsASignIn() throws Exception {
        AwsEnvironment environment = environment();
        signIn(environment, "corp", Instant.now().minus(10, ChronoUnit.MINUTES));
        bed.aws.oidc().rejectRefresh(true);

        try (Services services = bed.services(environment)) {
            ServiceCallException failure =
                    bed.failure(() -> services.profiles().discoverAccounts(corp(services), Cancellation.NEVER));

            assertThat(failure.kind()).isEqualTo(Kind.SIGN_IN_REQUIRED);
            assertThat(failure.getMessage()).contains("has expired");
        }
        assertThat(bed.aws.requests("CreateToken")).hasSize(1);
        assertThat(bed.aws.requests("ListAccounts")).isEmpty();
        bed.assertNoSecretLeaked();
    }

    @Test
    void anExpiredSignInIsRenewedFirstAndTheRenewedTokenListsTheAccounts() throws Exception {
        AwsEnvironment environment = environment();
        FakeSsoOidc.Session session = signIn(environment, "corp", Instant.now().minus(10, ChronoUnit.MINUTES));

        try (Services services = bed.services(environment)) {
            assertThat(bed.kept(services.profiles().discoverAccounts(corp(services), Cancellation.NEVER)))
                    .hasSize(13);
        }
        String renewed =
                SsoTokenCache.in(environment).read("corp").orElseThrow().accessToken();
        assertThat(renewed).isNotEqualTo(session.accessToken());
        assertThat(bed.aws.requests("ListAccounts"))
                .allSatisfy(r -> assertThat(r.header("x-amz-sso_bearer_token")).contains(renewed));
        bed.assertNoSecretLeaked();
    }

    @Test
    void aTokenThePortalRefusesNeedsASignIn() throws Exception {
        AwsEnvironment environment = environment();
        signIn(environment, "corp", Instant.now().plus(1, ChronoUnit.HOURS));
        bed.aws.oidc().revokeAccessTokens();

        try (Services services = bed.services(environment)) {
            ServiceCallException failure =
                    bed.failure(() -> services.profiles().discoverAccounts(corp(services), Cancellation.NEVER));

            assertThat(failure.kind()).isEqualTo(Kind.SIGN_IN_REQUIRED);
            assertThat(failure.operation()).isEqualTo("ListAccounts");
            assertThat(failure.errorCode()).isEqualTo("UnauthorizedException");
            assertThat(failure.statusCode()).isEqualTo(401);
            assertThat(failure.getMessage())
                    .isEqualTo(
                            "The SSO portal no longer accepts the sign-in of SSO session 'corp' (" + START_URL + ").");
        }
        assertThat(bed.aws.requests("ListAccounts")).hasSize(1);
        bed.assertNoSecretLeaked();
    }

    @Test
    void aPortalThatRepeatsItsPageTokenIsStoppedAsABadResponse() throws Exception {
        AwsEnvironment environment = environment();
        signIn(environment, "corp", Instant.now().plus(1, ChronoUnit.HOURS));
        bed.aws.sso().repeatNextToken(true);

        try (Services services = bed.services(environment)) {
            ServiceCallException failure =
                    bed.failure(() -> services.profiles().discoverAccounts(corp(services), Cancellation.NEVER));

            assertThat(failure.kind()).isEqualTo(Kind.BAD_RESPONSE);
            assertThat(failure.getMessage()).contains("same nextToken twice");
        }
        // The first page names a next page; asked for it, the portal names the same one again.
        assertThat(bed.aws.requests("ListAccounts")).hasSize(2);
        assertThat(bed.aws.requests("ListAccountRoles")).isEmpty();
        bed.assertNoSecretLeaked();
    }
}
