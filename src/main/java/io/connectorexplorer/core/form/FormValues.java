package io.connectorexplorer.core.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the user has entered, by field path: text as String, {@link FieldKind#MULTI_CHOICE} as a list of
 * strings, {@link FieldKind#BOOLEAN} as a Boolean. This is the only place secrets live; {@link #clear()} drops
 * them when the form closes or the connector changes, and {@link #toString()} never prints a value.
 * Java strings cannot be wiped in place, so clearing releases them to the garbage collector; nothing here
 * copies them anywhere else. Used from one thread (the UI thread).
 */
public final class FormValues {

    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Sets text; null or "" removes the value. Whitespace is kept: the model decides whether it is allowed. */
    public void set(String path, String text) {
        if (text == null || text.isEmpty()) {
            values.remove(path);
        } else {
            values.put(path, text);
        }
    }

    /** Sets the chosen entries of a multi-choice field; null or empty removes the value. */
    public void set(String path, List<String> entries) {
        if (entries == null || entries.isEmpty()) {
            values.remove(path);
        } else {
            values.put(path, List.copyOf(entries));
        }
    }

    /** Sets a boolean field; null removes the value (neither true nor false chosen). */
    public void set(String path, Boolean flag) {
        if (flag == null) {
            values.remove(path);
        } else {
            values.put(path, flag);
        }
    }

    /** The raw value: a String, a List of String, a Boolean, or null when the field is empty. */
    public Object get(String path) {
        return values.get(path);
    }

    /** The value as text: a Boolean as "true"/"false", a list joined by commas. */
    public Optional<String> text(String path) {
        Object value = values.get(path);
        if (value instanceof List<?> list) {
            return Optional.of(
                    String.join(",", list.stream().map(String::valueOf).toList()));
        }
        return Optional.ofNullable(value).map(String::valueOf);
    }

    /** The entries of a multi-choice field; a single text value counts as one entry. */
    public List<String> entries(String path) {
        Object value = values.get(path);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    public boolean isFilled(String path) {
        return values.containsKey(path);
    }

    public void remove(String path) {
        values.remove(path);
    }

    public Set<String> paths() {
        return Set.copyOf(values.keySet());
    }

    public int size() {
        return values.size();
    }

    /** Forgets every value, secrets included. */
    public void clear() {
        values.clear();
    }

    @Override
    public String toString() {
        return "FormValues[" + values.size() + " filled]";
    }
}
