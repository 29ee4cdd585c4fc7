package io.connectorexplorer.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.json.WireComparison;
import io.connectorexplorer.core.json.WireComparison.KeyedList;
import io.connectorexplorer.core.json.WireComparison.Rule;
import io.connectorexplorer.core.json.WireComparison.SetList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The structural diff of two wire documents — a DescribeConnector response, a connector configuration, or any part
 * of one — compared by meaning as {@link WireComparison} says: keyed lists by key, sets ignoring order and
 * repetition, timestamps as instants, numbers by value. Everything else, members and enum values the SDK does not
 * know included, compares as it is; lists the table does not name compare by position.
 *
 * <p>Shapes the table does not expect never fail the diff: a keyed list with an element that is not an object, lacks
 * its key, has a key that is not text, or repeats a key is compared by position; a set holding a container is too.
 *
 * <p>Granularity: a changed scalar is one CHANGED at its path; a member, keyed element or set element on one side
 * only is one ADDED or REMOVED carrying its whole value; a value whose type differs (object against list, number
 * against text) is one CHANGED carrying both whole values. A member present with JSON null on one side and absent on
 * the other is an ADDED or REMOVED (see {@link Difference}).
 *
 * <p>Order: depth first through the left document in its order; within each object or list, what only the right
 * holds follows what the left holds, in the right's order. The same two documents always give the same list.
 */
public final class ConfigurationDiff {

    private ConfigurationDiff() {}

    /** What changed from {@code left} to {@code right}; empty when they are the same by the rules above. */
    public static List<Difference> between(JsonNode left, JsonNode right) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        List<Difference> out = new ArrayList<>();
        compare(WireComparison.rule(null), left, right, DiffPath.root(), out);
        return Collections.unmodifiableList(out);
    }

    /** Whether two documents are the same by the diff's rules: no differences between them. */
    public static boolean equivalent(JsonNode left, JsonNode right) {
        return between(left, right).isEmpty();
    }

    private static void compare(Rule rule, JsonNode left, JsonNode right, DiffPath path, List<Difference> out) {
        if (left.isObject() && right.isObject()) {
            compareObjects(left, right, path, out);
        } else if (left.isArray() && right.isArray()) {
            compareLists(rule, left, right, path, out);
        } else if (!WireValues.sameScalar(rule, left, right)) {
            out.add(Difference.changed(path, left, right));
        }
    }

    private static void compareObjects(JsonNode left, JsonNode right, DiffPath path, List<Difference> out) {
        for (Map.Entry<String, JsonNode> member : left.properties()) {
            String name = member.getKey();
            JsonNode other = right.get(name);
            if (other == null) {
                out.add(Difference.removed(path.member(name), member.getValue()));
            } else {
                compare(WireComparison.rule(name), member.getValue(), other, path.member(name), out);
            }
        }
        for (Map.Entry<String, JsonNode> member : right.properties()) {
            if (!left.has(member.getKey())) {
                out.add(Difference.added(path.member(member.getKey()), member.getValue()));
            }
        }
    }

    private static void compareLists(Rule rule, JsonNode left, JsonNode right, DiffPath path, List<Difference> out) {
        if (rule instanceof KeyedList keyed) {
            Map<String, JsonNode> l = byKey(left, keyed.keyMember());
            Map<String, JsonNode> r = byKey(right, keyed.keyMember());
            if (l != null && r != null) {
                compareKeyed(keyed.keyMember(), l, r, path, out);
                return;
            }
        } else if (rule instanceof SetList) {
            Map<String, JsonNode> l = byIdentity(left);
            Map<String, JsonNode> r = byIdentity(right);
            if (l != null && r != null) {
                compareSets(l, r, path, out);
                return;
            }
        }
        comparePositions(left, right, path, out);
    }

    private static void compareKeyed(
            String keyMember,
            Map<String, JsonNode> left,
            Map<String, JsonNode> right,
            DiffPath path,
            List<Difference> out) {
        Rule element = WireComparison.rule(null);
        for (Map.Entry<String, JsonNode> e : left.entrySet()) {
            DiffPath at = path.keyed(keyMember, e.getKey());
            JsonNode other = right.get(e.getKey());
            if (other == null) {
                out.add(Difference.removed(at, e.getValue()));
            } else {
                compare(element, e.getValue(), other, at, out);
            }
        }
        for (Map.Entry<String, JsonNode> e : right.entrySet()) {
            if (!left.containsKey(e.getKey())) {
                out.add(Difference.added(path.keyed(keyMember, e.getKey()), e.getValue()));
            }
        }
    }

    private static void compareSets(
            Map<String, JsonNode> left, Map<String, JsonNode> right, DiffPath path, List<Difference> out) {
        for (Map.Entry<String, JsonNode> e : left.entrySet()) {
            if (!right.containsKey(e.getKey())) {
                out.add(Difference.removed(path.element(e.getValue()), e.getValue()));
            }
        }
        for (Map.Entry<String, JsonNode> e : right.entrySet()) {
            if (!left.containsKey(e.getKey())) {
                out.add(Difference.added(path.element(e.getValue()), e.getValue()));
            }
        }
    }

    private static void comparePositions(JsonNode left, JsonNode right, DiffPath path, List<Difference> out) {
        Rule element = WireComparison.rule(null);
        int common = Math.min(left.size(), right.size());
        for (int i = 0; i < common; i++) {
            compare(element, left.get(i), right.get(i), path.index(i), out);
        }
        for (int i = common; i < left.size(); i++) {
            out.add(Difference.removed(path.index(i), left.get(i)));
        }
        for (int i = common; i < right.size(); i++) {
            out.add(Difference.added(path.index(i), right.get(i)));
        }
    }

    /** The elements by key in list order, or null when the list cannot be keyed (see the class comment). */
    static Map<String, JsonNode> byKey(JsonNode list, String keyMember) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode element : list) {
            String key = WireValues.keyOf(element, keyMember);
            if (key == null || byKey.putIfAbsent(key, element) != null) {
                return null;
            }
        }
        return byKey;
    }

    /** The distinct elements by identity, first occurrence first, or null when one is not a scalar. */
    static Map<String, JsonNode> byIdentity(JsonNode list) {
        Map<String, JsonNode> byIdentity = new LinkedHashMap<>();
        for (JsonNode element : list) {
            String identity = WireValues.identity(element);
            if (identity == null) {
                return null;
            }
            byIdentity.putIfAbsent(identity, element);
        }
        return byIdentity;
    }
}
