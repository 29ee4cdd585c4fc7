package io.connectorexplorer.core.inventory;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an inventory knows so far, as rows by columns: a column per target (in the request's order, with its state),
 * a row per connector any answered target has — connector types by type, then custom connectors by label — and in
 * each cell present, absent or unanswered. Immutable: {@link #with} answers a new matrix for a target's new state, so
 * a view can redraw from each event.
 */
public final class InventoryMatrix {

    /** Connector types first, then custom connectors; each alphabetically, ignoring case. */
    private static final Comparator<ConnectorKey> ROW_ORDER = Comparator.comparing(ConnectorKey::isCustom)
            .thenComparing(key -> key.isCustom() ? labelOf(key) : key.connectorType(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Comparator.naturalOrder());

    private final List<Target> targets;
    private final Map<Target, TargetState> states;
    private final List<ConnectorRow> rows;

    private InventoryMatrix(List<Target> targets, Map<Target, TargetState> states) {
        this.targets = List.copyOf(targets);
        Map<Target, TargetState> all = new LinkedHashMap<>();
        for (Target target : this.targets) {
            all.put(target, states.getOrDefault(target, TargetState.QUEUED));
        }
        this.states = Collections.unmodifiableMap(all);
        this.rows = List.copyOf(rowsOf(this.targets, this.states));
    }

    /** Every target queued: nothing known yet. */
    public static InventoryMatrix of(List<Target> targets) {
        return new InventoryMatrix(targets, Map.of());
    }

    /** The targets in their states; a target without one is queued. */
    public static InventoryMatrix of(List<Target> targets, Map<Target, TargetState> states) {
        return new InventoryMatrix(targets, states);
    }

    /** This matrix with one target in a new state. */
    public InventoryMatrix with(Target target, TargetState state) {
        if (!states.containsKey(target)) {
            throw new IllegalArgumentException(target + " is not a column of this inventory");
        }
        Map<Target, TargetState> changed = new LinkedHashMap<>(states);
        changed.put(target, Objects.requireNonNull(state, "state"));
        return new InventoryMatrix(targets, changed);
    }

    /** The columns, in the request's order. */
    public List<Target> targets() {
        return targets;
    }

    public TargetState state(Target target) {
        TargetState state = states.get(target);
        if (state == null) {
            throw new IllegalArgumentException(target + " is not a column of this inventory");
        }
        return state;
    }

    public Optional<TargetInventory> answer(Target target) {
        return state(target).answer();
    }

    /** Every connector any answered target has. */
    public List<ConnectorRow> rows() {
        return rows;
    }

    /** Only the rows where the targets that answered disagree: {@link ConnectorRow#differs()}. */
    public List<ConnectorRow> differingRows() {
        return rows.stream().filter(ConnectorRow::differs).toList();
    }

    public InventoryProgress progress() {
        return InventoryProgress.of(states.values());
    }

    /** True when every target answered: nothing failed, needs a sign-in, was cancelled or is still to come. */
    public boolean everyTargetAnswered() {
        return states.values().stream().allMatch(s -> s instanceof TargetState.Done);
    }

    /** The targets that failed or need a sign-in, in column order. */
    public List<Target> failedTargets() {
        return targets.stream().filter(t -> states.get(t).failure().isPresent()).toList();
    }

    private static List<ConnectorRow> rowsOf(List<Target> targets, Map<Target, TargetState> states) {
        Map<ConnectorKey, String> names = new TreeMap<>(ROW_ORDER);
        List<Map<ConnectorKey, ConnectorSummary>> byColumn = new ArrayList<>(targets.size());
        for (Target target : targets) {
            Map<ConnectorKey, ConnectorSummary> answered = null;
            Optional<TargetInventory> answer = states.get(target).answer();
            if (answer.isPresent()) {
                answered = new HashMap<>();
                for (ConnectorSummary connector : answer.get().connectors()) {
                    answered.putIfAbsent(connector.key(), connector);
                    names.putIfAbsent(connector.key(), connector.name());
                }
            }
            byColumn.add(answered);
        }
        List<ConnectorRow> rows = new ArrayList<>(names.size());
        names.forEach((key, name) -> {
            List<InventoryCell> cells = new ArrayList<>(targets.size());
            for (int column = 0; column < targets.size(); column++) {
                Map<ConnectorKey, ConnectorSummary> answered = byColumn.get(column);
                if (answered == null) {
                    cells.add(new InventoryCell.Unanswered(states.get(targets.get(column))));
                } else {
                    ConnectorSummary connector = answered.get(key);
                    cells.add(connector == null ? InventoryCell.ABSENT : new InventoryCell.Present(connector));
                }
            }
            rows.add(new ConnectorRow(key, name, cells));
        });
        return rows;
    }

    private static String labelOf(ConnectorKey key) {
        return key.label().orElse(key.connectorType());
    }
}
