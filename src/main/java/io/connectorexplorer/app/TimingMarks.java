package io.connectorexplorer.app;

import io.connectorexplorer.core.account.ConnectionState;
import io.connectorexplorer.ui.common.Once;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * For the benchmark only, and off unless {@code -Dconnector-explorer.timing=true}: prints to stderr when the
 * first window is shown, when the connector list first fills, when a configuration tree has been laid out, when the
 * Connections tab's entity tree or fields table has been laid out with what was read,
 * every gap between FX pulses over 20 ms, and that pulses still come (every 250 ms, so a benchmark can tell a
 * settled window from a blocked one). An animation timer keeps pulses coming, so a long gap means the FX
 * thread was busy — or, on a loaded machine, not scheduled: each gap also says how much CPU the FX thread used
 * in it. Lines carry {@code jvm=<ms since the JVM started>} and end with {@code at=<epoch ms>}, which the
 * benchmark compares with its own clock at launch.
 */
final class TimingMarks {

    static final boolean ON = Boolean.getBoolean("connector-explorer.timing");

    private static final long REPORTED_GAP_NANOS = 20_000_000;
    private static final long ALIVE_NANOS = 250_000_000;

    private static volatile ThreadMXBean threads;
    private static volatile RuntimeMXBean runtime;

    private TimingMarks() {}

    /** Before the window is built: the first-window mark and the pulse gaps from then on. */
    static void watchWindow(Stage stage) {
        // Loaded off the FX thread, so measuring does not slow the start it measures.
        Thread loader = new Thread(
                () -> {
                    runtime = ManagementFactory.getRuntimeMXBean();
                    threads = ManagementFactory.getThreadMXBean();
                },
                "timing-marks");
        loader.setDaemon(true);
        loader.start();
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                mark("first-window");
                pulseGaps().start();
            }
        });
    }

    private static AnimationTimer pulseGaps() {
        return new AnimationTimer() {
            private long lastWall;
            private long lastCpu = -1;
            private long lastAlive;

            @Override
            public void handle(long now) {
                ThreadMXBean t = threads;
                long cpu = t == null ? -1 : t.getCurrentThreadCpuTime();
                long wall = lastWall == 0 ? 0 : now - lastWall;
                long used = cpu < 0 || lastCpu < 0 ? 0 : cpu - lastCpu;
                lastWall = now;
                lastCpu = cpu;
                if (wall > REPORTED_GAP_NANOS || used > REPORTED_GAP_NANOS) {
                    mark(String.format(Locale.ROOT, "pulse-gap wall=%.1f cpu=%.1f", wall / 1e6, used / 1e6));
                }
                if (now - lastAlive > ALIVE_NANOS) {
                    lastAlive = now;
                    mark("alive");
                }
            }
        };
    }

    /** Once the window is built: the list-filled mark, and a tree-shown mark after each new tree is laid out. */
    static void watchContent(Stage stage, ObservableValue<ConnectionState> state) {
        Once.when(
                state,
                now -> now instanceof ConnectionState.Ready,
                now -> mark("list-filled connectors=" + ((ConnectionState.Ready) now).connectorCount()));
        Scene scene = stage.getScene();
        if (scene.lookup("#configTree") instanceof TreeTableView<?> tree) {
            boolean[] newTree = new boolean[1];
            tree.rootProperty().addListener((obs, old, root) -> newTree[0] = root != null);
            scene.addPostLayoutPulseListener(() -> {
                if (newTree[0]) {
                    newTree[0] = false;
                    mark("tree-shown rows=" + tree.getExpandedItemCount());
                }
            });
        }
        if (scene.lookup("#detailTabs") instanceof TabPane tabs) {
            tabs.getTabs().stream()
                    .filter(tab -> "connectionsTab".equals(tab.getId()))
                    .findFirst()
                    .ifPresent(tab -> Once.when(
                            tab.contentProperty(),
                            content -> content != null,
                            content -> watchConnections(scene, content)));
        }
    }

    /**
     * The Connections tab, once built: an entities-shown mark after the entity tree was laid out with a new root, a
     * fields-shown mark after the fields table was laid out with rows where it had none. Its controls are found after
     * the tab's first layout (the split and tab panes put them in the scene graph with their skins).
     */
    private static void watchConnections(Scene scene, Node content) {
        new Object() {
            private TreeView<?> entities;
            private TableView<?> fields;
            private boolean entitiesNew;
            private boolean fieldsNew;

            void start() {
                scene.addPostLayoutPulseListener(this::pulse);
            }

            private void pulse() {
                if (entities == null && content.lookup("#entityTree") instanceof TreeView<?> tree) {
                    entities = tree;
                    entitiesNew = tree.getRoot() != null;
                    tree.rootProperty().addListener((obs, old, root) -> entitiesNew = root != null);
                }
                if (fields == null && content.lookup("#fieldsTable") instanceof TableView<?> table) {
                    fields = table;
                    fieldsNew = !table.getItems().isEmpty();
                    table.getItems().addListener((ListChangeListener.Change<?> c) -> {
                        int added = 0;
                        int removed = 0;
                        while (c.next()) {
                            added += c.getAddedSize();
                            removed += c.getRemovedSize();
                        }
                        // Filled where it was empty: the entity's fields came.
                        if (added > 0 && c.getList().size() == added - removed) {
                            fieldsNew = true;
                        }
                    });
                }
                if (entitiesNew) {
                    entitiesNew = false;
                    mark("entities-shown rows=" + entities.getExpandedItemCount());
                }
                if (fieldsNew) {
                    fieldsNew = false;
                    mark("fields-shown rows=" + fields.getItems().size());
                }
            }
        }.start();
    }

    /** The Inventory window's run: a mark when one starts and when every target is final, with the counts. */
    static void watchInventory(javafx.beans.value.ObservableBooleanValue running, ObservableValue<String> progress) {
        running.addListener((obs, was, now) ->
                mark((now ? "inventory-started" : "inventory-done") + " progress=\"" + progress.getValue() + "\""));
    }

    private static void mark(String what) {
        long now = System.currentTimeMillis();
        RuntimeMXBean r = runtime;
        System.err.println("[timing] " + what + (r == null ? "" : " jvm=" + (now - r.getStartTime())) + " at=" + now);
    }
}
