package io.connectorexplorer.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.json.JsonFormat;
import java.util.Random;

/**
 * Runs a property over many generated cases, small ones first (sizes grow with the try), so the first failure is
 * usually a small document. Each run draws a new base seed and a failure names it with the case's JSON; rerun one
 * case with {@code -Ddiff.seed=SEED -Ddiff.size=SIZE}.
 */
final class Tries {

    static final int TRIES = 1000;
    static final int MAX_SIZE = 8;

    interface Property {
        void check(Random random, int size) throws Exception;
    }

    private Tries() {}

    static void forAll(Property property) {
        Long fixed = Long.getLong("diff.seed");
        long base = fixed != null ? fixed : new Random().nextLong();
        int tries = fixed != null ? 1 : TRIES;
        for (int i = 0; i < tries; i++) {
            long seed = base + i;
            int size = fixed != null ? Integer.getInteger("diff.size", 1) : 1 + i * MAX_SIZE / TRIES;
            try {
                property.check(new Random(seed), size);
            } catch (AssertionError | Exception e) {
                throw new AssertionError(
                        "Falsified at try " + (i + 1) + " (size " + size + "); rerun with -Ddiff.seed=" + seed
                                + " -Ddiff.size=" + size + "\n"
                                + e.getMessage(),
                        e);
            }
        }
    }

    /** For failure messages. */
    static String show(JsonNode node) {
        return JsonFormat.compact(node);
    }
}
