package io.connectorexplorer.bench;

import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.testsupport.LoopbackFleet;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The Inventory window taking the inventory of {@value InventoryBench#PROFILES} profiles × {@value
 * InventoryBench#REGION_COUNT} regions against the same loopback fleet as {@link InventoryBench} (50 ms added to every
 * call), driven as a user would: Ctrl+I, Enter (the selection used last — all profiles, the four regions — is in the
 * settings). Figures: Enter to every target final (the app's {@code inventory-done} mark), the longest FX pulse gap and
 * FX-thread CPU between pulses while the answers stream into the matrix, calls made, most in flight, peak resident
 * memory of the whole app at the end.
 */
final class InventoryGuiBench {

    private static final String SELECTION = "{\"allProfiles\":true,\"profiles\":[],\"allRegions\":false,\"regions\":"
            + "[\"us-east-1\",\"us-west-2\",\"eu-west-1\",\"ap-southeast-2\"]}";

    private final GuiRuns gui;
    private final Path xdotool;

    InventoryGuiBench(GuiRuns gui, Path xdotool) {
        this.gui = gui;
        this.xdotool = xdotool;
    }

    void run() throws Exception {
        String group = "GUI, Inventory window: " + InventoryBench.PROFILES + " profiles x "
                + InventoryBench.REGION_COUNT + " regions, loopback endpoint adding " + InventoryBench.DELAY_MS
                + " ms to every call (xdotool)";
        Figure wall = gui.results
                .figure(group, "Enter to every target final (all answers in the matrix)", "ms")
                .target("<= 3 s", 3000);
        Figure gap = gui.results
                .figure(group, "longest FX pulse gap while the answers stream in (wall)", "ms")
                .target("<= 50 ms", 50);
        Figure cpu = gui.results
                .figure(group, "longest FX-thread CPU between pulses while they stream in", "ms")
                .target("<= 50 ms", 50);
        Figure calls = gui.results.figure(group, "calls the endpoint answered", "calls");
        Figure peak = gui.results.figure(group, "most calls in flight at once", "calls");
        Figure hwm = gui.results
                .figure(group, "peak resident memory of the app (VmHWM) at the end", "MB")
                .target("<= 300 MB", 300);
        Path out = Files.createDirectories(gui.out.resolve("inventory-window"));
        try (LoopbackFleet fleet = LoopbackFleet.start()) {
            DemoCatalogue demo = DemoCatalogue.bundled();
            StringBuilder config = new StringBuilder();
            for (int i = 0; i < InventoryBench.PROFILES; i++) {
                String profile = String.format(Locale.ROOT, "team%02d", i);
                LoopbackFleet.Account account =
                        fleet.account(String.format(Locale.ROOT, "%012d", 100_000_000_000L + i), demo);
                config.append(fleet.profileSection(profile, InventoryBench.REGIONS.get(0)))
                        .append(account.credentialsSection(profile).replaceFirst("^\\[[^]]+]\n", ""));
            }
            Map<String, String> env = new LinkedHashMap<>();
            env.put(
                    "AWS_CONFIG_FILE",
                    Files.writeString(out.resolve("aws-config"), config.toString())
                            .toString());
            env.put("AWS_SHARED_CREDENTIALS_FILE", out.resolve("no-credentials").toString());
            env.put("AWS_PROFILE", "team00");
            fleet.delayEveryCall(Duration.ofMillis(InventoryBench.DELAY_MS));
            for (int i = 0; i < gui.warmups + gui.runs; i++) {
                boolean warm = i < gui.warmups;
                gui.beforeScenario.await(group);
                try (Proc app = gui.launch(
                        group,
                        i,
                        gui.warmups + gui.runs,
                        Packaged.JAVA_OPTIONS,
                        env,
                        InventoryGuiBench::lastSelection)) {
                    if (!gui.listFilledAndFocused(app, xdotool, wall, group)) {
                        return;
                    }
                    gui.xdo(xdotool, "key", "ctrl+i");
                    gui.xdo(xdotool, "search", "--sync", "--onlyvisible", "--name", "^Inventory");
                    gui.settle(app, System.currentTimeMillis());
                    fleet.resetCounts();
                    long pressed = System.currentTimeMillis();
                    gui.xdo(xdotool, "key", "Return");
                    Optional<String> done = app.await(
                            l -> l.startsWith("[timing] inventory-done") && Gaps.at(l) >= pressed,
                            GuiRuns.MARK_TIMEOUT);
                    if (done.isEmpty()) {
                        GuiRuns.fail(wall, group, "inventory-done", app);
                        return;
                    }
                    long settled = gui.settle(app, Gaps.at(done.get()));
                    Gaps gaps = Gaps.within(app.stderrLines(), pressed, settled);
                    double mb = app.statusKb("VmHWM").map(kb -> kb / 1024.0).orElse(Double.NaN);
                    if (!warm && i == gui.warmups) {
                        gui.screenshot(gui.out.getParent().resolve("gui-inventory-window.png"));
                    }
                    System.out.printf(
                            Locale.ROOT,
                            "[bench]   %s: %d ms after Enter; %d calls, %d in flight at most; gap %.1f ms "
                                    + "(cpu max %.1f); VmHWM %.0f MB%n",
                            done.get().replaceAll(".*progress=\"([^\"]*)\".*", "$1"),
                            Gaps.at(done.get()) - pressed,
                            fleet.totalCalls(),
                            fleet.peakInFlight(),
                            gaps.longestWall(),
                            gaps.longestCpu(),
                            mb);
                    GuiRuns.record(warm, wall, Gaps.at(done.get()) - pressed);
                    GuiRuns.record(warm, gap, gaps.longestWall());
                    GuiRuns.record(warm, cpu, gaps.longestCpu());
                    GuiRuns.record(warm, calls, fleet.totalCalls());
                    GuiRuns.record(warm, peak, fleet.peakInFlight());
                    GuiRuns.record(warm, hwm, mb);
                }
            }
        }
        wall.note("from the harness sending Enter to the mark the app prints once every target is final; includes"
                + " xdotool's own start");
        gap.note("gaps under 20 ms are not reported, so 20 means 'at most 20'");
    }

    /** The selection the picker starts with: all profiles, the four regions. */
    private static void lastSelection(Path home) throws IOException {
        Properties settings = new Properties();
        settings.setProperty("inventory.selection.last", SELECTION);
        try (OutputStream file = Files.newOutputStream(home.resolve("settings.properties"))) {
            settings.store(file, null);
        }
    }
}
