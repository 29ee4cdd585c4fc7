package io.connectorexplorer.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's acme-crm in a later version, for comparing two accounts: its version is 3.3.0, the ApiToken parameter
 * {@code sandbox} became required, the operator STARTS_WITH was added, a member newer than the SDK
 * ({@code connectorTier}) appeared — and its lists come in another order, which is no difference.
 */
public final class ChangedAcme {

    private ChangedAcme() {}

    /** {@code demo} with acme-crm changed. */
    public static DemoCatalogue in(DemoCatalogue demo) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode configuration : demo.configurations()) {
            all.add(
                    configuration.path("connectorLabel").asText().equals("acme-crm")
                            ? changed(configuration)
                            : configuration);
        }
        return new DemoCatalogue(all);
    }

    /** acme-crm's configuration, changed. */
    public static ObjectNode changed(JsonNode configuration) {
        ObjectNode acme = configuration.deepCopy();
        acme.put("connectorVersion", "3.3.0");
        acme.put("connectorTier", "ENTERPRISE_2027");
        ((ArrayNode) acme.get("supportedOperators")).add("STARTS_WITH");
        reverse((ArrayNode) acme.get("supportedOperators"));
        ArrayNode customAuth = (ArrayNode) acme.get("authenticationConfig").get("customAuthConfigs");
        reverse(customAuth);
        for (JsonNode auth : customAuth) {
            ArrayNode parameters = (ArrayNode) auth.get("authParameters");
            reverse(parameters);
            for (JsonNode parameter : parameters) {
                if (auth.get("customAuthenticationType").asText().equals("ApiToken")
                        && parameter.get("key").asText().equals("sandbox")) {
                    ((ObjectNode) parameter).put("isRequired", true);
                }
            }
        }
        return acme;
    }

    private static void reverse(ArrayNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        array.removeAll();
        for (int i = items.size() - 1; i >= 0; i--) {
            array.add(items.get(i));
        }
    }
}
