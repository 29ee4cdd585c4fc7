package io.connectorexplorer.ui.inventory;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.inventory.InventoryMatrix;
import io.connectorexplorer.core.inventory.TargetState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The inventory's targets in column order, each one's latest state, and which changed since they were last drawn. */
final class InventoryStates {

    private List<Target> columns = List.of();
    private final Map<Target, Integer> columnOf = new HashMap<>();
    private final Map<Target, TargetState> states = new HashMap<>();
    private final Set<Target> changed = new LinkedHashSet<>();

    /** New columns, every target queued; each once, in the order given. */
    List<Target> reset(List<Target> targets) {
        columns = List.copyOf(new LinkedHashSet<>(targets));
        columnOf.clear();
        states.clear();
        changed.clear();
        for (int i = 0; i < columns.size(); i++) {
            columnOf.put(columns.get(i), i);
            states.put(columns.get(i), TargetState.QUEUED);
        }
        return columns;
    }

    boolean has(Target target) {
        return columnOf.containsKey(target);
    }

    void put(Target target, TargetState state) {
        states.put(target, state);
        changed.add(target);
    }

    TargetStatus status(Target target) {
        return new TargetStatus(target, states.get(target));
    }

    /** The columns whose targets changed since the last call, in the order they changed. */
    List<Integer> takeChanged() {
        List<Integer> indexes = new ArrayList<>(changed.size());
        changed.forEach(target -> indexes.add(columnOf.get(target)));
        changed.clear();
        return indexes;
    }

    /** The targets whose status {@code test} accepts, in column order. */
    List<Target> where(Predicate<TargetStatus> test) {
        return columns.stream().filter(t -> test.test(status(t))).toList();
    }

    InventoryMatrix matrix() {
        return InventoryMatrix.of(columns, states);
    }

    List<Target> columns() {
        return columns;
    }
}
