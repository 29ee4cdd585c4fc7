package io.connectorexplorer.core.connector;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What is known about one use of a connector: as a flow's source, or as its destination. AppFlow states it in a
 * connector's description ({@code canUseAsSource}, {@code canUseAsDestination}) and, for custom connectors, in
 * ListConnectors' {@code connectorModes}; a description may also leave it out.
 */
public enum Capability {
    /** The service says the connector can be used so. */
    YES,
    /** The service says it cannot. */
    NO,
    /** The connector was described, and the description does not say. */
    NOT_STATED,
    /** Not known yet: the listing does not say, and the connector has not been described (or could not be). */
    UNKNOWN;

    /** A boolean member of a description: absent, null or not a boolean is not stated. */
    public static Capability stated(JsonNode flag) {
        if (flag == null || !flag.isBoolean()) {
            return NOT_STATED;
        }
        return flag.booleanValue() ? YES : NO;
    }

    /**
     * From a {@code connectorModes} list such as {@code ["SOURCE", "DESTINATION"]}: a present list states every mode,
     * so a mode missing from it is NO; modes the app does not know are ignored. No list (or not a list): UNKNOWN.
     */
    public static Capability fromModes(JsonNode modes, String mode) {
        if (modes == null || !modes.isArray()) {
            return UNKNOWN;
        }
        for (JsonNode m : modes) {
            if (m.isTextual() && m.asText().equalsIgnoreCase(mode)) {
                return YES;
            }
        }
        return NO;
    }

    /** Settled: the service has answered, even if only by saying nothing. */
    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /** Whether the service said yes or no. */
    public boolean isStated() {
        return this == YES || this == NO;
    }

    /** The more telling of the two — a yes or no over "not stated" over "unknown"; this one when they tell as much. */
    public Capability or(Capability other) {
        return rank(other) > rank(this) ? other : this;
    }

    private static int rank(Capability c) {
        return switch (c) {
            case YES, NO -> 2;
            case NOT_STATED -> 1;
            case UNKNOWN -> 0;
        };
    }
}
