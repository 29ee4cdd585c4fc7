package io.connectorexplorer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.diff.ConfigurationDiff;
import io.connectorexplorer.core.diff.DiffPatch;
import io.connectorexplorer.core.diff.Difference;
import io.connectorexplorer.core.json.JsonFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The structural diff on the connector with 2,000 auth parameters, as DescribeConnector returns it: against a copy
 * with one flag changed, and against a copy whose parameters come in reverse order (keyed matching, no difference).
 * Many short runs, so the median is of a warmed-up JIT; min and max say how far a single run strays.
 */
final class DiffBench {

    private static final int PARAMETERS = 2000;
    private static final String GROUP = "Diff: the connector with 2,000 auth parameters";

    private final int warmups;
    private final int runs;
    private final Results results;

    DiffBench(int warmups, int runs, Results results) {
        this.warmups = warmups;
        this.runs = runs;
        this.results = results;
    }

    void run() {
        ObjectNode left = JsonNodeFactory.instance.objectNode();
        left.set("connectorConfiguration", Catalogues.bigConnector(PARAMETERS));
        ObjectNode oneChange = left.deepCopy();
        ObjectNode changed = (ObjectNode) parameters(oneChange).get(PARAMETERS / 2);
        changed.put("isRequired", !changed.get("isRequired").booleanValue());
        ObjectNode reversed = left.deepCopy();
        reverse(parameters(reversed));

        // A few milliseconds per run once compiled: many more runs than the harness default, after enough warm-ups
        // for the JIT (with 20 the median was still half interpreted); "first" is the cold diff, as a session sees it.
        int tw = Math.max(warmups, 50);
        int tr = Math.max(runs, 50);
        diff("one flag changed among the 2,000 (1 difference)", left, oneChange, 1, tw, tr);
        diff("the 2,000 in reverse order (no difference)", left, reversed, 0, tw, tr);
        diff("an identical copy (no difference)", left, left.deepCopy(), 0, tw, tr);

        List<Difference> differences = ConfigurationDiff.between(left, oneChange);
        Measure.repeat(results.figure(GROUP, "DiffPatch.apply of the one difference", "ms"), tw, tr, () -> {
            long t0 = System.nanoTime();
            JsonNode right = DiffPatch.apply(left, differences);
            double ms = Measure.since(t0);
            if (!ConfigurationDiff.equivalent(right, oneChange)) {
                throw new IllegalStateException("the replayed document differs");
            }
            return ms;
        });
        results.note(String.format(
                Locale.ROOT,
                "Diff figures: ConfigurationDiff.between over the wire JSON (%d auth parameters, %.0f KB compact),"
                        + " in the harness JVM, %d runs after %d warm-ups.",
                PARAMETERS,
                JsonFormat.compact(left).length() / 1024.0,
                tr,
                tw));
    }

    private void diff(String name, JsonNode left, JsonNode right, int expected, int warmups, int runs) {
        Figure figure = results.figure(GROUP, "diff: " + name, "ms").target("<= 100 ms", 100);
        Measure.repeat(figure, warmups, runs, () -> {
            long t0 = System.nanoTime();
            List<Difference> differences = ConfigurationDiff.between(left, right);
            double ms = Measure.since(t0);
            if (differences.size() != expected) {
                throw new IllegalStateException(differences.size() + " differences, not " + expected);
            }
            return ms;
        });
    }

    private static ArrayNode parameters(ObjectNode describe) {
        return (ArrayNode) describe.get("connectorConfiguration")
                .get("authenticationConfig")
                .get("customAuthConfigs")
                .get(0)
                .get("authParameters");
    }

    private static void reverse(ArrayNode list) {
        List<JsonNode> elements = new ArrayList<>();
        list.forEach(elements::add);
        Collections.reverse(elements);
        list.removeAll();
        list.addAll(elements);
    }
}
