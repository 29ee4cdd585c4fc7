package io.connectorexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The window, launched as a user launches it ({@code java -jar}), under X: launch to first window, launch to
 * connector list filled, FX pulse gaps, peak resident memory and heap, on the demo account (plain, AppCDS, and
 * AppCDS with lean JVM options) and on an account with 1,000 custom connectors; then {@link BigConnectorGuiBench},
 * {@link InventoryGuiBench}, {@link ConnectionsGuiBench} and {@link FormSwitchGuiBench}. The app prints timing marks to stderr when started
 * with {@code -Dconnector-explorer.timing=true}; launch figures are measured from the harness's own clock just
 * before the process was started.
 */
final class GuiLaunchBench extends GuiRuns {

    private final boolean launchFigures;
    private final boolean bigConnectorFigures;
    private final boolean inventoryFigures;
    private final boolean connectionsFigures;
    private final boolean formFigures;

    GuiLaunchBench(
            Path jar,
            Path out,
            int warmups,
            int runs,
            Results results,
            String display,
            boolean launchFigures,
            boolean bigConnectorFigures,
            boolean inventoryFigures,
            boolean connectionsFigures,
            boolean formFigures,
            BeforeScenario beforeScenario) {
        super(jar, out, warmups, runs, results, display, beforeScenario);
        this.launchFigures = launchFigures;
        this.bigConnectorFigures = bigConnectorFigures;
        this.inventoryFigures = inventoryFigures;
        this.connectionsFigures = connectionsFigures;
        this.formFigures = formFigures;
    }

    /** What a scenario does once the list is filled, before the process is measured and ended. */
    private interface AfterList {
        void run(Proc app, boolean warm) throws Exception;
    }

    void run() throws Exception {
        Files.createDirectories(out);
        Map<String, String> demo = new LinkedHashMap<>();
        demo.put("AWS_CONFIG_FILE", out.resolve("none").resolve("config").toString());
        demo.put(
                "AWS_SHARED_CREDENTIALS_FILE",
                out.resolve("none").resolve("credentials").toString());
        AfterList settled = (app, warm) -> settle(app, System.currentTimeMillis());
        if (launchFigures) {
            launchFigures(demo, settled);
        }
        Optional<Path> xdotool = Display.onPath("xdotool");
        if (bigConnectorFigures && xdotool.isPresent()) {
            new BigConnectorGuiBench(this, xdotool.get()).run();
        } else if (bigConnectorFigures) {
            results.note("xdotool is not on PATH (apt-get install xdotool): the GUI figures for the connector with "
                    + "2,000 auth parameters were skipped.");
        }
        if (inventoryFigures && xdotool.isPresent()) {
            new InventoryGuiBench(this, xdotool.get()).run();
        } else if (inventoryFigures) {
            results.note("xdotool is not on PATH (apt-get install xdotool): the Inventory window's figures were "
                    + "skipped.");
        }
        if (connectionsFigures && xdotool.isPresent()) {
            new ConnectionsGuiBench(this, xdotool.get()).run();
        } else if (connectionsFigures) {
            results.note("xdotool is not on PATH (apt-get install xdotool): the Connections tab's figures were "
                    + "skipped.");
        }
        if (formFigures && xdotool.isPresent()) {
            new FormSwitchGuiBench(this, xdotool.get()).run();
        } else if (formFigures) {
            results.note("xdotool is not on PATH (apt-get install xdotool): the Connect tab's auth-type switch figures "
                    + "were skipped.");
        }
        results.note(
                "GUI figures use " + display + " (no window manager); the first window is the stage's WINDOW_SHOWN "
                        + "event, the list is filled when the connection state first turns Ready, a tree is shown after the "
                        + "first layout pulse with its new root. The packaged app's startup (jpackage image with its own CDS "
                        + "archive) is measured by the installer work.");
    }

    private void launchFigures(Map<String, String> demo, AfterList settled) throws Exception {
        // BENCH_GUI_LAUNCH=custom-1000 in the environment: only the account with 1,000 custom connectors (a quicker
        // before/after; an environment variable, as the bench profile passes no other properties to the harness).
        if (!"custom-1000".equals(System.getenv("BENCH_GUI_LAUNCH"))) {
            demoLaunches(demo, settled);
        }
        customConnectorLaunches();
    }

