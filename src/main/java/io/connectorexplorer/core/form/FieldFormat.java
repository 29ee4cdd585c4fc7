package io.connectorexplorer.core.form;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** What a field's kind demands of its value before the model is asked; messages never quote the value. */
final class FieldFormat {

    private static final int LISTED_OPTIONS = 10;

    private FieldFormat() {}

    /** Why the filled value of {@code field} cannot be used, or empty when it can. */
    static Optional<String> problem(FieldSpec field, FormValues values) {
        String text = values.text(field.path()).orElse("");
        return switch (field.kind()) {
            case CHOICE ->
                field.options().isEmpty() || field.options().contains(text)
                        ? Optional.empty()
                        : Optional.of(oneOf(field.options()));
            case MULTI_CHOICE ->
                field.options().isEmpty() || field.options().containsAll(values.entries(field.path()))
                        ? Optional.empty()
                        : Optional.of("each entry " + oneOf(field.options()));
            case INTEGER -> whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case LONG -> whole(text, Long.MIN_VALUE, Long.MAX_VALUE);
            case BOOLEAN ->
                values.get(field.path()) instanceof Boolean
                                || "true".equalsIgnoreCase(text)
                                || "false".equalsIgnoreCase(text)
                        ? Optional.empty()
                        : Optional.of("must be true or false");
            case DATE -> parses(() -> LocalDate.parse(text), "must be a date like 2024-01-31");
            case DATETIME -> dateTime(text);
            default -> Optional.empty();
        };
    }

    private static Optional<String> whole(String text, long min, long max) {
        try {
            long n = Long.parseLong(text);
            if (n < min || n > max) {
                return Optional.of("must be between " + min + " and " + max);
            }
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(
                    text.matches("-?\\d+") ? "must be between " + min + " and " + max : "must be a whole number");
        }
    }

    private static Optional<String> dateTime(String text) {
        Optional<String> offset = parses(() -> OffsetDateTime.parse(text), "");
        if (offset.isEmpty()) {
            return offset;
        }
        return parses(() -> LocalDateTime.parse(text), "must be a date and time like 2024-01-31T09:30:00Z");
    }

    private static Optional<String> parses(Runnable parse, String message) {
        try {
            parse.run();
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(message);
        }
    }

    private static String oneOf(List<String> options) {
        return options.size() <= LISTED_OPTIONS
                ? "must be one of " + String.join(", ", options)
                : "must be one of the offered values";
    }
}
