package io.connectorexplorer.core.store;

/**
 * What pruning did: the snapshots removed, the bytes the store's content took before and after, and whether it got
 * within the size asked for (it cannot when the latest snapshots alone take more).
 */
public record PruneOutcome(int removed, long bytesBefore, long bytesAfter, boolean withinLimit) {

    public static final PruneOutcome NOTHING = new PruneOutcome(0, 0, 0, true);
}
