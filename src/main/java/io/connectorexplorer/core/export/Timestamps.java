package io.connectorexplorer.core.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Wire timestamps are epoch seconds; exports show them as the AWS CLI v2 does, the UI in the user's zone. */
public final class Timestamps {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);

    private Timestamps() {
    }

    public static Instant fromEpochSeconds(BigDecimal epochSeconds) {
        BigDecimal micros = epochSeconds.movePointRight(6).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal[] parts = micros.divideAndRemainder(BigDecimal.valueOf(1_000_000));
        long seconds = parts[0].longValueExact();
        long microsOfSecond = parts[1].longValueExact();
        if (microsOfSecond < 0) {
            seconds -= 1;
            microsOfSecond += 1_000_000;
        }
        return Instant.ofEpochSecond(seconds, microsOfSecond * 1_000);
    }

    /** "2023-11-14T22:13:20+00:00", or with ".500000" when there are fractions: Python's isoformat, as the CLI prints. */
    public static String isoUtc(BigDecimal epochSeconds) {
        Instant instant = fromEpochSeconds(epochSeconds);
        LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        String text = SECONDS.format(utc);
        int micros = utc.getNano() / 1_000;
        if (micros != 0) {
            text += String.format(Locale.ROOT, ".%06d", micros);
        }
        return text + "+00:00";
    }

    /** For people: "2023-11-14 23:13:20 CET" in the given zone. */
    public static String local(BigDecimal epochSeconds, ZoneId zone) {
        return LOCAL.format(fromEpochSeconds(epochSeconds).atZone(zone));
    }

}
