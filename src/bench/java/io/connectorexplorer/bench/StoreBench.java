package io.connectorexplorer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.core.store.HistorySettings;
import io.connectorexplorer.core.store.RecordOutcome;
import io.connectorexplorer.core.store.SnapshotKey;
import io.connectorexplorer.core.store.SnapshotStore;
import io.connectorexplorer.infra.store.SqliteSnapshotStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

/**
 * The history store (SQLite) with the 2,000-parameter connector: 1,000 snapshots of it one change apart — the time
 * to record each and the store's size after them — then opening the store and reading its latest snapshot, in fresh
 * JVMs that have not touched SQLite (as the app's first open in a run) and in this warm one.
 */
final class StoreBench {

    private static final String GROUP = "Store: history of the 2,000-parameter connector (SQLite, history.db)";
    private static final int PARAMETERS = 2000;
    private static final int SNAPSHOTS = 1000;
    static final SnapshotKey KEY =
            SnapshotKey.configuration("123456789012", "us-east-1", ConnectorKey.custom(Catalogues.BIG_LABEL));

    private final Path out;
    private final int warmups;
    private final int runs;
    private final Results results;

    StoreBench(Path out, int warmups, int runs, Results results) {
        this.out = out;
        this.warmups = warmups;
        this.runs = runs;
        this.results = results;
    }

    void run() throws Exception {
        Path folder = out.resolve("store");
        deleteHistory(folder);
        Files.createDirectories(folder);
        ObjectNode configuration = Catalogues.bigConnector(PARAMETERS);
        long rawBytes = JsonFormat.mapper().writeValueAsBytes(response(configuration)).length;

        Figure write = results.figure(GROUP, "record a changed snapshot (hash, deflate, commit), per snapshot", "ms");
        Figure confirm = results.figure(GROUP, "record it again unchanged (hash, confirm), per snapshot", "ms");
        Figure size = results.figure(GROUP, "history.db after 1,000 snapshots, one change each", "MiB");
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        try (SnapshotStore store = SqliteSnapshotStore.open(folder, uncapped(), Clock.fixed(start, ZoneOffset.UTC))) {
            if (!store.status().isReady()) {
                throw new IllegalStateException(store.status().toString());
            }
            for (int version = 0; version < SNAPSHOTS; version++) {
                JsonNode document = response(withChange(configuration, version));
                long t0 = System.nanoTime();
                RecordOutcome outcome = store.record(KEY, "bench", document);
                double ms = Measure.since(t0);
                if (!(outcome instanceof RecordOutcome.Recorded)) {
                    throw new IllegalStateException("version " + version + ": " + outcome);
                }
                if (version == 0) {
                    write.warmup(ms);
                } else {
                    write.add(ms);
                }
                if (version % 100 == 99) {
                    long c0 = System.nanoTime();
                    store.record(KEY, "bench", document);
                    confirm.add(Measure.since(c0));
                }
            }
            size.add(store.sizeBytes() / (1024.0 * 1024.0));
        }
        write.note(SNAPSHOTS + " versions of one DescribeConnector response of " + rawBytes / 1024
                + " KB, each with one auth parameter's description changed; 'first' opened the file");
        confirm.note("every 100th version recorded a second time");
        size.note(String.format(
                Locale.ROOT,
                "%.1f MiB of JSON recorded (each version deflated and stored whole); default cap %d MB (%s), not "
                        + "applied here",
                SNAPSHOTS * rawBytes / (1024.0 * 1024.0),
                HistorySettings.DEFAULT_MAX_SIZE_MB,
                HistorySettings.MAX_SIZE_KEY));
        System.out.printf(Locale.ROOT, "[bench] %s: %.1f MiB%n", size.name, size.median());

        Path unpacked = unpackNativeLibrary(folder);
        freshJvm(folder, List.of(), "", "includes unpacking SQLite's native library to java.io.tmpdir and loading it");
        if (unpacked != null) {
            freshJvm(
                    folder,
                    List.of(
                            "-Dorg.sqlite.lib.path=" + unpacked.getParent(),
                            "-Dorg.sqlite.lib.name=" + unpacked.getFileName()),
                    ", library unpacked beforehand",
                    "org.sqlite.lib.path naming the library, as an installer could unpack it");
        }
        Figure warm = results.figure(GROUP, "open + read the latest, in this warm JVM", "ms")
                .target("<= 30 ms", 30);
        Measure.repeat(warm, Math.max(warmups, 2), runs, () -> {
            long t0 = System.nanoTime();
            try (SnapshotStore store = SqliteSnapshotStore.open(folder, uncapped(), Clock.systemUTC())) {
                store.latest(KEY).orElseThrow();
                return Measure.since(t0);
            }
        });
        warm.note("the latest snapshot is the " + rawBytes / 1024 + " KB document, inflated and parsed");
    }

