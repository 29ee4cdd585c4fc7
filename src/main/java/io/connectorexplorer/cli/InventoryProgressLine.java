package io.connectorexplorer.cli;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.inventory.InventoryListener;
import io.connectorexplorer.core.inventory.InventoryMatrix;
import io.connectorexplorer.core.inventory.InventoryProgress;
import io.connectorexplorer.core.inventory.TargetState;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One line on a terminal's standard error that {@code inventory} rewrites as targets answer —
 * "Inventory: 5 of 12 targets answered · 4 loading · 1 failed" — and wipes when done, so the output that follows
 * starts on a clean line. Only for a terminal: in a pipe or a log it would be noise.
 */
final class InventoryProgressLine implements InventoryListener {

    /** A terminal redrawn more often than this only flickers. */
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final Map<Target, TargetState> states = new HashMap<>();
    private int shown;
    private long shownAt;

    InventoryProgressLine(PrintStream err, List<Target> targets) {
        this.err = err;
        targets.forEach(target -> states.put(target, TargetState.QUEUED));
        this.shownAt = System.nanoTime() - REDRAW_NANOS;
    }

    @Override
    public void stateChanged(Target target, TargetState state) {
        states.put(target, state);
        long now = System.nanoTime();
        if (now - shownAt >= REDRAW_NANOS) {
            show(text(InventoryProgress.of(states.values())));
            shownAt = now;
        }
    }

    @Override
    public void finished(InventoryMatrix last) {
        show("");
    }

    static String text(InventoryProgress progress) {
        StringBuilder b = new StringBuilder("Inventory: ")
                .append(progress.done())
                .append(" of ")
                .append(progress.total())
                .append(" targets answered");
        part(b, progress.loading(), "loading");
        part(b, progress.queued(), "queued");
        part(b, progress.failed(), "failed");
        part(b, progress.needSignIn(), "need sign-in");
        part(b, progress.cancelled(), "cancelled");
        return b.toString();
    }

    private static void part(StringBuilder b, int count, String what) {
        if (count > 0) {
            b.append(" · ").append(count).append(' ').append(what);
        }
    }

    private void show(String text) {
        // A shorter line must cover the longer one before it.
        String line = text.length() < shown ? text + " ".repeat(shown - text.length()) : text;
        err.print("\r" + line + (text.isEmpty() ? "\r" : ""));
        err.flush();
        shown = text.length();
    }
}
