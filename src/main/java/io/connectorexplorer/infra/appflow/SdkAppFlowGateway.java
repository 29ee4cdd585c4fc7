package io.connectorexplorer.infra.appflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connector.AppFlowGateway;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.EntityQuery;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.infra.diagnostics.SentSecrets;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.appflow.AppflowClient;
import software.amazon.awssdk.services.appflow.model.CreateConnectorProfileRequest;

/**
 * AppFlow through the AWS SDK for Java v2: the SDK signs, retries and checks each call; the answer is
 * handed on as the JSON the service sent, so nothing newer than the SDK is lost on the way.
 */
public final class SdkAppFlowGateway implements AppFlowGateway {

    private static final int PAGE_SIZE = 100;
    /** ListConnectorEntities takes up to 10,000 a page; 1,000 keeps each answer to a few hundred kilobytes. */
    private static final int ENTITIES_PAGE_SIZE = 1000;

    private final AppflowClient client;
    private final String endpointDescription;
    private final URI endpoint;
    private final Runnable onClose;

    /** {@code endpoint}: the endpoint override the client was built with, or null for the SDK's default. */
    public SdkAppFlowGateway(AppflowClient client, String endpointDescription, URI endpoint, Runnable onClose) {
        this.client = client;
        this.endpointDescription = endpointDescription;
        this.endpoint = endpoint;
        this.onClose = onClose;
    }

    @Override
    public JsonNode describeConnectors(String nextToken) {
        return call(
                "DescribeConnectors",
                holder -> client.describeConnectors(
                        b -> b.maxResults(PAGE_SIZE).nextToken(nextToken).overrideConfiguration(capture(holder))));
    }

    @Override
    public JsonNode listConnectors(String nextToken) {
        return call(
                "ListConnectors",
                holder -> client.listConnectors(
                        b -> b.maxResults(PAGE_SIZE).nextToken(nextToken).overrideConfiguration(capture(holder))));
    }

    @Override
    public JsonNode describeConnector(ConnectorKey key) {
        return call(
                "DescribeConnector",
                holder -> client.describeConnector(b -> b.connectorType(key.connectorType())
                        .connectorLabel(key.connectorLabel())
                        .overrideConfiguration(capture(holder))));
    }

    @Override
    public JsonNode createConnectorProfile(JsonNode request, String clientToken) {
        return call("CreateConnectorProfile", holder -> {
            CreateConnectorProfileRequest.Builder builder = CreateConnectorProfileRequest.builder();
            CreateConnectorProfileRequest built = SdkJson.build(request, (software.amazon.awssdk.core.SdkPojo) builder);
            // The service may quote a credential it was sent in its error; the message shown and logged must not.
            holder.sent.addAll(SentSecrets.sensitiveValues(built));
            client.createConnectorProfile(built.toBuilder()
                    .clientToken(clientToken)
                    .overrideConfiguration(capture(holder))
                    .build());
        });
    }

    @Override
    public JsonNode describeConnectorProfiles(ConnectorKey connector, String nextToken) {
        return call(
                "DescribeConnectorProfiles",
                ServiceErrors.Asked.connection(null),
                holder -> client.describeConnectorProfiles(
                        b -> b.connectorType(connector == null ? null : connector.connectorType())
                                .connectorLabel(connector == null ? null : connector.connectorLabel())
                                .maxResults(PAGE_SIZE)
                                .nextToken(nextToken)
                                .overrideConfiguration(capture(holder))));
    }

    @Override
    public JsonNode listConnectorEntities(EntityQuery query, String nextToken) {
        return call(
                "ListConnectorEntities",
                ServiceErrors.Asked.connection(query.connectorProfileName()),
                holder -> client.listConnectorEntities(b -> b.connectorProfileName(query.connectorProfileName())
                        .connectorType(query.connectorType())
                        .entitiesPath(query.entitiesPath())
                        .apiVersion(query.apiVersion())
                        .maxResults(ENTITIES_PAGE_SIZE)
                        .nextToken(nextToken)
                        .overrideConfiguration(capture(holder))));
    }

