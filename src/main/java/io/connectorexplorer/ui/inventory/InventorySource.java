package io.connectorexplorer.ui.inventory;

import io.connectorexplorer.core.inventory.FleetInventory;
import io.connectorexplorer.core.inventory.InventoryListener;
import io.connectorexplorer.core.inventory.InventoryRequest;
import java.util.concurrent.Executor;

/**
 * Where an inventory's answers come from: the app's {@link FleetInventory}, or in tests a script that tells the
 * listener whatever it likes in any order.
 */
@FunctionalInterface
public interface InventorySource {

    /** Starts asking the request's targets; the answer cancels it (the targets not final yet become cancelled). */
    Runnable start(InventoryRequest request, Executor deliverOn, InventoryListener listener);

    static InventorySource of(FleetInventory fleet) {
        return (request, deliverOn, listener) -> fleet.start(request, deliverOn, listener)::cancel;
    }
}
