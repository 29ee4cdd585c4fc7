package io.connectorexplorer.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.testsupport.TestThreads;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Discovery over a portal faked in memory: every page, the order a picker shows, the bounded fan-out. */
class AccountDiscoveryTest {

    private static final SsoSession CORP =
            new SsoSession("corp", "https://corp.awsapps.com/start", "eu-west-1", false, null, List.of());

    private static AccountDiscovery discovery(SsoPortal portal) {
        return new AccountDiscovery(portal, TestThreads.SERVICE_CALLS, 3);
    }

    @Test
    void everyPageOfAccountsAndOfEachAccountsRolesIsListedAndSortedForThePicker() {
        PagedSsoPortal portal = new PagedSsoPortal()
                .account("333333333333", "zeta", "ReadOnly")
                .account("111111111111", "Alpha", "ReadOnly", "Admin", "Billing")
                .account("222222222222", "alpha", "Dev")
                .account("444444444444", null, "Ops", "Audit")
                .account("555555555555", "beta");

        List<DiscoveredAccount> found = discovery(portal).discover(CORP, Cancellation.NEVER);

        assertThat(found)
                .extracting(DiscoveredAccount::displayName)
                .containsExactly(
                        "corp / 444444444444 / Audit",
                        "corp / 444444444444 / Ops",
                        "corp / Alpha (111111111111) / Admin",
                        "corp / Alpha (111111111111) / Billing",
                        "corp / Alpha (111111111111) / ReadOnly",
                        "corp / alpha (222222222222) / Dev",
                        "corp / zeta (333333333333) / ReadOnly");
        assertThat(portal.calls)
                .filteredOn(c -> c.startsWith("ListAccounts"))
                .containsExactly("ListAccounts null", "ListAccounts p2", "ListAccounts p4");
        assertThat(portal.calls)
                .filteredOn(c -> c.startsWith("ListAccountRoles 111111111111"))
                .containsExactly("ListAccountRoles 111111111111 null", "ListAccountRoles 111111111111 p2");
        assertThat(portal.calls).contains("ListAccountRoles 555555555555 null");
        assertThat(portal.closed).isTrue();
    }

    @Test
    void anAccountListedTwiceAndARoleListedTwiceCountOnce() {
        SsoPortal portal = session -> new SsoPortal.Listing() {
            @Override
            public SsoPortal.Page<SsoPortal.Account> accounts(String nextToken) {
                return nextToken == null
                        ? new SsoPortal.Page<>(List.of(new SsoPortal.Account("111111111111", "A")), "next")
                        : new SsoPortal.Page<>(List.of(new SsoPortal.Account("111111111111", "A")), null);
            }

            @Override
            public SsoPortal.Page<String> roles(String accountId, String nextToken) {
                return new SsoPortal.Page<>(List.of("ReadOnly", "ReadOnly"), null);
            }

            @Override
            public void close() {}
        };

        assertThat(discovery(portal).discover(CORP, Cancellation.NEVER))
                .extracting(DiscoveredAccount::displayName)
                .containsExactly("corp / A (111111111111) / ReadOnly");
    }

    @Test
    void aCancelledDiscoveryStopsBetweenPages() {
        AtomicBoolean cancelled = new AtomicBoolean();
        PagedSsoPortal portal = new PagedSsoPortal() {
            @Override
            public Listing open(SsoSession session) {
                Listing inner = super.open(session);
                return new Listing() {
                    @Override
                    public Page<Account> accounts(String nextToken) {
                        cancelled.set(true);
                        return inner.accounts(nextToken);
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
        }.account("111111111111", "A", "R").account("222222222222", "B", "R").account("333333333333", "C", "R");

        ServiceCallException failure = catchThrowableOfType(
                ServiceCallException.class, () -> discovery(portal).discover(CORP, cancelled::get));

        assertThat(failure.isCancellation()).isTrue();
        assertThat(portal.calls).containsExactly("ListAccounts null");
        assertThat(portal.closed).isTrue();
    }

    @Test
    void roleListingsRunSeveralAtOnceButNoMoreThanTheLimit() {
        int limit = 3;
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch allLimitRunning = new CountDownLatch(1);
        PagedSsoPortal portal = new PagedSsoPortal() {
            @Override
            Page<String> rolesOf(String accountId, String nextToken) {
                int now = running.incrementAndGet();
                most.accumulateAndGet(now, Math::max);
                if (now == limit) {
                    allLimitRunning.countDown();
                }
                try {
                    // The first calls wait until the limit is reached together: proof they ran at once.
                    if (!allLimitRunning.await(20, TimeUnit.SECONDS)) {
                        throw new AssertionError("fewer than " + limit + " role listings ever ran at once");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                } finally {
                    running.decrementAndGet();
                }
                return super.rolesOf(accountId, nextToken);
            }
        };
        for (int i = 0; i < 10; i++) {
            portal.account(String.format("%012d", 100000000000L + i), "Account " + i, "ReadOnly");
        }

        List<DiscoveredAccount> found = discovery(portal).discover(CORP, Cancellation.NEVER);

        assertThat(found).hasSize(10);
        assertThat(most.get()).isEqualTo(limit);
    }
}
