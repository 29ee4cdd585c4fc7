package io.connectorexplorer.infra.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Random;

/** DescribeConnector responses of a custom connector with many auth parameters, each version one change apart. */
final class BigDocuments {

    private BigDocuments() {}

    /**
     * {@code parameters} auth parameters; version {@code version} differs from version {@code version - 1} in one
     * parameter's description. Descriptions carry seeded random words, so the document does not compress to nothing.
     */
    static ObjectNode withChange(int parameters, int version) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode response = nodes.objectNode();
        ObjectNode config = response.putObject("connectorConfiguration");
        config.put("connectorType", "CustomConnector");
        config.put("connectorLabel", "acme-crm");
        config.put("connectorVersion", "1.0");
        ArrayNode params = config.putObject("authenticationConfig")
                .putArray("customAuthConfigs")
                .addObject()
                .put("customAuthenticationType", "BenchAuth")
                .putArray("authParameters");
        Random words = new Random(parameters);
        for (int i = 0; i < parameters; i++) {
            ObjectNode p = params.addObject();
            p.put("key", String.format(Locale.ROOT, "param%04d", i));
            p.put("isRequired", i % 4 == 0);
            p.put("label", "Parameter " + i);
            StringBuilder description = new StringBuilder("Parameter ").append(i);
            for (int w = 0; w < 6; w++) {
                description.append(' ').append(Long.toString(words.nextLong() & Long.MAX_VALUE, 36));
            }
            if (i == version % parameters) {
                description.append(" (revision ").append(version).append(')');
            }
            p.put("description", description.toString());
        }
        return response;
    }
}
