package io.connectorexplorer.core.connection;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading values off AppFlow's wire JSON: timestamps as epoch seconds (with a fraction), lists of strings. */
final class Wire {

    private Wire() {}

    static Optional<Instant> instant(JsonNode value) {
        if (value == null || !value.isNumber()) {
            return Optional.empty();
        }
        BigDecimal seconds = value.decimalValue();
        long whole = seconds.longValue();
        long nanos =
                seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
        return Optional.of(Instant.ofEpochSecond(whole, nanos));
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) {
            out.add(item.asText());
        }
        return out;
    }

    /** A boolean the service stated, or null when it said nothing. */
    static Boolean flag(JsonNode parent, String member) {
        JsonNode value = parent.get(member);
        return value != null && value.isBoolean() ? value.booleanValue() : null;
    }
}
