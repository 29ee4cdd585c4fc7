package io.connectorexplorer.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.diff.DiffPath.Member;
import io.connectorexplorer.core.diff.DiffPath.Segment;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.json.WireComparison;
import io.connectorexplorer.core.json.WireComparison.KeyedList;
import io.connectorexplorer.core.json.WireComparison.Rule;
import io.connectorexplorer.core.json.WireComparison.SetList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two documents as one tree: every place either of them holds, once, marked by what {@link ConfigurationDiff} says of
 * it. Lists are matched as the diff matches them — keyed lists by key (an {@code authParameters} element is the node
 * {@code apiKey}), sets by element, other lists by position — so each {@link Difference}'s path names one node, and
 * the nodes without a difference at or below them are the same on both sides.
 *
 * <p>Children are made when first asked for, so a tree of two connectors with thousands of parameters costs only the
 * nodes someone opens. A node holds both sides' values (Java null where a side does not have the place).
 */
public final class DiffTree {

    /** What a node is, by the diff. */
    public enum Mark {
        /** On the right only: a difference itself, or inside one (see {@link Node#isDifference()}). */
        ADDED,
        /** On the left only. */
        REMOVED,
        /** On both sides with different values. */
        CHANGED,
        /** The same on both sides, or (see {@link Node#containsChanges()}) a container with differences inside. */
        UNCHANGED
    }

    private final JsonNode left;
    private final JsonNode right;
    private final List<Difference> differences;
    private final Map<DiffPath, Difference> byPath = new HashMap<>();
    private final Map<DiffPath, Integer> countBelow = new HashMap<>();
    private final Node root;

    private DiffTree(JsonNode left, JsonNode right, List<Difference> differences) {
        this.left = Objects.requireNonNull(left, "left");
        this.right = Objects.requireNonNull(right, "right");
        this.differences = List.copyOf(differences);
        for (Difference d : this.differences) {
            byPath.put(d.path(), d);
            for (DiffPath p = d.path(); !p.isRoot(); ) {
                p = p.parent();
                countBelow.merge(p, 1, Integer::sum);
            }
        }
        root = node(DiffPath.root(), "$", left, right, null);
    }

    /** The tree of {@code left} against {@code right}, with the differences {@link ConfigurationDiff} finds. */
    public static DiffTree of(JsonNode left, JsonNode right) {
        return new DiffTree(left, right, ConfigurationDiff.between(left, right));
    }

    public Node root() {
        return root;
    }

    public JsonNode left() {
        return left;
    }

    public JsonNode right() {
        return right;
    }

    /** The differences in the diff's order (the command line's). */
    public List<Difference> differences() {
        return differences;
    }

    /** The node at {@code path}, made on the way down; null when neither document has that place. */
    public Node find(DiffPath path) {
        Node at = root;
        for (Segment segment : path.segments()) {
            at = at.child(segment);
            if (at == null) {
                return null;
            }
        }
        return at;
    }

    /** The same two documents the other way round. */
    public DiffTree swapped() {
        return new DiffTree(
                right, left, differences.stream().map(Difference::reversed).toList());
    }

    private Node node(DiffPath path, String label, JsonNode l, JsonNode r, Mark inherited) {
        Difference d = byPath.get(path);
        Mark mark = d != null ? Mark.valueOf(d.kind().name()) : inherited != null ? inherited : Mark.UNCHANGED;
        return new Node(path, label, l, r, mark, d, countBelow.getOrDefault(path, 0), d == null && inherited != null);
    }

    /** One place of the merged documents. */
    public final class Node {

        private final DiffPath path;
        private final String label;
        private final JsonNode leftValue;
        private final JsonNode rightValue;
        private final Mark mark;
        private final Difference difference;
        private final int changesBelow;
        private final boolean inside;
        private List<Node> children;

        private Node(
                DiffPath path,
                String label,
                JsonNode leftValue,
                JsonNode rightValue,
                Mark mark,
                Difference difference,
                int changesBelow,
                boolean inside) {
            this.path = path;
            this.label = label;
            this.leftValue = leftValue;
            this.rightValue = rightValue;
            this.mark = mark;
            this.difference = difference;
            this.changesBelow = changesBelow;
            this.inside = inside;
        }

        public DiffPath path() {
            return path;
        }

        /** The member name, a keyed element's key, a set element's value, or {@code [3]} for a position. */
        public String label() {
            return label;
        }

        /** The value on the left; null when the left does not have this place. */
        public JsonNode left() {
            return leftValue;
        }

        /** The value on the right; null when the right does not have this place. */
        public JsonNode right() {
            return rightValue;
        }

        public Mark mark() {
            return mark;
        }

        /** The difference at exactly this place, or null (the same, or inside an added or removed value). */
        public Difference difference() {
            return difference;
        }

        public boolean isDifference() {
            return difference != null;
        }

        /** Whether this node is part of a value added or removed (or whose type changed) as a whole further up. */
        public boolean isInsideDifference() {
            return inside;
        }

        /** How many differences lie below this node (not counting one at it). */
        public int changesBelow() {
            return changesBelow;
        }

        public boolean containsChanges() {
            return changesBelow > 0;
        }

        /** Whether "differences only" shows it: a difference, inside one, or on the way to one. */
        public boolean isShownInDifferencesOnly() {
            return mark != Mark.UNCHANGED || changesBelow > 0;
        }

