package io.connectorexplorer.bench;

import static io.connectorexplorer.testsupport.TestConnections.connection;

import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.demo.DemoConnections;
import io.connectorexplorer.testsupport.TestConnections;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The Connections tab at scale, in the real window, driven with the keyboard through xdotool as a user would: the demo
 * account's Salesforce connector has one connection with {@value #ENTITIES} entities (ListConnectorEntities answers in
 * pages of 1,000) and one of them has {@value #FIELDS} fields. Filter the connector list to Salesforce and select it,
 * Ctrl+3 (the connection is chosen by itself and its entities read), Ctrl+F and type {@value #ENTITY_FILTER} in the
 * entity filter (every entity matches the first two keys, 100 the last), Down Down to the entity with the fields
 * (DescribeConnectorEntity, the table filled), Enter, then type {@value #FIELD_FILTER} in the table (which filters
 * it; every field matches the first key). Figures from the app's {@code entities-shown} and {@code fields-shown} marks
 * and its FX pulse gaps.
 */
final class ConnectionsGuiBench {

    static final int ENTITIES = 5_000;
    static final int FIELDS = 2_000;
    static final String CONNECTION = "bench-5000-entities";
    /** Entity04302 is the first of Entity04300–Entity04399 in the tree: its group, Standard, comes first. */
    static final String WIDE_ENTITY = "Entity04302";

    static final String ENTITY_FILTER = "y043";
    static final String FIELD_FILTER = "date";
    private static final String GAP_NOTE = "gaps under 20 ms are not reported, so 20 means 'at most 20'";

    private final GuiRuns gui;
    private final Path xdotool;

    ConnectionsGuiBench(GuiRuns gui, Path xdotool) {
        this.gui = gui;
        this.xdotool = xdotool;
    }

    static DemoConnections data() {
        return TestConnections.builder()
                .connections(connection(CONNECTION, "Salesforce", null))
                .generatedEntities(CONNECTION, ENTITIES)
                .generatedFields(CONNECTION, WIDE_ENTITY, FIELDS)
                .build();
    }

    void run() throws Exception {
        int connRuns = Math.min(gui.runs, 3);
        String group = "GUI, Connections tab: a connection with 5,000 entities (5 pages), an entity with 2,000 fields"
                + " (loopback, driven by xdotool; median of " + connRuns + ")";
        Figure entitiesShown = gui.results.figure(group, "Ctrl+3 to entity tree filled", "ms");
        Figure openGap = gui.results.figure(group, "Ctrl+3 to entities shown: longest FX pulse gap (wall)", "ms");
        Figure openCpu =
                gui.results.figure(group, "Ctrl+3 to entities shown: longest FX-thread CPU between pulses", "ms");
        Figure entityFilterGap = gui.results
                .figure(group, "entity filter as you type '" + ENTITY_FILTER + "': longest FX pulse gap (wall)", "ms")
                .target("<= 50 ms", 50);
        Figure entityFilterCpu = gui.results
                .figure(group, "entity filter as you type: longest FX-thread CPU between pulses", "ms")
                .target("<= 50 ms", 50);
        Figure fieldsShown = gui.results.figure(group, "entity selected to fields table filled (2,000 rows)", "ms");
        Figure fieldsGap =
                gui.results.figure(group, "entity selected to fields shown: longest FX pulse gap (wall)", "ms");
        Figure fieldsCpu = gui.results.figure(
                group, "entity selected to fields shown: longest FX-thread CPU between pulses", "ms");
        Figure fieldFilterGap = gui.results
                .figure(group, "fields filter as you type '" + FIELD_FILTER + "': longest FX pulse gap (wall)", "ms")
                .target("<= 50 ms", 50);
        Figure fieldFilterCpu = gui.results
                .figure(group, "fields filter as you type: longest FX-thread CPU between pulses", "ms")
                .target("<= 50 ms", 50);
        Figure hwm = gui.results
                .figure(group, "peak resident memory (VmHWM) at the end", "MB")
                .target("<= 250 MB", 250);
        try (BenchAccount account =
                BenchAccount.start(DemoCatalogue.bundled(), data(), gui.out.resolve("account-connections"))) {
            for (int i = 0; i < gui.warmups + connRuns; i++) {
                boolean warm = i < gui.warmups;
                gui.beforeScenario.await(group);
                try (Proc app = gui.launch(
                        group, i, gui.warmups + connRuns, Packaged.JAVA_OPTIONS, account.appEnvironment(gui.out))) {
                    if (!gui.listFilledAndFocused(app, xdotool, entitiesShown, group)) {
                        return;
                    }
                    gui.filterList(xdotool, "Salesforce");
                    // Down selects Salesforce unless the list's selection already moved to it as it was filtered (no
                    // new tree then): either way, it is shown once the window settles.
                    xdo("key", "Down");
                    Thread.sleep(500);
                    gui.settle(app, System.currentTimeMillis());

                    long opened = System.currentTimeMillis();
                    xdo("key", "ctrl+3");
                    Optional<String> entities = app.await(
                            l -> l.startsWith("[timing] entities-shown") && Gaps.at(l) >= opened, GuiRuns.MARK_TIMEOUT);
                    if (entities.isEmpty()) {
                        gui.screenshot(gui.out.getParent().resolve("gui-connections-failed.png"));
                        GuiRuns.fail(entitiesShown, group, "entities-shown", app);
                        return;
                    }
                    long openSettled = gui.settle(app, Gaps.at(entities.get()));
                    Gaps open = Gaps.within(app.stderrLines(), opened, openSettled);

                    long filtering = System.currentTimeMillis();
                    xdo("key", "ctrl+f");
                    xdo("type", "--delay", "80", ENTITY_FILTER);
                    long filterSettled = gui.settle(app, System.currentTimeMillis());
                    Gaps entityFilter = Gaps.within(app.stderrLines(), filtering, filterSettled);

                    // Down from the filter goes to the tree and its first row (the group); Down again, the entity.
                    xdo("key", "Down");
                    Thread.sleep(300);
                    long chosen = System.currentTimeMillis();
                    xdo("key", "Down");
                    Optional<String> fields = app.await(
                            l -> l.startsWith("[timing] fields-shown") && Gaps.at(l) >= chosen, GuiRuns.MARK_TIMEOUT);
                    if (fields.isEmpty()) {
                        gui.screenshot(gui.out.getParent().resolve("gui-connections-failed.png"));
                        GuiRuns.fail(fieldsShown, group, "fields-shown", app);
                        return;
                    }
                    long fieldsSettled = gui.settle(app, Gaps.at(fields.get()));
                    Gaps fieldsRead = Gaps.within(app.stderrLines(), chosen, fieldsSettled);

                    xdo("key", "Return");
                    Thread.sleep(300);
                    long typing = System.currentTimeMillis();
                    xdo("type", "--delay", "80", FIELD_FILTER);
                    long typed = gui.settle(app, System.currentTimeMillis());
                    Gaps fieldFilter = Gaps.within(app.stderrLines(), typing, typed);
                    double peak = app.statusKb("VmHWM").map(kb -> kb / 1024.0).orElse(Double.NaN);
                    if (!warm && i == gui.warmups) {
                        gui.screenshot(gui.out.getParent().resolve("gui-connections-fields-filtered.png"));
                    }
                    System.out.printf(
                            Locale.ROOT,
                            "[bench]   entities shown %d ms after Ctrl+3 (%s; gap %.1f, cpu max %.1f); entity filter gap"
                                    + " %.1f ms (cpu max %.1f); fields shown %d ms after the entity was selected (%s;"
                                    + " gap %.1f, cpu max %.1f); fields filter gap %.1f ms (cpu max %.1f); VmHWM %.0f MB%n",
                            Gaps.at(entities.get()) - opened,
                            entities.get().replaceAll(".*(rows=\\d+).*", "$1"),
                            open.longestWall(),
                            open.longestCpu(),
                            entityFilter.longestWall(),
                            entityFilter.longestCpu(),
                            Gaps.at(fields.get()) - chosen,
                            fields.get().replaceAll(".*(rows=\\d+).*", "$1"),
                            fieldsRead.longestWall(),
                            fieldsRead.longestCpu(),
                            fieldFilter.longestWall(),
                            fieldFilter.longestCpu(),
                            peak);
                    GuiRuns.record(warm, entitiesShown, Gaps.at(entities.get()) - opened);
                    GuiRuns.record(warm, openGap, open.longestWall());
                    GuiRuns.record(warm, openCpu, open.longestCpu());
                    GuiRuns.record(warm, entityFilterGap, entityFilter.longestWall());
                    GuiRuns.record(warm, entityFilterCpu, entityFilter.longestCpu());
                    GuiRuns.record(warm, fieldsShown, Gaps.at(fields.get()) - chosen);
                    GuiRuns.record(warm, fieldsGap, fieldsRead.longestWall());
                    GuiRuns.record(warm, fieldsCpu, fieldsRead.longestCpu());
                    GuiRuns.record(warm, fieldFilterGap, fieldFilter.longestWall());
                    GuiRuns.record(warm, fieldFilterCpu, fieldFilter.longestCpu());
                    GuiRuns.record(warm, hwm, peak);
                }
            }
        }
        entitiesShown.note(
                "from the harness sending Ctrl+3 (the Salesforce connector selected) to the first layout pulse"
                        + " of the entity tree with its root: builds the tab, DescribeConnectorProfiles, 5 pages of"
                        + " ListConnectorEntities over loopback; includes xdotool's own start");
        fieldsShown.note("from the Down key that selects the entity (the app reads its fields on selection; Enter then"
                + " only moves to the table) to the first layout pulse with the table's rows: DescribeConnectorEntity"
                + " of 2,000 fields over loopback included");
        entityFilterGap.note(GAP_NOTE + "; keys 80 ms apart, as xdotool types them");
        fieldFilterGap.note(GAP_NOTE + "; the first key, typed in the table, moves to the filter box");
    }

    private String xdo(String... args) throws IOException, InterruptedException {
        return gui.xdo(xdotool, args);
    }
}
