package io.connectorexplorer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Issue 16's Connect-tab stall, in the real window driven with the keyboard (xdotool) as a user would: select a
 * custom connector with a small auth type and a big one (300 parameters; 2,000 too), open the Connect tab (Ctrl+2,
 * which puts the keyboard in the first field), Tab to "Authentication", open its list (Down), go to the last
 * type (End) and choose it (Enter) — with the FX pulse gaps from the first of those keys until the window is calm.
 * {@code -Dbench.formSizes} (the bench profile passes it on) picks the sizes.
 */
final class FormSwitchGuiBench {

    /** From the first field (the profile name) to the Authentication drop-down: connection mode, KMS key, chooser. */
    private static final int TABS_TO_CHOOSER = Integer.getInteger("bench.formTabs", 3);

    /** The sizes of the big auth type; {@code -Dbench.formSizes=300} for one. */
    private static final int[] SIZES = java.util.Arrays.stream(
                    System.getProperty("bench.formSizes", "300,2000").split(","))
            .map(String::strip)
            .mapToInt(Integer::parseInt)
            .toArray();

    private final GuiRuns gui;
    private final Path xdotool;

    FormSwitchGuiBench(GuiRuns gui, Path xdotool) {
        this.gui = gui;
        this.xdotool = xdotool;
    }

    void run() throws Exception {
        List<JsonNode> all = new ArrayList<>(DemoCatalogue.bundled().configurations());
        for (int size : SIZES) {
            all.add(Catalogues.twoAuthTypesConnector(size));
        }
        try (BenchAccount account = BenchAccount.start(new DemoCatalogue(all), gui.out.resolve("account-form"))) {
            for (int size : SIZES) {
                runSize(account, size);
            }
        }
    }

    private void runSize(BenchAccount account, int size) throws Exception {
        int runs = Math.min(gui.runs, 3);
        String group = String.format(
                Locale.ROOT,
                "GUI, Connect tab: switching to an auth type of %,d parameters (driven by xdotool; median of %d)",
                size,
                runs);
        Figure gap = gui.results
                .figure(group, "switch: longest FX pulse gap (wall)", "ms")
                .target("<= 50 ms", 50);
        Figure cpu = gui.results
                .figure(group, "switch: longest FX-thread CPU between pulses", "ms")
                .target("<= 50 ms", 50);
        Figure blocked = gui.results.figure(group, "switch: total of the FX pulse gaps over 50 ms", "ms");
        Figure openGap =
                gui.results.figure(group, "Ctrl+2 (form with the small auth type): longest FX pulse gap (wall)", "ms");
        for (int i = 0; i < gui.warmups + runs; i++) {
            boolean warm = i < gui.warmups;
            gui.beforeScenario.await(group);
            try (Proc app =
                    gui.launch(group, i, gui.warmups + runs, Packaged.JAVA_OPTIONS, account.appEnvironment(gui.out))) {
                if (!gui.listFilledAndFocused(app, xdotool, gap, group)) {
                    return;
                }
                gui.filterList(xdotool, Catalogues.formLabel(size));
                long selected = System.currentTimeMillis();
                xdo("key", "Down");
                Optional<String> tree = app.await(
                        l -> l.startsWith("[timing] tree-shown") && Gaps.at(l) >= selected, GuiRuns.MARK_TIMEOUT);
                if (tree.isEmpty()) {
                    GuiRuns.fail(gap, group, "tree-shown", app);
                    return;
                }
                gui.settle(app, Gaps.at(tree.get()));

                long opening = System.currentTimeMillis();
                xdo("key", "ctrl+2");
                long openSettled = gui.settle(app, System.currentTimeMillis());
                Gaps open = Gaps.within(app.stderrLines(), opening, openSettled);
                for (int t = 0; t < TABS_TO_CHOOSER; t++) {
                    xdo("key", "Tab");
                }
                // The chooser has the keyboard now; what follows is what the issue measures.
                long switching = System.currentTimeMillis();
                xdo("key", "Down");
                xdo("key", "End");
                xdo("key", "Return");
                long switchSettled = gui.settle(app, System.currentTimeMillis());
                Gaps sw = Gaps.within(app.stderrLines(), switching, switchSettled);
                if (!warm && i == gui.warmups) {
                    gui.screenshot(gui.out.getParent().resolve("gui-form-" + size + "-switched.png"));
                }
                System.out.printf(
                        Locale.ROOT,
                        "[bench]   %d parameters: Ctrl+2 gap %.1f ms (cpu max %.1f); switch gap %.1f ms (cpu max %.1f,"
                                + " over 50 ms in all %.0f)%n",
                        size,
                        open.longestWall(),
                        open.longestCpu(),
                        sw.longestWall(),
                        sw.longestCpu(),
                        sw.over50Total());
                GuiRuns.record(warm, openGap, open.longestWall());
                GuiRuns.record(warm, gap, sw.longestWall());
                GuiRuns.record(warm, cpu, sw.longestCpu());
                GuiRuns.record(warm, blocked, sw.over50Total());
            }
        }
        gap.note("gaps under 20 ms are not reported, so 20 means 'at most 20'; from the Down that opens the list to "
                + "1.5 s without a gap over 50 ms");
    }

    private String xdo(String... args) throws IOException, InterruptedException {
        return gui.xdo(xdotool, args);
    }
}
