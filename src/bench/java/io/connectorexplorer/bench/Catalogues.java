package io.connectorexplorer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The accounts the scale figures run against, built from the bundled demo catalogue. */
final class Catalogues {

    static final String BIG_LABEL = "bench-2000-params";

    private Catalogues() {}

    /** The demo's Amazon-authored connector types, plus {@code count} custom connectors cloned from the demo's own. */
    static DemoCatalogue withCustomConnectors(int count) {
        DemoCatalogue demo = DemoCatalogue.bundled();
        List<JsonNode> all = new ArrayList<>(demo.amazonConnectors());
        List<JsonNode> templates = demo.customConnectors();
        for (int i = 0; i < count; i++) {
            ObjectNode c = (ObjectNode) templates.get(i % templates.size()).deepCopy();
            String label = String.format(Locale.ROOT, "bench-%04d", i);
            c.put("connectorLabel", label);
            c.put("connectorName", "Bench connector " + i);
            c.put("connectorArn", "arn:aws:appflow:us-east-1:123456789012:connector/" + label);
            c.put("canUseAsSource", i % 3 != 0);
            c.put("canUseAsDestination", i % 2 == 0);
            // Without modes in the listing, as accounts whose connectors declare none: the badges need a describe each,
            // which is the fan-out these benchmarks measure.
            c.remove("connectorModes");
            all.add(c);
        }
        return new DemoCatalogue(all);
    }

    /**
     * A custom connector whose first custom authentication type has {@code parameters} auth parameters (each
     * with key, label, description, flags, and every tenth with supplied values), on the demo's acme-crm.
     */
    static ObjectNode bigConnector(int parameters) {
        JsonNode template = DemoCatalogue.bundled().customConnectors().get(0);
        ObjectNode c = (ObjectNode) template.deepCopy();
        c.put("connectorLabel", BIG_LABEL);
        c.put("connectorName", "Bench connector with " + parameters + " auth parameters");
        ObjectNode auth = (ObjectNode) c.get("authenticationConfig");
        addBenchAuth(auth.putArray("customAuthConfigs"), parameters);
        return c;
    }

    /**
     * A custom connector with two custom authentication types: the demo's small one first (what the form opens
     * with), then BenchAuth with {@code parameters} auth parameters (as {@link #bigConnector}) — the one a user
     * switches to. Labelled {@code bench-form-<parameters>}.
     */
    static ObjectNode twoAuthTypesConnector(int parameters) {
        JsonNode template = DemoCatalogue.bundled().customConnectors().get(0);
        ObjectNode c = (ObjectNode) template.deepCopy();
        c.put("connectorLabel", formLabel(parameters));
        c.put("connectorName", "Bench connector with a small and a " + parameters + "-parameter auth type");
        ObjectNode auth = (ObjectNode) c.get("authenticationConfig");
        ArrayNode configs = (ArrayNode) auth.get("customAuthConfigs");
        if (configs == null || configs.isEmpty()) {
            throw new IllegalStateException("the demo's first custom connector has no custom auth type to start with");
        }
        auth.put("isCustomAuthSupported", true);
        addBenchAuth(configs, parameters);
        return c;
    }

    static String formLabel(int parameters) {
        return "bench-form-" + parameters;
    }

    private static void addBenchAuth(ArrayNode configs, int parameters) {
        ObjectNode config = configs.addObject();
        config.put("customAuthenticationType", "BenchAuth");
        ArrayNode params = config.putArray("authParameters");
        for (int i = 0; i < parameters; i++) {
            ObjectNode p = params.addObject();
            p.put("key", String.format(Locale.ROOT, "param%04d", i));
            p.put("isRequired", i % 4 == 0);
            p.put("label", "Parameter " + i);
            p.put(
                    "description",
                    "Generated auth parameter number " + i + " of " + parameters
                            + ", as a connector with a very large authentication form would describe it");
            p.put("isSensitiveField", i % 7 == 0);
            if (i % 10 == 0) {
                p.putArray("connectorSuppliedValues").add("alpha").add("beta").add("gamma");
            }
        }
    }
}
