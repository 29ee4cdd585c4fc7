package io.connectorexplorer.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The connector profiles created in the demo account, in memory. Only names and client tokens are kept — never the
 * credentials — so a retry with the same client token answers the same ARN, and another request for a name already
 * taken is a ConflictException, as the service does.
 */
final class DemoConnectorProfiles {

    private final RequestCheck check;
    private final Map<String, String> clientTokens = new HashMap<>();

    DemoConnectorProfiles(RequestCheck check) {
        this.check = check;
    }

    /** Answers CreateConnectorProfile; the request is checked first, as the service checks it. */
    AppFlowResponse create(JsonNode body, String region) {
        List<String> problems = check.problems("CreateConnectorProfile", body);
        if (!problems.isEmpty()) {
            return AppFlowResponse.error(
                    400,
                    "ValidationException",
                    problems.size() + " validation error" + (problems.size() == 1 ? "" : "s") + " detected: "
                            + String.join("; ", problems));
        }
        String name = body.path("connectorProfileName").asText("");
        String token = body.path("clientToken").asText("");
        String arn = "arn:aws:appflow:" + region + ":123456789012:connectorprofile/" + name;
        synchronized (clientTokens) {
            String existingToken = clientTokens.get(name);
            if (existingToken != null && (token.isEmpty() || !existingToken.equals(token))) {
                return AppFlowResponse.error(
                        409, "ConflictException", "There is already a connector profile with the name " + name + ".");
            }
            clientTokens.put(name, token);
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("connectorProfileArn", arn);
        return AppFlowResponse.ok(out);
    }
}
