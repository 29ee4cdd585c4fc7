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

    /** The {@code canUseAsSource} member as sent: null when absent or not a boolean. */
    public Boolean canUseAsSource() {
        JsonNode v = configuration.get("canUseAsSource");
        return v != null && v.isBoolean() ? v.booleanValue() : null;
    }

    /** The {@code canUseAsDestination} member as sent: null when absent or not a boolean. */
    public Boolean canUseAsDestination() {
        JsonNode v = configuration.get("canUseAsDestination");
        return v != null && v.isBoolean() ? v.booleanValue() : null;
    }

    /** Whether the connector can be a flow's source, as this description says it. */
    public Capability source() {
        return capability(configuration, "canUseAsSource", "SOURCE");
    }

    /** Whether the connector can be a flow's destination, as this description says it. */
    public Capability destination() {
        return capability(configuration, "canUseAsDestination", "DESTINATION");
    }

    /**
     * The flag member when it is a boolean; else the description's {@code connectorModes}, when it has them; else
     * not stated — the connector was described, and the description does not say.
     */
    static Capability capability(JsonNode configuration, String flag, String mode) {
        Capability stated = Capability.stated(configuration.get(flag));
        if (stated.isStated()) {
            return stated;
        }
        Capability fromModes = Capability.fromModes(configuration.get("connectorModes"), mode);
        return fromModes.isKnown() ? fromModes : Capability.NOT_STATED;
    }
}
