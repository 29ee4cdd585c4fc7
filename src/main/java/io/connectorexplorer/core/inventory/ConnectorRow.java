package io.connectorexplorer.core.inventory;

import io.connectorexplorer.core.connector.ConnectorKey;
import java.util.List;
import java.util.Objects;

/**
 * One connector across the targets: Amazon-authored connectors by type, custom connectors by label. {@code name} is
 * the name the first target that has it gives; {@code cells} line up with the matrix's targets.
 */
public record ConnectorRow(ConnectorKey key, String name, List<InventoryCell> cells) {

    public ConnectorRow {
        Objects.requireNonNull(key, "key");
        cells = List.copyOf(cells);
    }

    public InventoryCell cell(int column) {
        return cells.get(column);
    }

    /**
     * Whether the targets that answered disagree: one has the connector and another not, or their versions or flags
     * differ. Targets that have not answered are left out: nothing can be said of them.
     */
    public boolean differs() {
        InventoryCell first = null;
        for (InventoryCell cell : cells) {
            if (!cell.isAnswered()) {
                continue;
            }
            if (first == null) {
                first = cell;
            } else if (!same(first, cell)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(InventoryCell a, InventoryCell b) {
        if (a instanceof InventoryCell.Present pa && b instanceof InventoryCell.Present pb) {
            return pa.sameAs(pb);
        }
        return a instanceof InventoryCell.Absent && b instanceof InventoryCell.Absent;
    }
}
