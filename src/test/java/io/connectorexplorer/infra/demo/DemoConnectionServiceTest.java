package io.connectorexplorer.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.json.JsonFormat;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The demo's connection-level operations: paging, the service model's checks, and reading its data only when asked. */
class DemoConnectionServiceTest {

    private final AtomicInteger loads = new AtomicInteger();
    private final DemoConnectionService service = new DemoConnectionService(
            () -> {
                loads.incrementAndGet();
                return DemoConnections.bundled();
            },
            RequestCheck.againstServiceModel(),
            java.util.List::of);

    @Test
    void theDataIsReadAtTheFirstCallOnly() throws Exception {
        assertThat(loads).hasValue(0);

        service.answer("ListFlows", json("{}"));
        service.answer("DescribeConnectorProfiles", json("{}"));

        assertThat(loads).hasValue(1);
    }

    @Test
    void maxResultsIsHonouredWithinEachOperationsBounds() throws Exception {
        AppFlowResponse two = service.answer("DescribeConnectorProfiles", json("{\"maxResults\": 2}"));
        JsonNode page = body(two);
        assertThat(page.get("connectorProfileDetails")).hasSize(2);
        AppFlowResponse rest = service.answer(
                "DescribeConnectorProfiles",
                json("{\"maxResults\": 100, \"nextToken\": \""
                        + page.get("nextToken").asText() + "\"}"));
        assertThat(body(rest).get("connectorProfileDetails")).hasSize(3);
        assertThat(body(rest).has("nextToken")).isFalse();

        AppFlowResponse tooMany = service.answer("ListFlows", json("{\"maxResults\": 101}"));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.headers()).containsEntry("x-amzn-ErrorType", "ValidationException");
        AppFlowResponse entities = service.answer(
                "ListConnectorEntities",
                json("{\"connectorProfileName\": \"salesforce-prod\", \"maxResults\": 10000}"));
        assertThat(entities.status()).isEqualTo(200);
        AppFlowResponse badToken = service.answer("ListFlows", json("{\"nextToken\": \"not-ours\"}"));
        assertThat(badToken.status()).isEqualTo(400);
    }

    @Test
    void unknownThingsAreNotFoundAndMissingOnesInvalid() throws Exception {
        assertThat(service.answer("DescribeFlow", json("{\"flowName\": \"nope\"}"))
                        .headers())
                .containsEntry("x-amzn-ErrorType", "ResourceNotFoundException");
        assertThat(service.answer("DescribeFlow", json("{}")).headers())
                .containsEntry("x-amzn-ErrorType", "ValidationException");
        assertThat(service.answer("DescribeConnectorEntity", json("{\"connectorProfileName\": \"salesforce-prod\"}"))
                        .headers())
                .containsEntry("x-amzn-ErrorType", "ValidationException");
        assertThat(service.answer(
                                "ResetConnectorMetadataCache",
                                json(
                                        "{\"connectorProfileName\": \"salesforce-prod\", \"connectorEntityName\": \"Nope\"}"))
                        .status())
                .isEqualTo(404);
        AppFlowResponse reset = service.answer(
                "ResetConnectorMetadataCache",
                json("{\"connectorProfileName\": \"salesforce-prod\", \"connectorEntityName\": \"Account\"}"));
        assertThat(reset.status()).isEqualTo(200);
        assertThat(body(reset)).isEmpty();
    }

    @Test
    void listFlowsReportsEachFlowsConnectorsAndLabelsAsAFlowDefinition() throws Exception {
        JsonNode flows = body(service.answer("ListFlows", json("{}"))).get("flows");

        JsonNode acme = flows.get(1);
        assertThat(acme.get("sourceConnectorType").asText()).isEqualTo("CustomConnector");
        assertThat(acme.get("sourceConnectorLabel").asText()).isEqualTo("acme-crm");
        assertThat(acme.get("destinationConnectorType").asText()).isEqualTo("Salesforce");
        assertThat(acme.has("destinationConnectorLabel")).isFalse();
        assertThat(acme.get("triggerType").asText()).isEqualTo("OnDemand");
        assertThat(acme.has("tasks")).isFalse();
        assertThat(acme.has("sourceFlowConfig")).isFalse();
    }

    private static JsonNode json(String text) throws Exception {
        return JsonFormat.parse(text);
    }

    private static JsonNode body(AppFlowResponse response) throws Exception {
        assertThat(response.status())
                .as(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        return JsonFormat.parse(response.body());
    }
}
