package io.connectorexplorer.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.CallerIdentity;
import io.connectorexplorer.core.account.ReadListener;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connection.ConnectionRead;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The app's history: the store, opened on first use off the caller's thread, and what keeps it — every list and
 * configuration a session reads (not the demo's) is recorded on one writer thread, keyed by the account the session's
 * credentials reach, so no service call waits on the disk. A store that cannot be used is said once, to whoever asked
 * with {@link #whenUnavailable}; the app goes on without history. Closing waits for the writes queued (a command
 * line's last read is kept before it exits).
 */
public final class History implements ReadListener, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(History.class.getName());

    private final Supplier<SnapshotStore> opener;
    private final List<Consumer<StoreStatus.Unavailable>> unavailable =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "history-writer");
        thread.setDaemon(true);
        return thread;
    });
    private static final long ACCOUNT_KEPT_NANOS = TimeUnit.MINUTES.toNanos(5);
    private static final long FAILURE_KEPT_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final java.util.Map<String, KnownAccount> accounts = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Set<CompletableFuture<?>> pending = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Map<Target, CompletableFuture<?>> listings = new java.util.concurrent.ConcurrentHashMap<>();
    private SnapshotStore store;
    private StoreStatus.Unavailable told;

    /** {@code opener} opens the store (never throws: an unusable one says why in its status). */
    public History(Supplier<SnapshotStore> opener) {
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    /**
     * {@code tell} is told, once, that there is no history and why (on the thread that found out); at once when that is
     * known already.
     */
    public void whenUnavailable(Consumer<StoreStatus.Unavailable> tell) {
        StoreStatus.Unavailable known;
        synchronized (this) {
            known = told;
            if (known == null) {
                unavailable.add(tell);
            }
        }
        if (known != null) {
            tell.accept(known);
        }
    }

    /** Opens the store on the writer thread now, so the first read or write finds it open. */
    public void openAhead() {
        submit(this::store);
    }

    /** The store, opened now if it was not: may touch the disk, so never on the FX thread. */
    public synchronized SnapshotStore store() {
        if (store == null) {
            store = opener.get();
            tellIfUnavailable(store);
        }
        return store;
    }

    /**
     * The target as the history last saw it (its connector list, and the configurations described), for when it
     * cannot be reached; empty when it was never read here, or there is no history. Touches the disk.
     */
    public Optional<KeptTarget> kept(Target target) {
        return target.profile().isDemo() ? Optional.empty() : KeptTarget.of(store(), target);
    }

    /**
     * Who the session's credentials are is asked beside its first call, not after it (once per profile); and the store
     * is opened meanwhile, so what the call reads is kept without waiting for it (a command line waits at its end).
     */
    @Override
    public void opened(AccountSession session) {
        if (!session.profile().isDemo()) {
            accountOf(session);
            openAhead();
        }
    }

    @Override
    public void listed(AccountSession session, List<JsonNode> describePages, List<JsonNode> listPages) {
        JsonNode document = ConnectorListDocument.of(describePages, listPages);
        String region = session.region();
        String profile = session.target().profileName();
        listings.put(
                session.target(),
                whenAccountKnown(
                        session, account -> outcome(store().recordConnectorList(account, region, profile, document))));
    }

    /**
     * Which connectors of the target changed between its last two listings the history kept, and when the newer was
     * read — once this run's listing of it is recorded. Empty when there are not two, or no history. For "changed since
     * you last looked": the caller leaves out those opened since.
     */
    public CompletableFuture<Optional<ListingChange>> changes(Target target) {
        CompletableFuture<?> recorded = listings.getOrDefault(target, CompletableFuture.completedFuture(null));
        return recorded.handle((done, failed) -> null).thenApplyAsync(ignored -> listingChange(target), this::submit);
    }

    /**
     * The connectors that changed between a target's two latest listings, each with what changed in a few words, and
     * when the latest was first read.
     */
    public record ListingChange(java.util.Map<ConnectorKey, String> changed, java.time.Instant at) {}

    private Optional<ListingChange> listingChange(Target target) {
        return inAccount(target, (s, account) -> {
            SnapshotKey key = SnapshotKey.connectorList(account, target.region());
            return s.latest(key)
                    .flatMap(latest -> s.previous(key)
                            .map(before -> new ListingChange(
                                    ChangedConnectors.described(before.document(), latest.document()),
                                    latest.info().recordedAt())));
        });
    }

    /**
     * What {@code read} finds in the store under the account the target's profile reached; empty for the demo, whose
     * reads are never kept (the store is not even opened for it), and for a profile never read here.
     */
    private <T> Optional<T> inAccount(Target target, BiFunction<SnapshotStore, String, Optional<T>> read) {
        if (target.profile().isDemo()) {
            return Optional.empty();
        }
        SnapshotStore s = store();
        return s.accountOf(target.profileName()).flatMap(account -> read.apply(s, account));
    }

    @Override
    public void described(AccountSession session, ConnectorDescription description) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.set("connectorConfiguration", description.configuration());
        String region = session.region();
        String profile = session.target().profileName();
        whenAccountKnown(
                session,
                account -> outcome(store().recordConfiguration(account, region, description.key(), profile, response)));
    }

    @Override
    public void connectionRead(AccountSession session, ConnectionRead read) {
        String region = session.region();
        String profile = session.target().profileName();
        whenAccountKnown(
                session,
                account -> outcome(store().record(SnapshotKey.of(account, region, read), profile, read.response())));
    }

    /**
     * What the history kept for the target under the key {@code keyIn} makes of its account — the newest, or with
     * {@code asOf} the newest at or before it; empty when it was never read here (or there is no history). Touches the
     * disk.
     */
    public Optional<Snapshot> kept(
            Target target, java.util.function.Function<String, SnapshotKey> keyIn, java.time.Instant asOf) {
        return inAccount(target, (s, account) -> {
            SnapshotKey key = keyIn.apply(account);
            return asOf == null ? s.latest(key) : s.asOf(key, asOf);
        });
    }

    /**
     * Waits, at most {@code within}, for what was read so far to be recorded: the recordings whose account is still
     * being asked, then the queued writes. For a reader that must see the latest read (the versions before the one a
     * window shows). Off the FX thread.
     */
    public void awaitRecorded(java.time.Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        try {
            for (CompletableFuture<?> waiting : List.copyOf(pending)) {
                waitFor(waiting, deadline);
            }
            CompletableFuture<Void> queued = new CompletableFuture<>();
            submit(() -> queued.complete(null));
            waitFor(queued, deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitFor(CompletableFuture<?> waiting, long deadline) throws InterruptedException {
        try {
            waiting.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(System.Logger.Level.DEBUG, "History: a recording was not waited for: {0}", e);
        }
    }

    /**
     * The versions of {@code connector} at {@code target} kept before the newest, newest first ({@link KeptVersions});
     * empty when the target was never read here, or there is no history. Touches the disk.
     */
    public List<KeptVersions.Version> earlier(Target target, ConnectorKey connector) {
        return inAccount(
                        target,
                        (s, account) -> Optional.of(KeptVersions.earlier(s, account, target.region(), connector)))
                .orElse(List.of());
    }

    /**
     * The snapshots kept under the key {@code keyIn} makes of the target's account, all but the newest (which is what
     * a window shows), newest first; empty when the target was never read here, or there is no history. Touches the
     * disk.
     */
    public List<SnapshotInfo> earlier(Target target, java.util.function.Function<String, SnapshotKey> keyIn) {
        return inAccount(target, (s, account) -> {
                    List<SnapshotInfo> all = s.history(keyIn.apply(account));
                    return Optional.of(List.copyOf(all.subList(Math.min(1, all.size()), all.size())));
                })
                .orElse(List.of());
    }

    /**
     * Waits for the recordings whose account was still being asked (a few seconds at most), then for the queued
     * writes, then closes the store: a command line's last read is kept before it exits.
     */
    @Override
    public void close() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        try {
            for (CompletableFuture<?> waiting : List.copyOf(pending)) {
                waitFor(waiting, deadline);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "History: writes still queued after 10 s were dropped");
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (store != null) {
                store.close();
            }
        }
    }

    /**
     * Records on the writer thread once the session's account is known; nothing for the demo, or when STS cannot say
     * who the credentials are. Never waits on the caller's thread: a slow STS must not slow a listing.
     */
    private CompletableFuture<Void> whenAccountKnown(AccountSession session, Consumer<String> record) {
        CompletableFuture<String> account = accountOf(session);
        CompletableFuture<Void> recorded = account.thenAcceptAsync(
                id -> {
                    if (id != null) {
                        record.accept(id);
                    }
                },
                this::submit);
        pending.add(recorded);
        recorded.whenComplete((done, failed) -> {
            pending.remove(recorded);
            if (failed != null) {
                LOG.log(
                        System.Logger.Level.DEBUG,
                        "History: not kept, who the credentials are is not known: {0}",
                        failed);
            }
        });
        return recorded;
    }

    /**
     * The account the session reaches (null for the demo). A profile's credentials name the same account in every
     * region, so the answer is shared by the profile's sessions for a few minutes (its files may change): an inventory
     * of one profile in many regions asks once. A failed answer is kept a minute.
     */
    private CompletableFuture<String> accountOf(AccountSession session) {
        if (session.profile().isDemo()) {
            return CompletableFuture.completedFuture(null);
        }
        String profile = session.target().profileName();
        return accounts.compute(profile, (name, known) -> {
                    long age = known == null ? Long.MAX_VALUE : System.nanoTime() - known.atNanos();
                    // A failure is kept a minute: a profile STS will not answer for is not asked at every read.
                    boolean usable = known != null
                            && age
                                    < (known.account().isCompletedExceptionally()
                                            ? FAILURE_KEPT_NANOS
                                            : ACCOUNT_KEPT_NANOS);
                    return usable
                            ? known
                            : new KnownAccount(
                                    session.askIdentityAhead().thenApply(CallerIdentity::account), System.nanoTime());
                })
                .account();
    }

    private record KnownAccount(CompletableFuture<String> account, long atNanos) {}

    private void outcome(RecordOutcome outcome) {
        if (outcome instanceof RecordOutcome.NotRecorded not) {
            LOG.log(System.Logger.Level.DEBUG, "History: not recorded: {0}", not.reason());
            tellIfUnavailable(store());
        }
    }

    private void tellIfUnavailable(SnapshotStore opened) {
        StoreStatus.Unavailable why;
        synchronized (this) {
            if (told != null || !(opened.status() instanceof StoreStatus.Unavailable now)) {
                return;
            }
            told = now;
            why = now;
        }
        unavailable.forEach(tell -> tell.accept(why));
    }

    private void submit(Runnable work) {
        try {
            writer.execute(work);
        } catch (RejectedExecutionException e) {
            // Closing: what is read after that is not kept.
        }
    }
}