    @Override
    public JsonNode describeConnectorEntity(EntityQuery query, String entityName) {
        return call(
                "DescribeConnectorEntity",
                new ServiceErrors.Asked(query.connectorProfileName(), entityName, null),
                holder -> client.describeConnectorEntity(b -> b.connectorProfileName(query.connectorProfileName())
                        .connectorType(query.connectorType())
                        .connectorEntityName(entityName)
                        .apiVersion(query.apiVersion())
                        .overrideConfiguration(capture(holder))));
    }

    @Override
    public void resetConnectorMetadataCache(EntityQuery query, String entityName) {
        call(
                "ResetConnectorMetadataCache",
                new ServiceErrors.Asked(query.connectorProfileName(), entityName, null),
                holder -> client.resetConnectorMetadataCache(b -> b.connectorProfileName(query.connectorProfileName())
                        .connectorType(query.connectorType())
                        .entitiesPath(query.entitiesPath())
                        .apiVersion(query.apiVersion())
                        .connectorEntityName(entityName)
                        .overrideConfiguration(capture(holder))),
                true);
    }

    @Override
    public JsonNode listFlows(String nextToken) {
        return call(
                "ListFlows",
                ServiceErrors.Asked.flow(null),
                holder -> client.listFlows(
                        b -> b.maxResults(PAGE_SIZE).nextToken(nextToken).overrideConfiguration(capture(holder))));
    }

    @Override
    public JsonNode describeFlow(String flowName) {
        return call(
                "DescribeFlow",
                ServiceErrors.Asked.flow(flowName),
                holder -> client.describeFlow(b -> b.flowName(flowName).overrideConfiguration(capture(holder))));
    }

    @Override
    public String endpointDescription() {
        return endpointDescription;
    }

    @Override
    public Optional<String> endpointUrl() {
        return Optional.ofNullable(endpoint).map(URI::toString);
    }

    @Override
    public void close() {
        client.close();
        onClose.run();
    }

    private static Consumer<AwsRequestOverrideConfiguration.Builder> capture(Capture holder) {
        return o -> o.putExecutionAttribute(RawResponseCapture.HOLDER, holder.body)
                .putExecutionAttribute(SentCredentials.HOLDER, holder.sent);
    }

    /** What one call keeps aside: the body of its answer, and the credentials its requests carried. */
    private static final class Capture {
        final AtomicReference<byte[]> body = new AtomicReference<>();
        final java.util.Set<String> sent = java.util.concurrent.ConcurrentHashMap.newKeySet();

        byte[] get() {
            return body.get();
        }
    }

    private JsonNode call(String operation, Consumer<Capture> sdkCall) {
        return call(operation, null, sdkCall, false);
    }

    private JsonNode call(String operation, ServiceErrors.Asked asked, Consumer<Capture> sdkCall) {
        return call(operation, asked, sdkCall, false);
    }

    /**
     * {@code asked}: what a connection-level call names, for advice that fits its error (null: the advice of its
     * kind); {@code emptyIsFine}: an operation whose answer has no members may come with no body at all.
     */
    private JsonNode call(String operation, ServiceErrors.Asked asked, Consumer<Capture> sdkCall, boolean emptyIsFine) {
        Capture holder = new Capture();
        try {
            sdkCall.accept(holder);
        } catch (RuntimeException e) {
            ServiceCallException failure = SentCredentials.scrubbed(
                    ServiceErrors.translate(operation, endpointDescription, e, holder.get() != null), holder.sent);
            throw asked == null ? failure : ServiceErrors.advised(failure, asked);
        }
        byte[] body = holder.get();
        if (emptyIsFine && (body == null || body.length == 0)) {
            return JsonFormat.mapper().createObjectNode();
        }
        if (body == null || body.length == 0) {
            throw ServiceCallException.badResponse(
                    operation, "The endpoint " + endpointDescription + " sent an empty response.");
        }
        try {
            JsonNode tree = JsonFormat.parse(body);
            if (!tree.isObject()) {
                throw new IOException("not an object");
            }
            return tree;
        } catch (IOException e) {
            throw ServiceCallException.badResponse(
                    operation, "The endpoint " + endpointDescription + " sent a response that is not a JSON object.");
        }
    }
}
