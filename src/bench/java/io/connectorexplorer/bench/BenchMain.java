package io.connectorexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The benchmark harness ({@code ./mvnw -B -Pbench verify}): startup of the window, the command line against the
 * AWS CLI, scale, and the structural diff. Prints a table and writes target/bench/bench-results.json and .txt. Figures, not tests:
 * whatever the figures, it exits 0; a scenario that cannot run is reported in the table and skipped.
 * {@code -Dbench.only=} picks parts (gui = gui-launch + gui-big + gui-inventory + gui-connections + gui-form, cli — with the inventory —, inventory
 * alone, scale, diff, store — the history store, not in the default set);
 * {@code -Dbench.runs=},
 * {@code -Dbench.warmups=}; {@code -Dbench.waitQuiet=SECONDS} waits before each part until the CPUs are mostly idle.
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) {
        Path jar = Path.of(System.getProperty("bench.jar", "target/connector-explorer.jar"))
                .toAbsolutePath();
        Path out = Path.of(System.getProperty("bench.out", "target/bench")).toAbsolutePath();
        int runs = Math.max(1, Integer.getInteger("bench.runs", 5));
        int warmups = Math.max(0, Integer.getInteger("bench.warmups", 1));
        int waitQuiet = Math.max(0, Integer.getInteger("bench.waitQuiet", 0));
        Set<String> only = Arrays.stream(
                        System.getProperty("bench.only", "gui,cli,scale,diff").split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());

        Machine machine = Machine.describe();
        Results results = new Results();
        System.out.println("[bench] " + machine.summary());
        System.out.println(
                "[bench] " + runs + " runs after " + warmups + " warm-up(s); parts: " + only + "; output " + out);
        if (waitQuiet == 0 && Machine.loadAverage1() > Runtime.getRuntime().availableProcessors() * 0.5) {
            results.note("The machine was busy when the run started (load average " + Machine.loadAverage() + " on "
                    + Runtime.getRuntime().availableProcessors()
                    + " cores): figures are slower than on an idle machine.");
        }
        try {
            Files.createDirectories(out);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: build it first (./mvnw -Pbench verify does)");
            }
            boolean launches = only.contains("gui") || only.contains("gui-launch");
            boolean big = only.contains("gui") || only.contains("gui-big");
            boolean inventoryWindow = only.contains("gui") || only.contains("gui-inventory");
            boolean connectionsTab = only.contains("gui") || only.contains("gui-connections");
            boolean connectForm = only.contains("gui") || only.contains("gui-form");
            if (launches || big || inventoryWindow || connectionsTab || connectForm) {
                part(
                        "GUI",
                        () -> {
                            try (Display display = Display.acquire()) {
                                machine.put("display", display.why());
                                if (display.name().isEmpty()) {
                                    results.note("GUI figures skipped: " + display.why() + ".");
                                } else {
                                    new GuiLaunchBench(
                                                    jar,
                                                    out,
                                                    warmups,
                                                    runs,
                                                    results,
                                                    display.name().get(),
                                                    launches,
                                                    big,
                                                    inventoryWindow,
                                                    connectionsTab,
                                                    connectForm,
                                                    scenario -> machine.awaitQuiet(scenario, waitQuiet))
                                            .run();
                                }
                            }
                        },
                        results);
            }
            if (only.contains("cli")) {
                part(
                        "command line",
                        () -> new CommandLineBench(
                                        jar, out, warmups, runs, results, part -> machine.awaitQuiet(part, waitQuiet))
                                .run(),
                        results);
            }
            if (only.contains("cli")) {
                packages(jar.getParent().resolve("installer"), results);
            }
            if (only.contains("cli") || only.contains("inventory")) {
                part(
                        "inventory",
                        () -> {
                            machine.awaitQuiet("inventory", waitQuiet);
                            new InventoryBench(jar, out, warmups, runs, results).run();
                        },
                        results);
            }
            if (only.contains("scale")) {
                part(
                        "scale",
                        () -> {
                            machine.awaitQuiet("scale", waitQuiet);
                            new ScaleBench(out, warmups, runs, results).run();
                        },
                        results);
                part("tree", () -> new TreeBench(warmups, runs, results).run(), results);
            }
            if (only.contains("diff")) {
                part("diff", () -> new DiffBench(warmups, runs, results).run(), results);
            }
            if (only.contains("store")) {
                part(
                        "store",
                        () -> {
                            machine.awaitQuiet("store", waitQuiet);
                            new StoreBench(out, warmups, runs, results).run();
                        },
                        results);
            }
        } catch (Exception e) {
            results.note("The benchmark stopped early: " + e);
        }
        machine.finish();
        String table = results.table(machine, runs, warmups);
        System.out.println();
        System.out.println(table);
        try {
            results.write(out, machine, runs, warmups, table);
            System.out.println("[bench] written: " + out.resolve("bench-results.json") + " and bench-results.txt");
        } catch (Exception e) {
            System.out.println("[bench] could not write the results: " + e);
        }
        System.exit(0);
    }

    private interface Part {
        void run() throws Exception;
    }

    private static void part(String name, Part part, Results results) {
        System.out.println("[bench] === " + name);
        try {
            part.run();
        } catch (Exception e) {
            results.note("The " + name + " figures stopped early: " + e);
            e.printStackTrace(System.out);
        }
    }

    /** The installers' sizes, when `./mvnw -Pinstaller package` has built them into {@code folder}. */
    private static void packages(Path folder, Results results) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            results.note("No installers in " + folder + ": their sizes were skipped (./mvnw -Pinstaller package).");
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path p : files.filter(
                            f -> f.toString().endsWith(".deb") || f.toString().endsWith(".rpm"))
                    .sorted()
                    .toList()) {
                String kind = p.toString().endsWith(".deb") ? ".deb" : ".rpm";
                results.figure("Installers (" + folder + ")", kind + " size", "MB")
                        .target("<= 50 MB", 50)
                        .add(Files.size(p) / 1_000_000.0);
            }
        }
    }
}