    private void demoLaunches(Map<String, String> demo, AfterList settled) throws Exception {
        // The three ways to start the same window take turns run by run, so each saw the same machine.
        List<Launches> demoLaunches = new ArrayList<>();
        demoLaunches.add(new Launches("GUI, demo account, plain jar", List.of(), demo, settled, true));
        Path archive = out.getParent().resolve("connector-explorer-gui.jsa");
        List<String> cds = List.of("-XX:SharedArchiveFile=" + archive);
        boolean archived = createArchive(archive, demo);
        if (archived) {
            demoLaunches.add(new Launches("GUI, demo account, AppCDS archive", cds, demo, settled, true));
            List<String> lean = new ArrayList<>(cds);
            lean.addAll(Packaged.JAVA_OPTIONS);
            demoLaunches.add(new Launches("GUI, demo account, " + Packaged.LABEL, lean, demo, settled, true));
        } else {
            results.note("The AppCDS archive could not be created; the GUI figures with AppCDS were skipped.");
        }
        interleaved(demoLaunches);
        classLoadCount("plain jar", List.of(), demo);
        if (archived) {
            classLoadCount("AppCDS archive", cds, demo);
        }
    }

    private void customConnectorLaunches() throws Exception {
        try (BenchAccount account =
                BenchAccount.start(Catalogues.withCustomConnectors(1000), out.resolve("account-1000"))) {
            int[] counted = {0};
            AfterList flagsFilled = (app, warm) -> {
                // The window describes the custom connectors it shows in the background to fill their badges, then
                // hands the flags to the list on the FX thread: settled once no describe has come for 1.5 s (or all
                // 1,000 were described), and pulses are calm.
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                int seen = account.endpoint.callCount("DescribeConnector");
                long quietSince = System.nanoTime();
                while (System.nanoTime() < deadline) {
                    int now = account.endpoint.callCount("DescribeConnector");
                    if (now != seen) {
                        seen = now;
                        quietSince = System.nanoTime();
                    }
                    if (now - counted[0] >= 1000 || System.nanoTime() - quietSince > 1_500_000_000L) {
                        break;
                    }
                    Thread.sleep(50);
                }
                System.out.printf(
                        Locale.ROOT, "[bench]   DescribeConnector calls in this launch: %d%n", seen - counted[0]);
                counted[0] = seen;
                settle(app, System.currentTimeMillis());
            };
            interleaved(List.of(new Launches(
                    "GUI, account with 1,000 custom connectors (loopback; the installers' JVM " + "options)",
                    Packaged.JAVA_OPTIONS,
                    account.appEnvironment(out),
                    flagsFilled,
                    false)));
        }
    }

    private void interleaved(List<Launches> scenarios) throws Exception {
        for (int i = 0; i < warmups + runs; i++) {
            for (Launches scenario : scenarios) {
                if (!scenario.failed) {
                    scenario.runOnce(i);
                }
            }
        }
        scenarios.forEach(Launches::finish);
    }

    /** One way to launch the window, and the figures its launches go to. */
    private final class Launches {
        private final String group;
        private final List<String> jvmArgs;
        private final Map<String, String> env;
        private final AfterList settle;
        private final Figure firstWindow;
        private final Figure listFilled;
        private final Figure pulse;
        private final Figure busy;
        private final Figure hwm;
        private final Figure heapUsed;
        private final Figure heapLive;
        private final List<Double> gapOffsets = new ArrayList<>();
        private final List<Double> gapShares = new ArrayList<>();
        private boolean failed;

        Launches(String group, List<String> jvmArgs, Map<String, String> env, AfterList settle, boolean targets) {
            this.group = group;
            this.jvmArgs = jvmArgs;
            this.env = env;
            this.settle = settle;
            firstWindow = results.figure(group, "launch to first window", "ms");
            listFilled = results.figure(group, "launch to connector list filled", "ms");
            pulse = results.figure(group, "longest FX pulse gap, first window to settled (wall)", "ms")
                    .target("<= 50 ms", 50);
            busy = results.figure(group, "longest FX-thread CPU between two pulses", "ms")
                    .target("<= 50 ms", 50);
            hwm = results.figure(group, "peak resident memory (VmHWM)", "MB").target("<= 250 MB", 250);
            heapUsed = results.figure(group, "heap used once loaded (before GC)", "MB");
            heapLive = results.figure(group, "heap live once loaded (after full GC)", "MB");
            if (targets) {
                firstWindow.target("<= 800 ms", 800);
                listFilled.target("<= 1200 ms", 1200);
            }
        }

