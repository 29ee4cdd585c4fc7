package io.connectorexplorer.core.inventory;

import io.connectorexplorer.core.account.Target;

/**
 * Told of an inventory's progress as it happens, on the executor the caller chose (the window passes its UI thread's),
 * one call at a time and in order: each target queued, then loading, then its final state; then, once, the finished
 * matrix. A target that answers is told at once, whatever the others are doing.
 */
public interface InventoryListener {

    void stateChanged(Target target, TargetState state);

    /** Every target is in a final state (or the inventory was cancelled): the whole matrix. */
    default void finished(InventoryMatrix matrix) {}
}
