package io.connectorexplorer.core.connection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.connector.AppFlowGateway;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.EntityQuery;
import io.connectorexplorer.core.connector.Pages;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.task.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The connection-level reads of one target, each answered as one JSON document with every page merged — what the AWS
 * CLI prints for {@code describe-connector-profiles}, {@code list-connector-entities},
 * {@code describe-connector-entity} and {@code list-flows} once its pages are put together (no {@code nextToken}).
 * Slow: off the FX thread; a cancellation is honoured between pages.
 */
public final class Connections implements ConnectionReads {

    private final AppFlowGateway appflow;
    private final Consumer<ConnectionRead> reads;

    public Connections(AppFlowGateway appflow) {
        this(appflow, read -> {});
    }

    /** {@code reads} is told each answer read here (the history keeps them). */
    public Connections(AppFlowGateway appflow, Consumer<ConnectionRead> reads) {
        this.appflow = Objects.requireNonNull(appflow, "appflow");
        this.reads = Objects.requireNonNull(reads, "reads");
    }

    /**
     * DescribeConnectorProfiles to the end: {@code {"connectorProfileDetails": [...]}}, of {@code connector} only when
     * it is not null.
     */
    @Override
    public ObjectNode profiles(ConnectorKey connector, Cancellation cancellation) {
        ObjectNode response = all(
                "DescribeConnectorProfiles",
                t -> appflow.describeConnectorProfiles(connector, t),
                cancellation,
                n -> {});
        if (connector != null) {
            reads.accept(new ConnectionRead.Connections(connector, response));
        }
        return response;
    }

    /**
     * ListConnectorEntities to the end for a connection: {@code {"connectorEntityMap": {"group": [...]}}}; {@code pages}
     * is told how many pages have come, as they come.
     */
    @Override
    public ObjectNode entities(EntityQuery query, Cancellation cancellation, IntConsumer pages) {
        ObjectNode response =
                all("ListConnectorEntities", t -> appflow.listConnectorEntities(query, t), cancellation, pages);
        reads.accept(new ConnectionRead.Entities(query, response));
        return response;
    }

    /** DescribeConnectorEntity: {@code {"connectorEntityFields": [...]}} as the service sent it. */
    @Override
    public JsonNode fields(EntityQuery query, String entityName) {
        JsonNode response = appflow.describeConnectorEntity(query, entityName);
        if (response == null || !response.isObject()) {
            throw ServiceCallException.badResponse("DescribeConnectorEntity", "The response is not a JSON object.");
        }
        reads.accept(new ConnectionRead.Fields(query, entityName, response));
        return response;
    }

    /** ResetConnectorMetadataCache: the connection's entities below the query's path, or one entity's fields. */
    public void resetMetadata(EntityQuery query, String entityName) {
        appflow.resetConnectorMetadataCache(query, entityName);
    }

    /** ListFlows to the end: {@code {"flows": [...]}}. */
    public ObjectNode flows(Cancellation cancellation) {
        return all("ListFlows", appflow::listFlows, cancellation, n -> {});
    }

    /** DescribeFlow: the whole response. */
    public JsonNode flow(String flowName) {
        JsonNode response = appflow.describeFlow(flowName);
        if (response == null || !response.isObject()) {
            throw ServiceCallException.badResponse("DescribeFlow", "The response is not a JSON object.");
        }
        return response;
    }

    private static ObjectNode all(
            String operation, Pages.PageCall call, Cancellation cancellation, IntConsumer pagesSoFar) {
        List<JsonNode> pages = new ArrayList<>();
        Pages.forEach(operation, call, cancellation, page -> {
            pages.add(page);
            pagesSoFar.accept(pages.size());
        });
        return Pages.merge(pages);
    }
}
