package io.connectorexplorer.core.inventory;

import io.connectorexplorer.core.account.AccountSession;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The account behind each profile, for one inventory. A profile's credentials name the same account in every region,
 * so STS GetCallerIdentity is asked once per profile, not once per target: the first target of a profile asks — on
 * the service-call executor, beside its own listing, so the answer is there by the time the listing is — and the
 * others of that profile use that answer. A failed answer is not kept, so the next target tries again.
 */
final class AccountIds {

    /** An answer to wait for; {@code asked} when this target's session makes the call (so it must outlive it). */
    record Pending(CompletableFuture<String> answer, boolean asked) {

        /** The account ID, or null when STS could not tell (or this thread was interrupted waiting). */
        String await() {
            try {
                return answer.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                return null;
            }
        }
    }

    private final Map<String, CompletableFuture<String>> byProfile = new ConcurrentHashMap<>();

    Pending ask(AccountSession session, Executor serviceCalls) {
        String profile = session.profile().name();
        CompletableFuture<String> mine = new CompletableFuture<>();
        CompletableFuture<String> theirs = byProfile.putIfAbsent(profile, mine);
        if (theirs != null) {
            return new Pending(theirs, false);
        }
        try {
            serviceCalls.execute(() -> {
                try {
                    mine.complete(session.identity().account());
                } catch (RuntimeException e) {
                    // ServiceCallException, as identity() tells every failure; the connectors stand without the
                    // account.
                    byProfile.remove(profile, mine);
                    mine.complete(null);
                }
            });
        } catch (RejectedExecutionException e) {
            byProfile.remove(profile, mine);
            mine.complete(null);
        }
        return new Pending(mine, true);
    }
}
