package io.connectorexplorer.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The machine-readable rendering:
 *
 * <pre>
 * {"left": …, "right": …,
 *  "differences": [{"path": "$.a.b", "kind": "changed", "left": 1, "right": 2},
 *                  {"path": "$.a.c", "kind": "added", "right": {…}}]}
 * </pre>
 *
 * {@code kind} is "added", "removed" or "changed". A difference's {@code left} is absent for an addition and its
 * {@code right} absent for a removal; a JSON {@code null} there is the value null that the document holds.
 */
public final class DiffJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DiffJson() {}

    /**
     * The whole rendering. {@code leftSide} and {@code rightSide} say what each side is — the caller chooses: a
     * description (target, connector, time of the snapshot) or the documents themselves; null writes JSON null.
     */
    public static ObjectNode render(JsonNode leftSide, JsonNode rightSide, List<Difference> differences) {
        ObjectNode root = NODES.objectNode();
        root.set("left", leftSide == null ? NODES.nullNode() : leftSide);
        root.set("right", rightSide == null ? NODES.nullNode() : rightSide);
        ArrayNode list = root.putArray("differences");
        differences.forEach(d -> list.add(difference(d)));
        return root;
    }

    /** One difference: path, kind, and the values of the sides it has. */
    public static ObjectNode difference(Difference d) {
        ObjectNode o = NODES.objectNode();
        o.put("path", d.path().toString());
        o.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
        if (d.left() != null) {
            o.set("left", d.left());
        }
        if (d.right() != null) {
            o.set("right", d.right());
        }
        return o;
    }
}
