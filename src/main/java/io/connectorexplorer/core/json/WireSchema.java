package io.connectorexplorer.core.json;

import java.util.Map;

/**
 * The shape of a wire document as far as the SDK build knows it: enough to find timestamps and to
 * tell structures (whose null members the AWS CLI omits) from maps (whose null values it keeps).
 * Anything the schema does not name is {@link Unknown} and kept exactly as the service sent it.
 */
public sealed interface WireSchema {

    WireSchema UNKNOWN = new Unknown();
    WireSchema SCALAR = new Scalar();
    WireSchema TIMESTAMP = new Timestamp();

    record Structure(Map<String, WireSchema> members) implements WireSchema {
        public Structure {
            members = Map.copyOf(members);
        }

        public WireSchema member(String name) {
            return members.getOrDefault(name, UNKNOWN);
        }
    }

    record ListOf(WireSchema member) implements WireSchema {}

    record MapOf(WireSchema value) implements WireSchema {}

    record Timestamp() implements WireSchema {}

    record Scalar() implements WireSchema {}

    record Unknown() implements WireSchema {}
}
