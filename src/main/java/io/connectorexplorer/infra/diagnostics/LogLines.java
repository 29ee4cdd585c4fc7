package io.connectorexplorer.infra.diagnostics;

import io.connectorexplorer.core.diagnostics.ServiceCallRecord;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * The diagnostic log's lines: one per record, {@code time LEVEL what key=value…}, the time in UTC (as AWS tells
 * times; and no time-zone rules to load on the way out of a short command), a value quoted when it holds a space, a
 * quote or an equals sign, and a line break written as {@code \n} — so each record stays one line for grep.
 */
final class LogLines extends Formatter {

    private static final int LEVEL_WIDTH = 7;

    @Override
    public String format(LogRecord record) {
        // A builder, not '+': each new shape of string concatenation costs a short command a few milliseconds.
        String level = record.getLevel().getName();
        StringBuilder line =
                time(record.getInstant(), new StringBuilder(256)).append(' ').append(level);
        for (int i = level.length(); i <= LEVEL_WIDTH; i++) {
            line.append(' ');
        }
        return line.append(record.getMessage()).append(System.lineSeparator()).toString();
    }

    /** {@code 2025-01-14T09:30:12.345Z}: always with milliseconds, so the lines line up. */
    static StringBuilder time(Instant instant, StringBuilder into) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        into.append(utc.toLocalDate()).append('T');
        digits(into, utc.getHour(), 2).append(':');
        digits(into, utc.getMinute(), 2).append(':');
        digits(into, utc.getSecond(), 2).append('.');
        return digits(into, utc.getNano() / 1_000_000, 3).append('Z');
    }

    private static StringBuilder digits(StringBuilder into, int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            into.append('0');
        }
        return into.append(text);
    }

    /** {@code call AppFlow DescribeConnectors profile=… region=… endpoint=… status=500,200 requestId=… took=84ms}. */
    static String call(ServiceCallRecord call) {
        StringBuilder line = new StringBuilder("call ")
                .append(value(call.service()))
                .append(' ')
                .append(value(call.operation()));
        pair(line, "profile", call.profile());
        pair(line, "region", call.region());
        pair(line, "endpoint", call.endpoint());
        pair(line, "status", call.attempts().isEmpty() ? "" : String.join(",", call.attempts()));
        pair(line, "requestId", call.requestId());
        pair(line, "took", Long.toString(call.took().toMillis()).concat("ms"));
        pair(line, "error", call.error());
        return line.toString();
    }

    /** {@code problem title="…" detail="…" advice="…"}: what the person was shown. */
    static String problem(String title, String detail, String advice) {
        StringBuilder line = new StringBuilder("problem");
        pair(line, "title", title);
        pair(line, "detail", detail);
        pair(line, "advice", advice);
        return line.toString();
    }

    /** {@code start connector-explorer 0.1.0 java=17.0.2 os="Linux 6.1 amd64"}: written first in each run. */
    static String start(String version) {
        StringBuilder line = new StringBuilder("start connector-explorer ").append(value(version));
        pair(line, "java", System.getProperty("java.version"));
        String os = new StringBuilder(System.getProperty("os.name", ""))
                .append(' ')
                .append(System.getProperty("os.version", ""))
                .append(' ')
                .append(System.getProperty("os.arch", ""))
                .toString();
        pair(line, "os", os);
        return line.toString();
    }

    private static void pair(StringBuilder line, String key, String value) {
        if (value != null && !value.isEmpty()) {
            line.append(' ').append(key).append('=').append(value(value));
        }
    }

    static String value(String text) {
        if (text == null || text.isEmpty()) {
            return "\"\"";
        }
        boolean quote = false;
        StringBuilder escaped = new StringBuilder(text.length() + 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '\\' -> escaped.append('\\').append(c);
                case '\n', '\u2028', '\u2029' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> escaped.append(Character.isISOControl(c) ? ' ' : c);
            }
            quote |= c == ' ' || c == '"' || c == '=' || Character.isWhitespace(c) || Character.isISOControl(c);
        }
        return quote ? escaped.insert(0, '"').append('"').toString() : escaped.toString();
    }
}
