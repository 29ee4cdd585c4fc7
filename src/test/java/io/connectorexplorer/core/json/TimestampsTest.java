package io.connectorexplorer.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1700000000,           2023-11-14T22:13:20+00:00",
        "1700000000.000,       2023-11-14T22:13:20+00:00",
        "1.7E+9,               2023-11-14T22:13:20+00:00",
        "0,                    1970-01-01T00:00:00+00:00",
        "1700000000.5,         2023-11-14T22:13:20.500000+00:00",
        "1700000000.123456,    2023-11-14T22:13:20.123456+00:00",
        "1700000000.000001,    2023-11-14T22:13:20.000001+00:00",
        "1700000000.1234564,   2023-11-14T22:13:20.123456+00:00",
        "1700000000.1234566,   2023-11-14T22:13:20.123457+00:00",
        "1700000000.9999996,   2023-11-14T22:13:21+00:00",
        "1700000000.00000049,  2023-11-14T22:13:20+00:00",
    })
    void isoUtcPrintsAsTheCliDoes(String epochSeconds, String expected) {
        assertThat(Timestamps.isoUtc(new BigDecimal(epochSeconds))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "-1,          1969-12-31T23:59:59+00:00",
        "-1.5,        1969-12-31T23:59:58.500000+00:00",
        "-0.000001,   1969-12-31T23:59:59.999999+00:00",
        "-86400,      1969-12-31T00:00:00+00:00",
        "-86400.25,   1969-12-30T23:59:59.750000+00:00",
        "-315619200,  1960-01-01T00:00:00+00:00",
    })
    void isoUtcHandlesTimesBefore1970(String epochSeconds, String expected) {
        assertThat(Timestamps.isoUtc(new BigDecimal(epochSeconds))).isEqualTo(expected);
    }

    @Test
    void fromEpochSecondsKeepsMicroseconds() {
        assertThat(Timestamps.fromEpochSeconds(new BigDecimal("1700000000.123456")))
                .isEqualTo(Instant.ofEpochSecond(1_700_000_000L, 123_456_000L));
        assertThat(Timestamps.fromEpochSeconds(new BigDecimal("-1.5")))
                .isEqualTo(Instant.ofEpochSecond(-2L, 500_000_000L));
    }

    @Test
    void localShowsTheTimeInTheGivenZone() {
        BigDecimal epoch = new BigDecimal("1700000000.75");

        assertThat(Timestamps.local(epoch, ZoneId.of("UTC"))).isEqualTo("2023-11-14 22:13:20 UTC");
        assertThat(Timestamps.local(epoch, ZoneId.of("Europe/Paris"))).isEqualTo("2023-11-14 23:13:20 CET");
        assertThat(Timestamps.local(epoch, ZoneId.of("America/New_York"))).isEqualTo("2023-11-14 17:13:20 EST");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "1700000000",
                "1.7E9",
                "1700000000.000",
                "\"2023-11-14T22:13:20Z\"",
                "\"2023-11-14T22:13:20+00:00\"",
                "\"2023-11-14T23:13:20.000+01:00\""
            })
    void fromWireReadsEpochSecondsAndIsoText(String json) throws Exception {
        assertThat(Timestamps.fromWire(JsonFormat.parse(json))).contains(Instant.ofEpochSecond(1_700_000_000L));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"yesterday\"", "\"1700000000\"", "\"2023-11-14T22:13:20\"", "1e30", "null", "true", "{}"})
    void fromWireIsEmptyForWhatNamesNoInstant(String json) throws Exception {
        assertThat(Timestamps.fromWire(JsonFormat.parse(json))).isEmpty();
    }
}
