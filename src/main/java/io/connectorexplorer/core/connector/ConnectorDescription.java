package io.connectorexplorer.core.connector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * What DescribeConnector returned for one connector: the {@code connectorConfiguration} object exactly as
 * it came over the wire (member names, nesting, unknown enum values and members kept).
 */
public record ConnectorDescription(ConnectorKey key, JsonNode configuration) {

    public ConnectorDescription {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(configuration, "configuration");
    }

    public Boolean canUseAsSource() {
        JsonNode v = configuration.get("canUseAsSource");
        return v != null && v.isBoolean() ? v.booleanValue() : null;
    }

    public Boolean canUseAsDestination() {
        JsonNode v = configuration.get("canUseAsDestination");
        return v != null && v.isBoolean() ? v.booleanValue() : null;
    }
}