        public boolean hasChildren() {
            return isContainer(leftValue) && leftValue.size() > 0 || isContainer(rightValue) && rightValue.size() > 0;
        }

        /** The children, made the first time they are asked for. */
        public List<Node> children() {
            if (children == null) {
                children = Collections.unmodifiableList(makeChildren());
            }
            return children;
        }

        /** The child one segment down, or null. */
        public Node child(Segment segment) {
            for (Node child : children()) {
                if (segment.equals(child.path.last())) {
                    return child;
                }
            }
            return null;
        }

        private List<Node> makeChildren() {
            if (!hasChildren()) {
                return List.of();
            }
            Rule rule = path.last() instanceof Member m ? WireComparison.rule(m.name()) : WireComparison.rule(null);
            boolean compared = leftValue != null && rightValue != null && difference == null && !inside;
            if (compared) {
                return merged(rule);
            }
            List<Node> out = new ArrayList<>();
            // One side only, or a value whose type changed: each side's content, marked as the whole is.
            Mark leftMark = mark == Mark.CHANGED ? Mark.REMOVED : mark;
            Mark rightMark = mark == Mark.CHANGED ? Mark.ADDED : mark;
            if (leftValue != null) {
                oneSide(rule, leftValue, true, leftMark, out);
            }
            if (rightValue != null) {
                oneSide(rule, rightValue, false, rightMark, out);
            }
            return out;
        }

        private List<Node> merged(Rule rule) {
            List<Node> out = new ArrayList<>();
            if (leftValue.isObject() && rightValue.isObject()) {
                leftValue
                        .properties()
                        .forEach(e -> out.add(node(
                                path.member(e.getKey()), e.getKey(), e.getValue(), rightValue.get(e.getKey()), null)));
                rightValue.properties().forEach(e -> {
                    if (!leftValue.has(e.getKey())) {
                        out.add(node(path.member(e.getKey()), e.getKey(), null, e.getValue(), null));
                    }
                });
                return out;
            }
            if (rule instanceof KeyedList keyed) {
                Map<String, JsonNode> l = ConfigurationDiff.byKey(leftValue, keyed.keyMember());
                Map<String, JsonNode> r = ConfigurationDiff.byKey(rightValue, keyed.keyMember());
                if (l != null && r != null) {
                    l.forEach((key, value) ->
                            out.add(node(path.keyed(keyed.keyMember(), key), key, value, r.get(key), null)));
                    r.forEach((key, value) -> {
                        if (!l.containsKey(key)) {
                            out.add(node(path.keyed(keyed.keyMember(), key), key, null, value, null));
                        }
                    });
                    return out;
                }
            } else if (rule instanceof SetList) {
                Map<String, JsonNode> l = ConfigurationDiff.byIdentity(leftValue);
                Map<String, JsonNode> r = ConfigurationDiff.byIdentity(rightValue);
                if (l != null && r != null) {
                    l.forEach((identity, value) ->
                            out.add(node(path.element(value), elementLabel(value), value, r.get(identity), null)));
                    r.forEach((identity, value) -> {
                        if (!l.containsKey(identity)) {
                            out.add(node(path.element(value), elementLabel(value), null, value, null));
                        }
                    });
                    return out;
                }
            }
            int size = Math.max(leftValue.size(), rightValue.size());
            for (int i = 0; i < size; i++) {
                out.add(node(path.index(i), "[" + i + "]", leftValue.get(i), rightValue.get(i), null));
            }
            return out;
        }

        private void oneSide(Rule rule, JsonNode value, boolean onLeft, Mark childMark, List<Node> out) {
            if (value.isObject()) {
                value.properties()
                        .forEach(
                                e -> out.add(at(path.member(e.getKey()), e.getKey(), e.getValue(), onLeft, childMark)));
                return;
            }
            if (!value.isArray()) {
                return;
            }
            if (rule instanceof KeyedList keyed) {
                Map<String, JsonNode> byKey = ConfigurationDiff.byKey(value, keyed.keyMember());
                if (byKey != null) {
                    byKey.forEach((key, element) ->
                            out.add(at(path.keyed(keyed.keyMember(), key), key, element, onLeft, childMark)));
                    return;
                }
            } else if (rule instanceof SetList) {
                Map<String, JsonNode> set = ConfigurationDiff.byIdentity(value);
                if (set != null) {
                    set.values()
                            .forEach(element -> out.add(
                                    at(path.element(element), elementLabel(element), element, onLeft, childMark)));
                    return;
                }
            }
            for (int i = 0; i < value.size(); i++) {
                out.add(at(path.index(i), "[" + i + "]", value.get(i), onLeft, childMark));
            }
        }

        private Node at(DiffPath childPath, String childLabel, JsonNode value, boolean onLeft, Mark childMark) {
            return new Node(
                    childPath, childLabel, onLeft ? value : null, onLeft ? null : value, childMark, null, 0, true);
        }

        @Override
        public String toString() {
            return mark + " " + path;
        }
    }

    private static boolean isContainer(JsonNode value) {
        return value != null && value.isContainerNode();
    }

    /** A set element as its row names it: a text as it is, anything else as JSON. */
    static String elementLabel(JsonNode value) {
        return value.isTextual() ? value.textValue() : JsonFormat.compact(value);
    }
}
