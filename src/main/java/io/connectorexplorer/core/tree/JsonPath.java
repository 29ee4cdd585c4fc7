package io.connectorexplorer.core.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/** Where a node sits in a document, printed the way jq users and JSONPath tools read it. */
public final class JsonPath {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    /** A member name (String) or an array index (Integer). */
    private final List<Object> segments;

    private JsonPath(List<Object> segments) {
        this.segments = Collections.unmodifiableList(segments);
    }

    public static JsonPath root() {
        return new JsonPath(List.of());
    }

    public JsonPath member(String name) {
        List<Object> next = new ArrayList<>(segments);
        next.add(name);
        return new JsonPath(next);
    }

    public JsonPath index(int index) {
        List<Object> next = new ArrayList<>(segments);
        next.add(index);
        return new JsonPath(next);
    }

    public List<Object> segments() {
        return segments;
    }

    public int depth() {
        return segments.size();
    }

    public boolean startsWith(JsonPath prefix) {
        return prefix.segments.size() <= segments.size()
                && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
    }

    /** {@code $.connectorConfiguration.authenticationConfig.customAuthConfigs[0]['odd key']}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("$");
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                b.append('[').append(index).append(']');
            } else {
                String name = (String) segment;
                if (IDENTIFIER.matcher(name).matches()) {
                    b.append('.').append(name);
                } else {
                    b.append("['")
                            .append(name.replace("\\", "\\\\").replace("'", "\\'"))
                            .append("']");
                }
            }
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonPath other && other.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }
}
