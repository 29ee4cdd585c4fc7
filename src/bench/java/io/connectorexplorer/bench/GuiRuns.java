package io.connectorexplorer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the GUI scenarios share: launching the window as a user does ({@code java -jar}) with its timing marks on,
 * under the harness's display, waiting for it to settle, and reading its memory.
 */
class GuiRuns {

    static final String TIMING = "-Dconnector-explorer.timing=true";
    static final Duration MARK_TIMEOUT = Duration.ofSeconds(90);
    static final long QUIET_MILLIS = 1500;
    static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(120);
    /**
     * {@code -Dbench.jfr=profile} (or a .jfc file): every window the GUI scenarios start also records a JFR profile
     * with those settings, in its home folder beside its stderr ({@code app.jfr}, {@code stdout.txt.stderr}).
     */
    private static final String JFR = System.getProperty("bench.jfr", "");

    /** Called before each launch: waits for a quieter machine when asked to, and notes how busy it was. */
    interface BeforeScenario {
        void await(String scenario) throws InterruptedException;
    }

    final Path jar;
    final Path out;
    final int warmups;
    final int runs;
    final Results results;
    final String display;
    final BeforeScenario beforeScenario;
    private final String javaExe =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    GuiRuns(Path jar, Path out, int warmups, int runs, Results results, String display, BeforeScenario beforeScenario) {
        this.jar = jar;
        this.out = out.resolve("gui");
        this.warmups = warmups;
        this.runs = runs;
        this.results = results;
        this.display = display;
        this.beforeScenario = beforeScenario;
    }

    /** Waits until the window is calm again (see {@link Gaps#awaitSettled}); answers when, or now if it never was. */
    static long settle(Proc app, long from) throws InterruptedException {
        long at = Gaps.awaitSettled(app, from, QUIET_MILLIS, SETTLE_TIMEOUT);
        if (at < 0) {
            System.out.println("[bench]   (the window did not settle within " + SETTLE_TIMEOUT.toSeconds() + " s)");
            return System.currentTimeMillis();
        }
        return at;
    }

    Proc launch(String group, int i, List<String> jvmArgs, Map<String, String> env) throws IOException {
        return launch(group, i, warmups + runs, jvmArgs, env);
    }

    Proc launch(String group, int i, int of, List<String> jvmArgs, Map<String, String> env) throws IOException {
        return launch(group, i, of, jvmArgs, env, home -> {});
    }

    /** Settings or files the app finds in its home at start: {@code prepare} writes them into the fresh folder. */
    interface HomePreparation {
        void prepare(Path home) throws IOException;
    }

    Proc launch(String group, int i, int of, List<String> jvmArgs, Map<String, String> env, HomePreparation prepare)
            throws IOException {
        if (i < 0) {
            System.out.println("[bench] " + group);
        } else {
            System.out.printf(
                    Locale.ROOT, "[bench] %s: run %d of %d%s%n", group, i + 1, of, i < warmups ? " (warm-up)" : "");
        }
        Path home = Files.createTempDirectory(out, "home-");
        prepare.prepare(home);
        Map<String, String> runEnv = new LinkedHashMap<>(env);
        if (jvmArgs.containsAll(Packaged.JAVA_OPTIONS)) {
            Packaged.ENVIRONMENT.forEach(runEnv::putIfAbsent); // started as the installed app is
        }
        runEnv.put("CONNECTOR_EXPLORER_HOME", home.toString());
        runEnv.put("DISPLAY", display);
        List<String> command = new ArrayList<>(List.of(javaExe));
        command.addAll(jvmArgs);
        if (!JFR.isBlank()) {
            command.add("-XX:StartFlightRecording=settings=" + JFR + ",filename=" + home.resolve("app.jfr"));
        }
        command.add(TIMING);
        command.addAll(List.of("-jar", jar.toString()));
        return Proc.start(command, runEnv, home.resolve("stdout.txt"));
    }

    static void fail(Figure figure, String group, String mark, Proc app) {
        String why = "no " + mark + " mark; stderr:\n" + app.stderrTail();
        figure.failed(new IllegalStateException(why));
        System.out.println("[bench] " + group + ": " + why);
    }

    static void record(boolean warm, Figure figure, double value) {
        if (Double.isNaN(value)) {
            return;
        }
        if (warm) {
            figure.warmup(value);
        } else {
            figure.add(value);
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Heap used, from jcmd GC.heap_info; with {@code afterGc}, after a full GC (jcmd GC.run) — the live set. */
    Optional<Double> heapMb(long pid, boolean afterGc) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return Optional.empty();
        }
        try {
            if (afterGc) {
                run(List.of(jcmd.toString(), String.valueOf(pid), "GC.run"));
            }
            String info = run(List.of(jcmd.toString(), String.valueOf(pid), "GC.heap_info"));
            // One "total …K, used …K" line per heap (G1) or generation (Serial, Parallel); Metaspace lines have no
            // total.
            Matcher m = Pattern.compile("total \\d+K, used (\\d+)K").matcher(info);
            long usedKb = 0;
            boolean found = false;
            while (m.find()) {
                usedKb += Long.parseLong(m.group(1));
                found = true;
            }
            return found ? Optional.of(usedKb / 1024.0) : Optional.empty();
        } catch (IOException | InterruptedException e) {
            return Optional.empty();
        }
    }

    static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }

    void screenshot(Path png) {
        Display.onPath("import").ifPresent(importTool -> {
            try {
                ProcessBuilder builder = new ProcessBuilder(importTool.toString(), "-window", "root", png.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
                builder.environment().put("DISPLAY", display);
                builder.start().waitFor();
            } catch (IOException | InterruptedException e) {
                // a screenshot is a courtesy
            }
        });
    }

    /**
     * Waits for the connector list to fill and the window to settle, then gives the window the keyboard. False when
     * the list never filled: {@code figure} says so (with a screenshot, {@code group}'s name, in the output folder).
     */
    boolean listFilledAndFocused(Proc app, Path xdotool, Figure figure, String group)
            throws IOException, InterruptedException {
        if (app.await(l -> l.startsWith("[timing] list-filled"), MARK_TIMEOUT).isEmpty()) {
            screenshot(out.resolve(group.replaceAll("[^A-Za-z0-9]+", "-") + "-failed.png"));
            fail(figure, group, "list-filled", app);
            return false;
        }
        settle(app, System.currentTimeMillis());
        String window = xdo(xdotool, "search", "--sync", "--onlyvisible", "--name", "Connector Explorer")
                .lines()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("xdotool found no window"));
        xdo(xdotool, "windowfocus", "--sync", window);
        return true;
    }

    /** Ctrl+L and {@code text} typed as a user types it, into the connector list's filter; then the list settles. */
    void filterList(Path xdotool, String text) throws IOException, InterruptedException {
        xdo(xdotool, "key", "ctrl+l");
        xdo(xdotool, "type", "--delay", "40", text);
        Thread.sleep(500);
    }

    /** Runs xdotool on the harness's display; a failure (but a window focus refused) throws with its output. */
    String xdo(Path xdotool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(xdotool.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process p = builder.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 && !args[0].equals("windowfocus")) {
            throw new IllegalStateException("xdotool " + String.join(" ", args) + " failed: " + text);
        }
        return text;
    }
}
