package io.connectorexplorer.infra.store;

import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.store.RecordOutcome;
import io.connectorexplorer.core.store.SnapshotKey;
import io.connectorexplorer.core.store.SnapshotStore;
import io.connectorexplorer.core.store.StoreStatus;
import io.connectorexplorer.testsupport.MemorySettings;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Another Connector Explorer on the same history, in its own JVM: the tests start it with the test class path and
 * read its standard output, one line per step, to know where it is — no sleeps.
 *
 * <ul>
 *   <li>{@code open FOLDER}: opens the history there; prints "ready" or the unavailable status's message.
 *   <li>{@code write FILE}: records version after version of a big configuration, printing "committed N" after each.
 *   <li>{@code hold FILE N}: records N versions, then stops inside the transaction of the next, before its commit,
 *       printing "in transaction", and waits there to be killed.
 *   <li>{@code lock FILE}: holds the file locked as a program that keeps it exclusively does; prints "locked" and lets
 *       go when its standard input closes.
 * </ul>
 */
public final class HistoryChild {

    static final SnapshotKey KEY =
            SnapshotKey.configuration("111122223333", "eu-west-1", ConnectorKey.custom("acme-crm"));
    static final int PARAMETERS = 400;

    private HistoryChild() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "open" -> open(Path.of(args[1]));
            case "write" -> write(Path.of(args[1]));
            case "hold" -> hold(Path.of(args[1]), Integer.parseInt(args[2]));
            case "lock" -> lock(Path.of(args[1]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void open(Path folder) {
        try (SnapshotStore store = SqliteSnapshotStore.open(folder, new MemorySettings(), Clock.systemUTC())) {
            System.out.println(
                    store.status() instanceof StoreStatus.Unavailable unavailable ? unavailable.message() : "ready");
        }
    }

    private static void write(Path file) {
        SnapshotStore store = opened(file, () -> {});
        for (int version = 0; ; version++) {
            committed(store.record(KEY, "child", BigDocuments.withChange(PARAMETERS, version)), version);
        }
    }

    private static void hold(Path file, int commits) throws InterruptedException {
        AtomicInteger commitsSoFar = new AtomicInteger();
        CountDownLatch never = new CountDownLatch(1);
        SnapshotStore store = opened(file, () -> {
            if (commitsSoFar.getAndIncrement() == commits) {
                System.out.println("in transaction");
                System.out.flush();
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        for (int version = 0; version <= commits; version++) {
            committed(store.record(KEY, "child", BigDocuments.withChange(PARAMETERS, version)), version);
        }
    }

    private static void lock(Path file) throws Exception {
        try (Connection c = HistoryDatabase.connect(file, Duration.ofSeconds(5));
                Statement s = c.createStatement()) {
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("UPDATE snapshot SET profile_name = profile_name");
            System.out.println("locked");
            System.out.flush();
            try {
                System.in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException ignored) {
                // the parent went away: let go all the same
            }
            s.execute("ROLLBACK");
        }
    }

    private static SnapshotStore opened(Path file, Runnable beforeCommit) {
        SnapshotStore store = StoreOpener.open(new StoreOpener.Options(
                file, Long.MAX_VALUE / 2, Clock.systemUTC(), Duration.ofSeconds(5), beforeCommit));
        if (!store.status().isReady()) {
            throw new IllegalStateException(store.status().toString());
        }
        return store;
    }

    private static void committed(RecordOutcome outcome, int version) {
        if (!(outcome instanceof RecordOutcome.Recorded)) {
            throw new IllegalStateException("version " + version + ": " + outcome);
        }
        System.out.println("committed " + version);
        System.out.flush();
    }
}
