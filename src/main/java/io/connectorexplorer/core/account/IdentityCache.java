package io.connectorexplorer.core.account;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Who each profile's credentials are, shared by the sessions of one {@link AccountSessions}: a profile's credentials
 * name the same account in every region, so its sessions — an inventory's, the window's, the history's — ask STS once.
 * An answer is kept a few minutes (the files may change; {@link #clear()} when they do); a failure is not kept.
 */
final class IdentityCache {

    private static final long KEPT_NANOS = TimeUnit.MINUTES.toNanos(5);

    private record Entry(CompletableFuture<CallerIdentity> call, long atNanos) {}

    private final Map<String, Entry> byProfile = new ConcurrentHashMap<>();

    /** The call on its way or answered for {@code profile}, or {@code mine} when there is none to share. */
    CompletableFuture<CallerIdentity> claim(String profile, CompletableFuture<CallerIdentity> mine) {
        long now = System.nanoTime();
        return byProfile
                .compute(
                        profile,
                        (name, known) -> known != null
                                        && !known.call().isCompletedExceptionally()
                                        && now - known.atNanos() < KEPT_NANOS
                                ? known
                                : new Entry(mine, now))
                .call();
    }

    void clear() {
        byProfile.clear();
    }
}