        void runOnce(int i) throws Exception {
            boolean warm = i < warmups;
            beforeScenario.await(group);
            try (Proc app = launch(group, i, jvmArgs, env)) {
                Optional<String> shown = app.await(l -> l.startsWith("[timing] first-window"), MARK_TIMEOUT);
                Optional<String> filled = app.await(l -> l.startsWith("[timing] list-filled"), MARK_TIMEOUT);
                if (shown.isEmpty() || filled.isEmpty()) {
                    fail(firstWindow, group, (shown.isEmpty() ? "first-window" : "list-filled"), app);
                    failed = true;
                    return;
                }
                settle.run(app, warm);
                long window = Gaps.at(shown.get());
                long list = Gaps.at(filled.get());
                Gaps gaps = Gaps.within(app.stderrLines(), window, System.currentTimeMillis());
                double peak = app.statusKb("VmHWM").map(kb -> kb / 1024.0).orElse(Double.NaN);
                Optional<Double> used = heapMb(app.process.pid(), false);
                Optional<Double> live = heapMb(app.process.pid(), true);
                System.out.printf(
                        Locale.ROOT,
                        "[bench]   first window %d ms, list filled %d ms, longest pulse gap %.1f ms"
                                + " (FX CPU %.1f ms in it, ended %+d ms from list filled), most FX CPU between pulses %.1f ms,"
                                + " VmHWM %.0f MB, heap %s / live %s MB%n",
                        window - app.launchedAtMillis,
                        list - app.launchedAtMillis,
                        gaps.longestWall(),
                        gaps.cpuInLongest(),
                        gaps.longestEndedAt() - list,
                        gaps.longestCpu(),
                        peak,
                        used.map(v -> String.format(Locale.ROOT, "%.0f", v)).orElse("?"),
                        live.map(v -> String.format(Locale.ROOT, "%.0f", v)).orElse("?"));
                record(warm, firstWindow, window - app.launchedAtMillis);
                record(warm, listFilled, list - app.launchedAtMillis);
                record(warm, pulse, gaps.longestWall());
                record(warm, busy, gaps.longestCpu());
                record(warm, hwm, peak);
                used.ifPresent(v -> record(warm, heapUsed, v));
                live.ifPresent(v -> record(warm, heapLive, v));
                if (!warm && gaps.longestEndedAt() > 0) {
                    gapOffsets.add((double) (gaps.longestEndedAt() - list));
                    gapShares.add(gaps.cpuInLongest() / gaps.longestWall());
                }
            }
        }

        void finish() {
            if (!gapOffsets.isEmpty()) {
                pulse.note(String.format(
                        Locale.ROOT,
                        "the longest gap ended a median %+.0f ms from the list-filled mark; "
                                + "the FX thread was on CPU for a median %.0f%% of it (the rest: other threads or processes ran)",
                        median(gapOffsets),
                        100 * median(gapShares)));
            }
            busy.note(
                    "the FX thread's own CPU time between two consecutive pulses: its work, whatever the machine's load");
        }
    }

    /** A dynamic AppCDS archive from one launch of the window on the demo account, dumped when it exits. */
    private boolean createArchive(Path archive, Map<String, String> env) throws Exception {
        Files.deleteIfExists(archive);
        System.out.println(
                "[bench] creating the AppCDS archive " + archive + " (-XX:ArchiveClassesAtExit, one launch)");
        List<String> args = List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        try (Proc app = launch("AppCDS training launch", -1, args, env)) {
            if (app.await(l -> l.startsWith("[timing] list-filled"), MARK_TIMEOUT)
                    .isEmpty()) {
                System.out.println("[bench] the training launch never filled the list:\n" + app.stderrTail());
                return false;
            }
            Thread.sleep(3000);
        }
        return Files.isRegularFile(archive) && Files.size(archive) > 0;
    }

    /** One extra launch with -Xlog:class+load, to say how many classes startup loads and how many CDS serves. */
    private void classLoadCount(String what, List<String> jvmArgs, Map<String, String> env) throws Exception {
        Path log = out.getParent().resolve("class-load-" + what.replaceAll("\\W+", "-") + ".log");
        List<String> args = new ArrayList<>(jvmArgs);
        args.add("-Xlog:class+load=info:file=" + log);
        try (Proc app = launch("class-load log, " + what, -1, args, env)) {
            if (app.await(l -> l.startsWith("[timing] list-filled"), MARK_TIMEOUT)
                    .isEmpty()) {
                return;
            }
        }
        List<String> lines = Files.readAllLines(log);
        long all = lines.stream().filter(l -> l.contains("source:")).count();
        long shared = lines.stream()
                .filter(l -> l.contains("source: shared objects file"))
                .count();
        long fromJars = lines.stream()
                .filter(l -> l.contains("source: jar:") || l.contains("source: file:"))
                .count();
        results.note(String.format(
                Locale.ROOT,
                "%s: %d classes loaded by the list-filled mark, %d of them from CDS "
                        + "archives, %d parsed from jars (log: %s)",
                what,
                all,
                shared,
                fromJars,
                log.getFileName()));
    }
}
