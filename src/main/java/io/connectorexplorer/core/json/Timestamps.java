package io.connectorexplorer.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Wire timestamps are epoch seconds; exports show them as the AWS CLI v2 does, the UI in the user's zone. */
public final class Timestamps {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
    // English zone abbreviations (CET, EST); the root locale has none on newer JDKs and prints GMT+01:00.
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.US);

    private Timestamps() {}

    /**
     * To the microsecond, rounded exactly as the AWS CLI rounds: it reads the number as a double and Python's
     * {@code datetime.fromtimestamp} rounds the double's fraction half-even. With more than six decimals that
     * can differ from rounding the decimal text (1707669350.8194326 is .819432 there, not .819433).
     */
    public static Instant fromEpochSeconds(BigDecimal epochSeconds) {
        if (epochSeconds.scale() <= 0) {
            return Instant.ofEpochSecond(epochSeconds.longValueExact());
        }
        double value = epochSeconds.doubleValue();
        double whole = value < 0 ? Math.ceil(value) : Math.floor(value);
        double micros = Math.rint((value - whole) * 1e6);
        if (micros >= 1e6) {
            micros -= 1e6;
            whole += 1;
        } else if (micros < 0) {
            micros += 1e6;
            whole -= 1;
        }
        return Instant.ofEpochSecond((long) whole, (long) micros * 1_000);
    }

    /**
     * The instant a wire value names: epoch seconds (1700000000, 1.7E9, 1700000000.5) or an ISO-8601 text with an
     * offset ("2023-11-14T22:13:20Z", "2023-11-14T22:13:20+00:00", as exports write it). Empty for anything else —
     * a value the service never sent as a timestamp is compared as it is, not rejected.
     */
    public static Optional<Instant> fromWire(JsonNode value) {
        try {
            if (value != null && value.isNumber()) {
                return Optional.of(fromEpochSeconds(value.decimalValue()));
            }
            if (value != null && value.isTextual()) {
                return Optional.of(OffsetDateTime.parse(value.textValue()).toInstant());
            }
        } catch (ArithmeticException | DateTimeException | NumberFormatException e) {
            // out of range, not a date, or a double that is NaN or infinite: not an instant
        }
        return Optional.empty();
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
