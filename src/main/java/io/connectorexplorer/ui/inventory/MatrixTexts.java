package io.connectorexplorer.ui.inventory;

import io.connectorexplorer.core.connector.Capability;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.inventory.ConnectorRow;
import io.connectorexplorer.core.inventory.InventoryCell;
import io.connectorexplorer.core.inventory.InventoryProgress;
import io.connectorexplorer.core.inventory.TargetState;
import java.util.Comparator;

/**
 * What a matrix cell says, short and in full, and how the columns sort. A present connector is "✓" (a custom
 * connector with a version: the version) and two letters — S source, D destination, "–" when it cannot be, "?" when
 * not stated or not known; absent is "—"; a target that has not answered shows its state: "…" queued or loading, "!"
 * failed, "sign in", "×" cancelled.
 */
public final class MatrixTexts {

    public static final String ABSENT = "—";

    private MatrixTexts() {}

    public static String cell(InventoryCell cell) {
        if (cell instanceof InventoryCell.Present present) {
            String flags = flag(present.source(), "S") + " " + flag(present.destination(), "D");
            return present.version().map(v -> v + " " + flags).orElse("✓ " + flags);
        }
        if (cell instanceof InventoryCell.Unanswered unanswered) {
            TargetState state = unanswered.state();
            if (state instanceof TargetState.Failed) {
                return "!";
            }
            if (state instanceof TargetState.NeedsSignIn) {
                return "sign in";
            }
            if (state instanceof TargetState.Cancelled) {
                return "×";
            }
            return "…";
        }
        return ABSENT;
    }

    /** The cell in words, for its tooltip and the line under the table. */
    public static String describe(ConnectorRow row, TargetStatus column, InventoryCell cell) {
        String where = column.target().displayName();
        if (cell instanceof InventoryCell.Present present) {
            StringBuilder text = new StringBuilder(row.name()).append(" in ").append(where);
            present.version().ifPresent(v -> text.append(", version ").append(v));
            text.append(": source ")
                    .append(words(present.source()))
                    .append(", destination ")
                    .append(words(present.destination()))
                    .append(". Enter or double-click opens it in the main window.");
            return text.toString();
        }
        if (cell instanceof InventoryCell.Unanswered) {
            return where + " has not answered: " + column.detail();
        }
        return where + " does not have " + row.name() + ".";
    }

    /** The connector column's second part: the type when the name does not say it, or the custom connector's label. */
    public static String kind(ConnectorKey key, String name) {
        if (key.label().isPresent()) {
            return "custom · " + key.label().get();
        }
        return key.connectorType().equalsIgnoreCase(name) ? "" : key.connectorType();
    }

    /** Present first (by what the cell says), then absent, then the targets that did not answer. */
    public static final Comparator<InventoryCell> CELL_ORDER =
            Comparator.comparingInt(MatrixTexts::rank).thenComparing(MatrixTexts::cell);

    /** By name ignoring case, then by type and label. */
    public static final Comparator<ConnectorRow> CONNECTOR_ORDER = Comparator.comparing(
                    ConnectorRow::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ConnectorRow::key);

    /** "7 of 12 targets · 3 loading · 1 failed", then "12 targets: 10 answered · 1 failed · 1 needs sign-in". */
    public static String progress(InventoryProgress p) {
        StringBuilder text = new StringBuilder();
        text.append(p.isComplete() ? targets(p.total()) : p.finished() + " of " + targets(p.total()));
        if (p.isComplete()) {
            text.append(": ").append(p.done()).append(" answered");
        } else if (p.loading() > 0) {
            text.append(" · ").append(p.loading()).append(" loading");
        }
        if (p.failed() > 0) {
            text.append(" · ").append(p.failed()).append(" failed");
        }
        if (p.needSignIn() > 0) {
            text.append(" · ")
                    .append(p.needSignIn())
                    .append(p.needSignIn() == 1 ? " needs" : " need")
                    .append(" sign-in");
        }
        if (p.cancelled() > 0) {
            text.append(" · ").append(p.cancelled()).append(" cancelled");
        }
        return text.toString();
    }

    /** "1 target", "12 targets". */
    public static String targets(int targets) {
        return targets + (targets == 1 ? " target" : " targets");
    }

    private static int rank(InventoryCell cell) {
        if (cell instanceof InventoryCell.Present) {
            return 0;
        }
        return cell instanceof InventoryCell.Absent ? 1 : 2;
    }

    private static String flag(Capability capability, String yes) {
        return switch (capability) {
            case YES -> yes;
            case NO -> "–";
            case NOT_STATED, UNKNOWN -> "?";
        };
    }

    private static String words(Capability capability) {
        return switch (capability) {
            case YES -> "yes";
            case NO -> "no";
            case NOT_STATED -> "not stated";
            case UNKNOWN -> "not known";
        };
    }
}
