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
    private final List<JsonNode> created = new java.util.concurrent.CopyOnWriteArrayList<>();

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
            if (existingToken == null) {
                created.add(described(body, name, arn, region));
            }
            clientTokens.put(name, token);
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("connectorProfileArn", arn);
        return AppFlowResponse.ok(out);
    }

    /** The connector profiles created so far, as DescribeConnectorProfiles describes them. */
    List<JsonNode> created() {
        return List.copyOf(created);
    }

    /**
     * A created profile as DescribeConnectorProfiles tells it: its name, connector, mode and properties — the
     * credentials stay where the service keeps them (a secret named by {@code credentialsArn}), never here.
     */
    private static JsonNode described(JsonNode request, String name, String arn, String region) {
        ObjectNode profile = JsonNodeFactory.instance.objectNode();
        profile.put("connectorProfileArn", arn);
        profile.put("connectorProfileName", name);
        profile.set("connectorType", request.path("connectorType"));
        if (request.hasNonNull("connectorLabel")) {
            profile.set("connectorLabel", request.get("connectorLabel"));
        }
        profile.set("connectionMode", request.path("connectionMode"));
        profile.put("credentialsArn", "arn:aws:secretsmanager:" + region + ":123456789012:secret:appflow!" + name);
        JsonNode properties = request.path("connectorProfileConfig").path("connectorProfileProperties");
        if (properties.isObject()) {
            profile.set("connectorProfileProperties", properties.deepCopy());
        }
        double now = System.currentTimeMillis() / 1000.0;
        profile.put("createdAt", now);
        profile.put("lastUpdatedAt", now);
        return profile;
    }
}
