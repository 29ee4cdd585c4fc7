package io.connectorexplorer.infra.appflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connector.AppFlowGateway;
import io.connectorexplorer.core.connector.ConnectorKey;
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
        Capture holder = new Capture();
        try {
            sdkCall.accept(holder);
        } catch (RuntimeException e) {
            throw SentCredentials.scrubbed(
                    ServiceErrors.translate(operation, endpointDescription, e, holder.get() != null), holder.sent);
        }
        byte[] body = holder.get();
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
