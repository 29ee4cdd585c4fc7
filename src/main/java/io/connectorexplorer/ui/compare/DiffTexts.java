package io.connectorexplorer.ui.compare;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.diff.DiffSummary;
import io.connectorexplorer.core.diff.DiffTree;
import io.connectorexplorer.core.diff.Difference;
import io.connectorexplorer.core.json.JsonFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the compare window writes: the count, a value in a cell and in the detail pane, a mark in words. */
public final class DiffTexts {

    private DiffTexts() {}

    /** "4 differences: 2 changed, 1 added, 1 removed" (kinds without any left out), or "No differences". */
    public static String count(List<Difference> differences) {
        if (differences.isEmpty()) {
            return "No differences";
        }
        Map<Difference.Kind, Integer> counts = DiffSummary.countByKind(differences);
        List<String> parts = new ArrayList<>();
        for (Difference.Kind kind : List.of(Difference.Kind.CHANGED, Difference.Kind.ADDED, Difference.Kind.REMOVED)) {
            if (counts.get(kind) > 0) {
                parts.add(counts.get(kind) + " " + kind.name().toLowerCase(Locale.ROOT));
            }
        }
        int n = differences.size();
        return n + (n == 1 ? " difference: " : " differences: ") + String.join(", ", parts);
    }

    /**
     * A value on one line, as the configuration tree shows it: a container by its size, text as it is with line
     * breaks as ↵ (rows have one height); nothing where the side does not have the place.
     */
    public static String cell(JsonNode value) {
        if (value == null) {
            return "";
        }
        if (value.isObject()) {
            return value.isEmpty() ? "{ }" : "{ " + value.size() + (value.size() == 1 ? " member }" : " members }");
        }
        if (value.isArray()) {
            return value.isEmpty() ? "[ ]" : "[ " + value.size() + (value.size() == 1 ? " item ]" : " items ]");
        }
        String text = value.isNull() ? "null" : value.asText();
        return text.replace("\r\n", " ↵ ").replace("\n", " ↵ ").replace("\r", " ↵ ");
    }

    /** A value whole, for the detail pane and for copying: text as it is, anything else as indented JSON. */
    public static String detail(JsonNode value) {
        if (value == null) {
            return "";
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        return value.isContainerNode() ? JsonFormat.pretty(value).stripTrailing() : JsonFormat.compact(value);
    }

    /** The symbol in the mark column: + added, − removed, ~ changed, • contains changes, nothing when the same. */
    public static String symbol(DiffTree.Node node) {
        return switch (node.mark()) {
            case ADDED -> "+";
            case REMOVED -> "−";
            case CHANGED -> "~";
            case UNCHANGED -> node.containsChanges() ? "•" : "";
        };
    }

    /** The mark in words, for the mark's tooltip and for screen readers. */
    public static String meaning(DiffTree.Node node) {
        String inside = node.isInsideDifference() ? " (part of a value that is)" : "";
        return switch (node.mark()) {
            case ADDED -> "Added: on the right only" + inside;
            case REMOVED -> "Removed: on the left only" + inside;
            case CHANGED -> "Changed: different on each side" + inside;
            case UNCHANGED ->
                node.containsChanges()
                        ? "Contains " + node.changesBelow()
                                + (node.changesBelow() == 1 ? " difference" : " differences")
                        : "The same on both sides";
        };
    }
}
