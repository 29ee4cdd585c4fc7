package io.connectorexplorer.core.connector;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.error.ServiceCallException;
import java.util.Optional;

/**
 * The AppFlow operations the app makes, one page at a time, answered with the response JSON exactly as
 * the service sent it. Implementations throw {@link ServiceCallException} for every failure.
 */
public interface AppFlowGateway extends AutoCloseable {

    /** One page of DescribeConnectors for all connector types; {@code nextToken} null for the first. */
    JsonNode describeConnectors(String nextToken);

    /** One page of ListConnectors (the custom connectors registered in the account). */
    JsonNode listConnectors(String nextToken);

    /** DescribeConnector: the whole response, {@code {"connectorConfiguration": {...}}}. */
    JsonNode describeConnector(ConnectorKey key);

    /**
     * CreateConnectorProfile with the request as wire JSON (as the user saw it in the preview) and a client
     * token, so a retry of the same request cannot create the profile twice. Answers the response JSON.
     */
    default JsonNode createConnectorProfile(JsonNode request, String clientToken) {
        throw ServiceCallException.of(
                ServiceCallException.Kind.CONFIGURATION,
                "CreateConnectorProfile",
                "This account cannot create connector profiles.");
    }

    /**
     * One page of DescribeConnectorProfiles: the account's connections, of one connector when {@code connector} is
     * not null (its type, and its label for a custom connector).
     */
    default JsonNode describeConnectorProfiles(ConnectorKey connector, String nextToken) {
        throw notHere("DescribeConnectorProfiles");
    }

    /** One page of ListConnectorEntities for a connection ({@code query}). */
    default JsonNode listConnectorEntities(EntityQuery query, String nextToken) {
        throw notHere("ListConnectorEntities");
    }

    /** DescribeConnectorEntity: an entity's fields through a connection, the whole response. */
    default JsonNode describeConnectorEntity(EntityQuery query, String entityName) {
        throw notHere("DescribeConnectorEntity");
    }

    /**
     * ResetConnectorMetadataCache for a connection: its entities under {@code query}'s path, or, with
     * {@code entityName}, that entity's fields.
     */
    default void resetConnectorMetadataCache(EntityQuery query, String entityName) {
        throw notHere("ResetConnectorMetadataCache");
    }

    /** One page of ListFlows. */
    default JsonNode listFlows(String nextToken) {
        throw notHere("ListFlows");
    }

    /** DescribeFlow: the whole response. */
    default JsonNode describeFlow(String flowName) {
        throw notHere("DescribeFlow");
    }

    private static ServiceCallException notHere(String operation) {
        return ServiceCallException.of(
                ServiceCallException.Kind.CONFIGURATION, operation, "This account cannot answer " + operation + ".");
    }

    /** Where the calls go, for the status bar and error messages (an endpoint URL or a region name). */
    String endpointDescription();

    /**
     * The endpoint URL the calls go to when it is not the SDK's default for the region (a profile's
     * {@code endpoint_url}, the demo's loopback address), so a copied AWS CLI command can go there too.
     */
    default Optional<String> endpointUrl() {
        return Optional.empty();
    }

    @Override
    void close();
}
