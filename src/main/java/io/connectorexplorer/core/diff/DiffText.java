package io.connectorexplorer.core.diff;

import io.connectorexplorer.core.json.JsonFormat;
import java.util.List;

/**
 * The command line's rendering: one line per difference, in the diff's order, values as compact JSON.
 *
 * <pre>
 * + $.connectorConfiguration.supportedOperators[NEW_OPERATOR_2027]: "NEW_OPERATOR_2027"
 * - $.connectorConfiguration.connectorRuntimeSettings[key=batchSize]: {"key":"batchSize",...}
 * ~ $.connectorConfiguration.connectorVersion: "1.2.0" → "1.3.0"
 * </pre>
 */
public final class DiffText {

    private DiffText() {}

    /** {@code + PATH: RIGHT}, {@code - PATH: LEFT} or {@code ~ PATH: LEFT → RIGHT}. */
    public static String line(Difference d) {
        return switch (d.kind()) {
            case ADDED -> "+ " + d.path() + ": " + JsonFormat.compact(d.right());
            case REMOVED -> "- " + d.path() + ": " + JsonFormat.compact(d.left());
            case CHANGED ->
                "~ " + d.path() + ": " + JsonFormat.compact(d.left()) + " → " + JsonFormat.compact(d.right());
        };
    }

    /** Every line, each ending with a newline; empty text when there are no differences. */
    public static String render(List<Difference> differences) {
        StringBuilder b = new StringBuilder();
        differences.forEach(d -> b.append(line(d)).append('\n'));
        return b.toString();
    }
}
