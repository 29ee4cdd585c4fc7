package io.connectorexplorer.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.diff.DiffPath.Element;
import io.connectorexplorer.core.diff.DiffPath.Index;
import io.connectorexplorer.core.diff.DiffPath.Keyed;
import io.connectorexplorer.core.diff.DiffPath.Member;
import io.connectorexplorer.core.diff.DiffPath.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays differences onto the left document: {@code apply(left, ConfigurationDiff.between(left, right))} is
 * {@link ConfigurationDiff#equivalent equivalent} to {@code right} (keyed and set elements the right added come last,
 * so it need not be equal member for member in list order). Useful to show the right side of a diff kept without it.
 */
public final class DiffPatch {

    private DiffPatch() {}

    /**
     * A new document: {@code left} (left untouched) with the differences made. They must be differences found from
     * this left, in the order the diff gave them; a path that leads nowhere in it throws IllegalArgumentException.
     */
    public static JsonNode apply(JsonNode left, List<Difference> differences) {
        JsonNode document = left.deepCopy();
        // Removals last, and the last first: a list compared by position loses its tail, so removing from the end
        // keeps every other index of it, and of the additions and changes before, pointing where the diff meant.
        List<Difference> removals = new ArrayList<>();
        for (Difference d : differences) {
            if (d.path().isRoot()) {
                if (d.kind() != Difference.Kind.CHANGED) {
                    throw new IllegalArgumentException("Only a change can replace the whole document: " + d);
                }
                document = d.right().deepCopy();
            } else if (d.kind() == Difference.Kind.REMOVED) {
                removals.add(d);
            } else {
                JsonNode parent = resolve(document, d.path().parent(), d);
                put(parent, d.path().last(), d.kind(), d.right().deepCopy(), d);
            }
        }
        for (int i = removals.size() - 1; i >= 0; i--) {
            Difference d = removals.get(i);
            remove(resolve(document, d.path().parent(), d), d.path().last(), d);
        }
        return document;
    }

    private static void put(JsonNode parent, Segment last, Difference.Kind kind, JsonNode value, Difference d) {
        if (last instanceof Member m && parent instanceof ObjectNode object) {
            object.set(m.name(), value);
        } else if (last instanceof Index i && parent instanceof ArrayNode list) {
            if (kind == Difference.Kind.CHANGED && i.index() < list.size()) {
                list.set(i.index(), value);
            } else if (kind == Difference.Kind.ADDED && i.index() <= list.size()) {
                list.insert(i.index(), value);
            } else {
                throw nowhere(d);
            }
        } else if (last instanceof Keyed k && parent instanceof ArrayNode list) {
            int at = indexOfKey(list, k);
            if (kind == Difference.Kind.CHANGED && at >= 0) {
                list.set(at, value);
            } else if (kind == Difference.Kind.ADDED) {
                list.add(value);
            } else {
                throw nowhere(d);
            }
        } else if (last instanceof Element e && parent instanceof ArrayNode list) {
            if (kind == Difference.Kind.CHANGED) {
                removeElement(list, e.value());
            }
            if (indexOfElement(list, value) < 0) {
                list.add(value);
            }
        } else {
            throw nowhere(d);
        }
    }

    private static void remove(JsonNode parent, Segment last, Difference d) {
        if (last instanceof Member m && parent instanceof ObjectNode object && object.has(m.name())) {
            object.remove(m.name());
        } else if (last instanceof Index i && parent instanceof ArrayNode list && i.index() < list.size()) {
            list.remove(i.index());
        } else if (last instanceof Keyed k && parent instanceof ArrayNode list && indexOfKey(list, k) >= 0) {
            list.remove(indexOfKey(list, k));
        } else if (last instanceof Element e && parent instanceof ArrayNode list) {
            removeElement(list, e.value());
        } else {
            throw nowhere(d);
        }
    }

    private static JsonNode resolve(JsonNode document, DiffPath path, Difference d) {
        JsonNode node = document;
        for (Segment segment : path.segments()) {
            JsonNode next = null;
            if (segment instanceof Member m && node.isObject()) {
                next = node.get(m.name());
            } else if (segment instanceof Index i && node.isArray()) {
                next = node.get(i.index());
            } else if (segment instanceof Keyed k && node.isArray()) {
                int at = indexOfKey((ArrayNode) node, k);
                next = at < 0 ? null : node.get(at);
            } else if (segment instanceof Element e && node.isArray()) {
                int at = indexOfElement((ArrayNode) node, e.value());
                next = at < 0 ? null : node.get(at);
            }
            if (next == null) {
                throw nowhere(d);
            }
            node = next;
        }
        return node;
    }

    private static int indexOfKey(ArrayNode list, Keyed keyed) {
        for (int i = 0; i < list.size(); i++) {
            if (keyed.key().equals(WireValues.keyOf(list.get(i), keyed.keyMember()))) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfElement(ArrayNode list, JsonNode value) {
        String identity = WireValues.identity(value);
        for (int i = 0; i < list.size(); i++) {
            if (identity != null ? identity.equals(WireValues.identity(list.get(i))) : value.equals(list.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Every copy: a set ignores repetition, so a removed element must not survive as a duplicate. */
    private static void removeElement(ArrayNode list, JsonNode value) {
        for (int at = indexOfElement(list, value); at >= 0; at = indexOfElement(list, value)) {
            list.remove(at);
        }
    }

    private static IllegalArgumentException nowhere(Difference d) {
        return new IllegalArgumentException(
                "The difference does not fit the left document: " + d.kind() + " at " + d.path());
    }
}
