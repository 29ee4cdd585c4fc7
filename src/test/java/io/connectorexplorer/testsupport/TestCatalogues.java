package io.connectorexplorer.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Catalogues built in code, for what the bundled one does not cover. */
public final class TestCatalogues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TestCatalogues() {}

    public static ObjectNode amazon(String type, String name, boolean source, boolean destination) {
        return NODES.objectNode()
                .put("canUseAsSource", source)
                .put("canUseAsDestination", destination)
                .put("connectorType", type)
                .put("connectorName", name)
                .put("connectorOwner", "Amazon Web Services");
    }

    public static ObjectNode custom(String label, String name, boolean source, boolean destination) {
        return NODES.objectNode()
                .put("canUseAsSource", source)
                .put("canUseAsDestination", destination)
                .put("connectorType", "CustomConnector")
                .put("connectorLabel", label)
                .put("connectorName", name)
                .put("connectorOwner", "Test Corp")
                .put("registeredAt", 1_700_000_000);
    }

    public static DemoCatalogue of(JsonNode... configurations) {
        return new DemoCatalogue(List.of(configurations));
    }

    /** {@code amazonTypes} synthetic connector types and {@code customConnectors} custom ones, flags varying. */
    public static DemoCatalogue synthetic(int amazonTypes, int customConnectors) {
        List<JsonNode> all = new ArrayList<>();
        for (int i = 0; i < amazonTypes; i++) {
            all.add(amazon(
                    String.format(Locale.ROOT, "Synthetic%03d", i), "Synthetic type " + i, i % 2 == 0, i % 3 == 0));
        }
        for (int i = 0; i < customConnectors; i++) {
            all.add(custom(
                    String.format(Locale.ROOT, "synthetic-%03d", i), "Synthetic custom " + i, i % 3 != 0, i % 2 != 0));
        }
        return new DemoCatalogue(all);
    }

    /** The rows {@code list --json} prints for a catalogue: connector types first, then custom connectors. */
    public static ArrayNode listRows(DemoCatalogue catalogue) {
        ArrayNode rows = NODES.arrayNode();
        List<JsonNode> ordered = new ArrayList<>(catalogue.amazonConnectors());
        ordered.addAll(catalogue.customConnectors());
        for (JsonNode c : ordered) {
            ObjectNode row = rows.addObject();
            row.set("connectorType", c.get("connectorType"));
            if (c.hasNonNull("connectorLabel")) {
                row.set("connectorLabel", c.get("connectorLabel"));
            }
            row.set("connectorName", c.get("connectorName"));
            row.set("canUseAsSource", c.get("canUseAsSource"));
            row.set("canUseAsDestination", c.get("canUseAsDestination"));
        }
        return rows;
    }
}
