package io.connectorexplorer.infra.diagnostics;

import io.connectorexplorer.core.diagnostics.ServiceCallRecord;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * The diagnostic log's lines: one per record, {@code time LEVEL what key=value…}, a value quoted when it holds a
 * space, a quote or an equals sign, and a line break written as {@code \n} — so each record stays one line for grep.
 */
final class LogLines extends Formatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");

    private final ZoneId zone;

    LogLines(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String format(LogRecord record) {
        return TIME.format(OffsetDateTime.ofInstant(record.getInstant(), zone)) + " "
                + String.format("%-7s", record.getLevel().getName()) + " " + record.getMessage()
                + System.lineSeparator();
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
        pair(line, "took", call.took().toMillis() + "ms");
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
        pair(
                line,
                "os",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
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
        return quote ? "\"" + escaped + "\"" : escaped.toString();
    }
}
