package io.connectorexplorer.bench;

import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.core.store.SnapshotStore;
import io.connectorexplorer.infra.store.SqliteSnapshotStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * One open of the history in a fresh JVM, as the app's first in a run: Jackson is loaded first (the app has it
 * loaded by then), then the milliseconds to open the store, and to read its latest snapshot, are printed on one line.
 */
public final class StoreOpenProbe {

    private StoreOpenProbe() {}

    public static void main(String[] args) throws Exception {
        JsonFormat.parse("{\"warm\": [1, 2.5, \"jackson\"]}");
        Settings none = new Settings() {
            @Override
            public Optional<String> get(String key) {
                return Optional.empty();
            }

            @Override
            public void put(String key, String value) {}

            @Override
            public void remove(String key) {}

            @Override
            public void flush() {}
        };
        long t0 = System.nanoTime();
        try (SnapshotStore store = SqliteSnapshotStore.open(Path.of(args[0]), none, Clock.systemUTC())) {
            long t1 = System.nanoTime();
            store.latest(StoreBench.KEY).orElseThrow();
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "%.2f %.2f%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        }
    }
}