    /** Opening and the first read in fresh JVMs (JDK of the bench, the installers' options, no AppCDS archive). */
    private void freshJvm(Path folder, List<String> options, String variant, String note) {
        Figure open = results.figure(GROUP, "open, in a JVM new to SQLite" + variant, "ms");
        Figure openAndRead = results.figure(GROUP, "open + read the latest, in a JVM new to SQLite" + variant, "ms")
                .target("<= 30 ms", 30);
        try {
            for (int i = 0; i < warmups + runs; i++) {
                double[] ms = probe(folder, options);
                if (i < warmups) {
                    open.warmup(ms[0]);
                    openAndRead.warmup(ms[0] + ms[1]);
                } else {
                    open.add(ms[0]);
                    openAndRead.add(ms[0] + ms[1]);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "[bench] %s: median %.1f ms, of which opening %.1f ms%n",
                    openAndRead.name,
                    openAndRead.median(),
                    open.median());
        } catch (Exception e) {
            open.failed(e);
            openAndRead.failed(e);
        }
        open.note("JDK " + Runtime.version().feature() + ", the installers' JVM options, Jackson already loaded; "
                + note);
        openAndRead.note("the latest is the 2,000-parameter document: inflated and parsed by a JVM that has not "
                + "parsed anything that large yet");
    }

    /** Starts {@link StoreOpenProbe} in a fresh JVM; answers the milliseconds it measured: open, read. */
    private static double[] probe(Path folder, List<String> extraOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Packaged.JAVA_OPTIONS);
        command.addAll(extraOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(StoreOpenProbe.class.getName());
        command.add(folder.toString());
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        Proc.track(process);
        String line;
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            line = in.readLine();
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || line == null) {
            throw new IllegalStateException("the probe failed: " + line);
        }
        String[] parts = line.strip().split(" ");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    }

    /** The version with one parameter's description changed ({@code version} mod the number of parameters). */
    private static ObjectNode withChange(ObjectNode configuration, int version) {
        ObjectNode changed = configuration.deepCopy();
        ObjectNode parameter = (ObjectNode) changed.at("/authenticationConfig/customAuthConfigs/0/authParameters")
                .get(version % PARAMETERS);
        parameter.put("description", parameter.path("description").asText() + " (revision " + version + ")");
        return changed;
    }

    private static ObjectNode response(ObjectNode configuration) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.set("connectorConfiguration", configuration);
        return response;
    }

    /** This platform's SQLite library from the sqlite-jdbc jar, into the bench folder; null when not found. */
    private static Path unpackNativeLibrary(Path folder) {
        try {
            Path jar = Path.of(org.sqlite.SQLiteJDBCLoader.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            String entry = "org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
                    + System.mapLibraryName("sqlitejdbc");
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                var found = zip.getEntry(entry);
                if (found == null) {
                    return null;
                }
                Path target = Files.createDirectories(folder.resolve("native"))
                        .resolve(Path.of(entry).getFileName());
                try (var in = zip.getInputStream(found)) {
                    Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                return target;
            }
        } catch (Exception e) {
            System.out.println("[bench] no unpacked native library: " + e);
            return null;
        }
    }

    private static void deleteHistory(Path folder) throws IOException {
        for (String name : new String[] {"history.db", "history.db-wal", "history.db-shm"}) {
            Files.deleteIfExists(folder.resolve(name));
        }
    }

    /** Settings whose cap is far above what the bench writes: the figure is the store's size, unpruned. */
    private static Settings uncapped() {
        Map<String, String> values = new HashMap<>(Map.of(HistorySettings.MAX_SIZE_KEY, "1000000"));
        return new Settings() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public void put(String key, String value) {
                values.put(key, value);
            }

            @Override
            public void remove(String key) {
                values.remove(key);
            }

            @Override
            public void flush() {
                // nothing to write
            }
        };
    }
}
