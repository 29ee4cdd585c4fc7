package io.connectorexplorer.infra.appflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Fills an SDK request builder from wire JSON, member by member, through the SDK's own marshalling metadata —
 * so a request the app composed as JSON (and showed the user) is exactly what the SDK then signs and sends.
 * Members the SDK does not know cannot be sent and are left out.
 */
final class SdkJson {

    private SdkJson() {}

    /** Sets every known member of {@code json} on {@code builder} and returns the built object. */
    @SuppressWarnings("unchecked")
    static <T> T build(JsonNode json, SdkPojo builder) {
        fill(json, builder);
        return (T) ((SdkBuilder<?, ?>) builder).build();
    }

    private static void fill(JsonNode json, SdkPojo builder) {
        for (SdkField<?> field : builder.sdkFields()) {
            JsonNode value = json.get(field.locationName());
            if (value != null && !value.isNull()) {
                field.set(builder, convert(value, field));
            }
        }
    }

    private static Object convert(JsonNode value, SdkField<?> field) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            return value.asText();
        }
        if (type == MarshallingType.BOOLEAN) {
            return value.isBoolean() ? value.booleanValue() : Boolean.parseBoolean(value.asText());
        }
        if (type == MarshallingType.INTEGER) {
            return value.asInt();
        }
        if (type == MarshallingType.LONG) {
            return value.asLong();
        }
        if (type == MarshallingType.DOUBLE) {
            return value.asDouble();
        }
        if (type == MarshallingType.INSTANT) {
            BigDecimal seconds = value.decimalValue();
            return java.time.Instant.ofEpochSecond(
                    seconds.longValue(),
                    seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        }
        if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
            List<Object> list = new ArrayList<>();
            value.forEach(element -> list.add(convert(element, member)));
            return list;
        }
        if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
            Map<String, Object> map = new LinkedHashMap<>();
            value.fields().forEachRemaining(e -> map.put(e.getKey(), convert(e.getValue(), member)));
            return map;
        }
        if (type == MarshallingType.SDK_POJO) {
            return build(value, field.constructor().get());
        }
        return value.asText();
    }
}
