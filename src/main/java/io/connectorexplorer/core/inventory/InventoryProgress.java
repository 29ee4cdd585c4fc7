package io.connectorexplorer.core.inventory;

import java.util.Collection;

/** How far an inventory is: targets per state, for a progress bar and a progress line. */
public record InventoryProgress(
        int total, int queued, int loading, int done, int failed, int needSignIn, int cancelled) {

    /** Counts the states. */
    public static InventoryProgress of(Collection<TargetState> states) {
        int queued = 0, loading = 0, done = 0, failed = 0, signIn = 0, cancelled = 0;
        for (TargetState state : states) {
            if (state instanceof TargetState.Queued) {
                queued++;
            } else if (state instanceof TargetState.Loading) {
                loading++;
            } else if (state instanceof TargetState.Done) {
                done++;
            } else if (state instanceof TargetState.Failed) {
                failed++;
            } else if (state instanceof TargetState.NeedsSignIn) {
                signIn++;
            } else {
                cancelled++;
            }
        }
        return new InventoryProgress(states.size(), queued, loading, done, failed, signIn, cancelled);
    }

    /** Targets in a final state. */
    public int finished() {
        return done + failed + needSignIn + cancelled;
    }

    /** From 0 to 1, for a progress bar. */
    public double fraction() {
        return total == 0 ? 1 : (double) finished() / total;
    }

    public boolean isComplete() {
        return finished() == total;
    }
}
