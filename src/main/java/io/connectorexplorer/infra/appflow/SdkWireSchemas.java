package io.connectorexplorer.infra.appflow;

import io.connectorexplorer.core.json.WireSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.services.appflow.model.ConnectorConfiguration;
import software.amazon.awssdk.services.appflow.model.DescribeConnectorEntityResponse;
import software.amazon.awssdk.services.appflow.model.DescribeConnectorProfilesResponse;
import software.amazon.awssdk.services.appflow.model.DescribeFlowResponse;
import software.amazon.awssdk.services.appflow.model.ListConnectorEntitiesResponse;
import software.amazon.awssdk.services.appflow.model.ListFlowsResponse;

/** Reads the shape of a wire document from the SDK's own marshalling metadata. */
public final class SdkWireSchemas {

    private static final WireSchema CONNECTOR_CONFIGURATION =
            of(ConnectorConfiguration.builder().build());

    private static final Map<String, WireSchema> RESPONSES = new ConcurrentHashMap<>();

    private SdkWireSchemas() {}

    public static WireSchema connectorConfiguration() {
        return CONNECTOR_CONFIGURATION;
    }

    /**
     * The shape of an operation's whole response, such as ListFlows' {@code {"flows": [...], "nextToken": ...}}; read
     * at its first use; {@link WireSchema#UNKNOWN} for an operation not named here.
     */
    public static WireSchema response(String operation) {
        return RESPONSES.computeIfAbsent(operation, SdkWireSchemas::readResponse);
    }

    private static WireSchema readResponse(String operation) {
        return switch (operation) {
            case "DescribeConnectorProfiles" ->
                of(DescribeConnectorProfilesResponse.builder().build());
            case "ListConnectorEntities" ->
                of(ListConnectorEntitiesResponse.builder().build());
            case "DescribeConnectorEntity" ->
                of(DescribeConnectorEntityResponse.builder().build());
            case "ListFlows" -> of(ListFlowsResponse.builder().build());
            case "DescribeFlow" -> of(DescribeFlowResponse.builder().build());
            default -> WireSchema.UNKNOWN;
        };
    }

    static WireSchema of(SdkPojo pojo) {
        return structure(pojo.sdkFields());
    }

    private static WireSchema structure(List<SdkField<?>> fields) {
        Map<String, WireSchema> members = new LinkedHashMap<>();
        for (SdkField<?> field : fields) {
            members.put(field.locationName(), field(field));
        }
        return new WireSchema.Structure(members);
    }

    private static WireSchema field(SdkField<?> field) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.INSTANT) {
            return WireSchema.TIMESTAMP;
        }
        if (type == MarshallingType.SDK_POJO) {
            return structure(field.constructor().get().sdkFields());
        }
        if (type == MarshallingType.LIST) {
            return new WireSchema.ListOf(field(field.getTrait(ListTrait.class).memberFieldInfo()));
        }
        if (type == MarshallingType.MAP) {
            return new WireSchema.MapOf(field(field.getTrait(MapTrait.class).valueFieldInfo()));
        }
        return WireSchema.SCALAR;
    }
}
