package io.connectorexplorer.core.profile;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.core.task.FanOut;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Every account and role an SSO session's sign-in reaches: ListAccounts to its last page, then ListAccountRoles of
 * each account — a few at a time on the app's shared executor for service calls, so a large organisation's burst
 * leaves threads for the accounts already open — each to its last page. A page token the portal sent before ends
 * the listing as a bad response rather than looping. All or nothing: the first failure (in account order) is thrown.
 * The answer is sorted by account name, account ID, then role, as a picker lists it.
 */
public final class AccountDiscovery {

    /** ListAccountRoles calls at once for one discovery: few, as the portal throttles a burst. */
    public static final int PARALLEL_ROLE_LISTINGS = 4;

    static final int MAX_PAGES = 1000;

    private static final Comparator<DiscoveredAccount> PICKER_ORDER = Comparator.comparing(
                    (DiscoveredAccount a) -> a.accountLabel().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(DiscoveredAccount::accountId)
            .thenComparing(DiscoveredAccount::roleName);

    private final SsoPortal portal;
    private final ExecutorService serviceCalls;
    private final int parallelism;

    public AccountDiscovery(SsoPortal portal, ExecutorService serviceCalls) {
        this(portal, serviceCalls, PARALLEL_ROLE_LISTINGS);
    }

    public AccountDiscovery(SsoPortal portal, ExecutorService serviceCalls, int parallelism) {
        this.portal = portal;
        this.serviceCalls = serviceCalls;
        this.parallelism = parallelism;
    }

    /**
     * Lists them; slow (a call per page, per account): call off the FX thread, and not from the executor's own threads.
     *
     * @throws ServiceCallException SIGN_IN_REQUIRED when the session has no usable sign-in or the portal refuses it;
     *     BAD_RESPONSE for a listing that does not end; CANCELLED; or what the call met
     */
    public List<DiscoveredAccount> discover(SsoSession session, Cancellation cancellation) {
        try (SsoPortal.Listing listing = portal.open(session)) {
            Map<String, SsoPortal.Account> accounts = new LinkedHashMap<>();
            forEachPage("ListAccounts", listing::accounts, cancellation, account -> {
                if (!DiscoveredProfileName.isAccountId(account.accountId())) {
                    throw ServiceCallException.badResponse(
                            "ListAccounts", "The portal listed an account whose ID is not 12 digits.");
                }
                accounts.putIfAbsent(account.accountId(), account);
            });
            List<SsoPortal.Account> inOrder = List.copyOf(accounts.values());
            List<FanOut.Outcome<List<String>>> roles = FanOut.run(
                    serviceCalls,
                    parallelism,
                    inOrder,
                    cancellation,
                    account -> roleNames(listing, account, cancellation));
            List<DiscoveredAccount> found = new ArrayList<>();
            for (int i = 0; i < inOrder.size(); i++) {
                FanOut.Outcome<List<String>> outcome = roles.get(i);
                if (!outcome.ran()) {
                    throw ServiceCallException.cancelled("ListAccountRoles");
                }
                if (outcome.failure() != null) {
                    // The portal tells every failure as a ServiceCallException; anything else is a bug, thrown as is.
                    throw outcome.failure();
                }
                SsoPortal.Account account = inOrder.get(i);
                for (String role : outcome.value()) {
                    found.add(new DiscoveredAccount(session, account.accountId(), account.accountName(), role));
                }
            }
            found.sort(PICKER_ORDER);
            return List.copyOf(found);
        }
    }

    private static List<String> roleNames(
            SsoPortal.Listing listing, SsoPortal.Account account, Cancellation cancellation) {
        Set<String> names = new LinkedHashSet<>();
        forEachPage("ListAccountRoles", token -> listing.roles(account.accountId(), token), cancellation, role -> {
            if (!DiscoveredProfileName.isRoleName(role)) {
                throw ServiceCallException.badResponse(
                        "ListAccountRoles", "The portal listed a role whose name is not a role name.");
            }
            names.add(role);
        });
        return List.copyOf(names);
    }

    private static <T> void forEachPage(
            String operation,
            Function<String, SsoPortal.Page<T>> call,
            Cancellation cancellation,
            Consumer<T> consumer) {
        Set<String> seenTokens = new HashSet<>();
        String token = null;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            if (cancellation.isCancelled()) {
                throw ServiceCallException.cancelled(operation);
            }
            SsoPortal.Page<T> page = call.apply(token);
            page.items().forEach(consumer);
            token = page.nextToken();
            if (token == null || token.isEmpty()) {
                return;
            }
            if (!seenTokens.add(token)) {
                throw ServiceCallException.badResponse(
                        operation, "The portal sent the same nextToken twice; stopped to avoid an endless listing.");
            }
        }
        throw ServiceCallException.badResponse(operation, "The listing did not end after " + MAX_PAGES + " pages.");
    }
}
