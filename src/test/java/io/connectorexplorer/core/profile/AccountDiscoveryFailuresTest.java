package io.connectorexplorer.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.error.ServiceCallException.Kind;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.testsupport.TestThreads;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Discovery's failures: page tokens sent twice, listings without end, no sign-in, a failing account, bad IDs. */
class AccountDiscoveryFailuresTest {

    private static final SsoSession CORP =
            new SsoSession("corp", "https://corp.awsapps.com/start", "eu-west-1", false, null, List.of());

    private static AccountDiscovery discovery(SsoPortal portal) {
        return new AccountDiscovery(portal, TestThreads.SERVICE_CALLS, 3);
    }

    @Test
    void aPageTokenTheAccountListingSentBeforeStopsIt() {
        PagedSsoPortal portal = new PagedSsoPortal() {
            @Override
            public Listing open(SsoSession session) {
                Listing inner = super.open(session);
                return new Listing() {
                    @Override
                    public Page<Account> accounts(String nextToken) {
                        calls.add("ListAccounts " + nextToken);
                        return new Page<>(List.of(new Account("111111111111", "A")), "again");
                    }

                    @Override
                    public Page<String> roles(String accountId, String nextToken) {
                        return inner.roles(accountId, nextToken);
                    }

                    @Override
                    public void close() {
                        inner.close();
                    }
                };
            }
        }.account("111111111111", "A", "ReadOnly");

        ServiceCallException failure = catchThrowableOfType(
                ServiceCallException.class, () -> discovery(portal).discover(CORP, Cancellation.NEVER));

        assertThat(failure.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(failure.operation()).isEqualTo("ListAccounts");
        assertThat(failure.getMessage()).contains("same nextToken twice");
        assertThat(portal.calls).containsExactly("ListAccounts null", "ListAccounts again");
        assertThat(portal.closed).isTrue();
    }

    @Test
    void aPageTokenARoleListingSentBeforeStopsTheDiscovery() {
        PagedSsoPortal portal = new PagedSsoPortal() {
            @Override
            Page<String> rolesOf(String accountId, String nextToken) {
                return accountId.equals("222222222222")
                        ? new Page<>(List.of("Loop"), nextToken == null ? "x" : "x")
                        : super.rolesOf(accountId, nextToken);
            }
        }.account("111111111111", "A", "ReadOnly").account("222222222222", "B", "Loop");

        ServiceCallException failure = catchThrowableOfType(
                ServiceCallException.class, () -> discovery(portal).discover(CORP, Cancellation.NEVER));

        assertThat(failure.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(failure.operation()).isEqualTo("ListAccountRoles");
        assertThat(portal.calls)
                .filteredOn(c -> c.startsWith("ListAccountRoles 222222222222"))
                .hasSize(2);
    }

    @Test
    void aListingThatNeverEndsIsCutOff() {
        AtomicInteger pages = new AtomicInteger();
        SsoPortal portal = session -> new SsoPortal.Listing() {
            @Override
            public SsoPortal.Page<SsoPortal.Account> accounts(String nextToken) {
                return new SsoPortal.Page<>(List.of(), "t" + pages.incrementAndGet());
            }

            @Override
            public SsoPortal.Page<String> roles(String accountId, String nextToken) {
                throw new AssertionError("no account was listed");
            }

            @Override
            public void close() {}
        };

        ServiceCallException failure = catchThrowableOfType(
                ServiceCallException.class, () -> discovery(portal).discover(CORP, Cancellation.NEVER));

        assertThat(failure.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(pages.get()).isEqualTo(AccountDiscovery.MAX_PAGES);
    }

    @Test
    void noSignInIsToldAsSuchAndNothingIsListed() {
        SsoPortal portal = session -> {
            throw ServiceCallException.fromService(Kind.SIGN_IN_REQUIRED, null, null, 0, "No SSO sign-in exists.");
        };

        ServiceCallException failure = catchThrowableOfType(
                ServiceCallException.class, () -> discovery(portal).discover(CORP, Cancellation.NEVER));

        assertThat(failure.kind()).isEqualTo(Kind.SIGN_IN_REQUIRED);
    }

    @Test
    void oneAccountsFailureFailsTheDiscoveryAfterTheOthersEndedAndTheListingIsClosed() {
        PagedSsoPortal portal = new PagedSsoPortal() {
            @Override
            Page<String> rolesOf(String accountId, String nextToken) {
                if (accountId.equals("222222222222")) {
                    throw ServiceCallException.fromService(
                            Kind.THROTTLED, "ListAccountRoles", "TooManyRequestsException", 429, "Slow down.");
                }
                return super.rolesOf(accountId, nextToken);
            }
        }.account("111111111111", "A", "ReadOnly")
                .account("222222222222", "B", "ReadOnly")
                .account("333333333333", "C", "ReadOnly");

        ServiceCallException failure = catchThrowableOfType(
                ServiceCallException.class, () -> discovery(portal).discover(CORP, Cancellation.NEVER));

        assertThat(failure.kind()).isEqualTo(Kind.THROTTLED);
        assertThat(failure.errorCode()).isEqualTo("TooManyRequestsException");
        assertThat(portal.calls)
                .filteredOn(c -> c.startsWith("ListAccountRoles"))
                .hasSize(3);
        assertThat(portal.closed).isTrue();
    }

    @Test
    void anAccountIdThatIsNotAnAccountIdIsABadResponse() {
        PagedSsoPortal portal = new PagedSsoPortal().account("12345", "short", "ReadOnly");

        ServiceCallException failure = catchThrowableOfType(
                ServiceCallException.class, () -> discovery(portal).discover(CORP, Cancellation.NEVER));

        assertThat(failure.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(failure.operation()).isEqualTo("ListAccounts");
    }
}
