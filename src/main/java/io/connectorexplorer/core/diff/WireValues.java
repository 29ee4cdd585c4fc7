package io.connectorexplorer.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.json.Timestamps;
import io.connectorexplorer.core.json.WireComparison;
import java.time.Instant;
import java.util.Optional;

/** The diff's equality of scalars, shared by the diff and the patch so both agree on what "the same" is. */
final class WireValues {

    private WireValues() {}

    /**
     * Whether two values of a member under {@code rule} are the same scalar. Timestamps are the same instant;
     * numbers the same number (1 and 1.0); anything else equal as JSON. Containers are never the same scalar.
     */
    static boolean sameScalar(WireComparison.Rule rule, JsonNode left, JsonNode right) {
        if (left.isContainerNode() || right.isContainerNode()) {
            return false;
        }
        if (rule instanceof WireComparison.Timestamp) {
            Optional<Instant> l = Timestamps.fromWire(left);
            Optional<Instant> r = Timestamps.fromWire(right);
            if (l.isPresent() && r.isPresent()) {
                return l.get().equals(r.get());
            }
        }
        return identity(left) != null ? identity(left).equals(identity(right)) : left.equals(right);
    }

    /**
     * A text that two scalars share exactly when they are the same value (a set's elements are matched by it), or
     * null for what is not a plain scalar: a container, a missing node, binary or an embedded object.
     */
    static String identity(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return "s" + value.textValue();
        }
        if (value.isNumber()) {
            try {
                return "n" + value.decimalValue().stripTrailingZeros();
            } catch (NumberFormatException e) {
                return "d" + value.asText(); // NaN or infinite: only ever equal to itself
            }
        }
        if (value.isBoolean()) {
            return "b" + value.booleanValue();
        }
        if (value.isNull()) {
            return "z";
        }
        return null;
    }

    /** The key of an element of a keyed list: the text of its key member, or null when it has none. */
    static String keyOf(JsonNode element, String keyMember) {
        JsonNode key = element.isObject() ? element.get(keyMember) : null;
        return key != null && key.isTextual() ? key.textValue() : null;
    }
}
