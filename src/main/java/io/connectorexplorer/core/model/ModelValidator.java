package io.connectorexplorer.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a JSON value against a shape of a {@link ServiceModel} the way the service validates a request:
 * required members, types, patterns, lengths, enums, list and map sizes, map keys, nested structures, and members
 * the shape does not have. Messages say what is wrong in words ({@link PatternDescriptions}); a broken pattern's
 * regex is the violation's detail. Messages never quote the value, so a secret cannot leak through them.
 *
 * <p>A pattern must match the whole value. Smithy leaves patterns unanchored, but AppFlow's own validation does
 * not: it refuses connectorLabel "Google BigQuery" against {@code [a-zA-Z0-9][\w!@.-]+} (cdklabs/cdk-appflow#282),
 * which a search for the pattern inside the value would accept.
 */
public final class ModelValidator {

    /** What a message about a map key starts with; its violations are {@link Violation#aboutKey()}. */
    private static final String KEY = "key: ";

    private static final Map<String, Optional<Pattern>> PATTERNS = new ConcurrentHashMap<>();
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final ServiceModel model;
    private final List<Violation> violations = new ArrayList<>();

    private ModelValidator(ServiceModel model) {
        this.model = model;
    }

    /** Every violation in {@code value} as a {@code shapeName}, in document order; empty when it is valid. */
    public static List<Violation> validate(ServiceModel model, String shapeName, JsonNode value) {
        ModelValidator validator = new ModelValidator(model);
        validator.check(model.shape(shapeName), value, "");
        return List.copyOf(validator.violations);
    }

    private void check(Shape shape, JsonNode value, String path) {
        switch (shape.type()) {
            case Shape.STRUCTURE -> structure(shape, value, path);
            case Shape.LIST -> list(shape, value, path);
            case Shape.MAP -> map(shape, value, path);
            case Shape.STRING -> string(shape, value, path, "");
            case Shape.BOOLEAN -> expect(value.isBoolean(), path, "must be true or false");
            case Shape.INTEGER -> whole(shape, value, path, INT_MIN, INT_MAX);
            case Shape.LONG -> whole(shape, value, path, LONG_MIN, LONG_MAX);
            case "double", "float" -> expect(value.isNumber(), path, "must be a number");
            case "timestamp" -> expect(value.isNumber() || value.isTextual(), path, "must be a timestamp");
            case "blob" -> expect(value.isTextual(), path, "must be base64 text");
            default -> {
                // A type this validator does not know (a newer model): accept rather than guess.
            }
        }
    }

    private void structure(Shape shape, JsonNode value, String path) {
        if (!expect(value.isObject(), path, "must be an object")) {
            return;
        }
        shape.members().forEach((name, member) -> {
            JsonNode child = value.get(name);
            String childPath = JsonPointers.child(path, name);
            if (child == null || child.isNull()) {
                if (member.required()) {
                    violations.add(new Violation(childPath, "is required"));
                }
            } else {
                check(model.shape(member.shapeName()), child, childPath);
            }
        });
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!shape.members().containsKey(name)) {
                violations.add(new Violation(JsonPointers.child(path, name), "is not a known member"));
            }
        }
    }

    private void list(Shape shape, JsonNode value, String path) {
        if (!expect(value.isArray(), path, "must be a list")) {
            return;
        }
        size(shape, value.size(), path, "item");
        Shape element = model.shape(shape.listMember());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemPath = JsonPointers.child(path, Integer.toString(i));
            if (item.isNull()) {
                violations.add(new Violation(itemPath, "must not be empty"));
            } else {
                check(element, item, itemPath);
            }
        }
    }

    private void map(Shape shape, JsonNode value, String path) {
        if (!expect(value.isObject(), path, "must be an object")) {
            return;
        }
        size(shape, value.size(), path, "entry");
        Shape key = model.shape(shape.mapKey());
        Shape entry = model.shape(shape.mapValue());
        value.fields().forEachRemaining(e -> {
            String entryPath = JsonPointers.child(path, e.getKey());
            string(key, TextNode.valueOf(e.getKey()), entryPath, KEY);
            if (e.getValue().isNull()) {
                violations.add(new Violation(entryPath, "must not be empty"));
            } else {
                check(entry, e.getValue(), entryPath);
            }
        });
    }

    /** A string value, or a map key when {@code subject} is {@link #KEY}. */
    private void string(Shape shape, JsonNode value, String path, String subject) {
        boolean key = subject.equals(KEY);
        if (!value.isTextual()) {
            violations.add(new Violation(path, subject + "must be text", "", key));
            return;
        }
        String text = value.textValue();
        if (shape.isEnum()) {
            if (!shape.enumValues().contains(text)) {
                String message = subject + "must be one of " + String.join(", ", shape.enumValues());
                violations.add(new Violation(path, message, "", key));
            }
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (shape.min() != null && length < shape.min()) {
            violations.add(new Violation(path, subject + "at least " + count(shape.min(), "character"), "", key));
        } else if (shape.max() != null && length > shape.max()) {
            violations.add(new Violation(path, subject + "at most " + count(shape.max(), "character"), "", key));
        }
        if (compiled(shape.pattern()).filter(p -> !matches(p, text)).isPresent()) {
            String message = subject + PatternDescriptions.describe(shape.pattern());
            violations.add(new Violation(path, message, shape.pattern(), key));
        }
    }

    /** Whether {@code text} is in the form {@code pattern} asks for: the service matches the whole value. */
    static boolean matches(Pattern pattern, String text) {
        return pattern.matcher(text).matches();
    }

    private void whole(Shape shape, JsonNode value, String path, BigInteger lowest, BigInteger highest) {
        if (!expect(value.isIntegralNumber(), path, "must be a whole number")) {
            return;
        }
        BigInteger n = value.bigIntegerValue();
        BigInteger min = shape.min() == null ? lowest : lowest.max(BigInteger.valueOf(shape.min()));
        BigInteger max = shape.max() == null ? highest : highest.min(BigInteger.valueOf(shape.max()));
        if (n.compareTo(min) < 0) {
            violations.add(new Violation(path, "at least " + min));
        } else if (n.compareTo(max) > 0) {
            violations.add(new Violation(path, "at most " + max));
        }
    }

    private void size(Shape shape, int size, String path, String unit) {
        if (shape.min() != null && size < shape.min()) {
            violations.add(new Violation(path, "at least " + count(shape.min(), unit)));
        } else if (shape.max() != null && size > shape.max()) {
            violations.add(new Violation(path, "at most " + count(shape.max(), unit)));
        }
    }

    private boolean expect(boolean ok, String path, String message) {
        if (!ok) {
            violations.add(new Violation(path, message));
        }
        return ok;
    }

    private static String count(long n, String unit) {
        if (n == 1) {
            return "1 " + unit;
        }
        return n + " " + (unit.endsWith("y") ? unit.substring(0, unit.length() - 1) + "ies" : unit + "s");
    }

    /** Model patterns as Java regexes, compiled once; one Java cannot read is skipped rather than failing a form. */
    static Optional<Pattern> compiled(String pattern) {
        if (pattern == null) {
            return Optional.empty();
        }
        return PATTERNS.computeIfAbsent(pattern, p -> {
            try {
                return Optional.of(Pattern.compile(p));
            } catch (PatternSyntaxException e) {
                return Optional.empty();
            }
        });
    }
}
