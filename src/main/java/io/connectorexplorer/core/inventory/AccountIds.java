package io.connectorexplorer.core.inventory;

import io.connectorexplorer.core.account.AccountSession;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * The account behind each profile, for one inventory. A profile's credentials name the same account in every region,
 * so STS GetCallerIdentity is asked once per profile, not once per target: the first target of a profile asks, and
 * the others of that profile wait for its answer. A failed answer is not kept, so the next target tries again.
 */
final class AccountIds {

    private final Map<String, CompletableFuture<String>> byProfile = new ConcurrentHashMap<>();

    /** The account ID, or null when STS could not tell (or this thread was interrupted waiting). */
    String of(AccountSession session) {
        String profile = session.profile().name();
        CompletableFuture<String> mine = new CompletableFuture<>();
        CompletableFuture<String> theirs = byProfile.putIfAbsent(profile, mine);
        if (theirs != null) {
            return await(theirs);
        }
        try {
            String account = session.identity().account();
            mine.complete(account);
            return account;
        } catch (RuntimeException e) {
            // ServiceCallException, as identity() tells every failure; the connectors stand without the account.
            byProfile.remove(profile, mine);
            mine.complete(null);
            return null;
        }
    }

    private static String await(CompletableFuture<String> asked) {
        try {
            return asked.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }
}
