package io.connectorexplorer.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6901 JSON Pointers as strings: {@code /connectorProfileConfig/connectorProfileCredentials}. Member names
 * are escaped ({@code ~} → {@code ~0}, {@code /} → {@code ~1}) so a parameter key like {@code a/b} stays one segment.
 */
public final class JsonPointers {

    private JsonPointers() {}

    /** The pointer to member (or index) {@code segment} under {@code parent}; the root is "". */
    public static String child(String parent, String segment) {
        return parent + "/" + segment.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer made of these unescaped segments. */
    public static String of(String... segments) {
        String pointer = "";
        for (String segment : segments) {
            pointer = child(pointer, segment);
        }
        return pointer;
    }

    /** The unescaped segments; "" (the whole document) has none. */
    public static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) {
            return segments;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("A JSON Pointer starts with /: " + pointer);
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            segments.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }

    /** The last unescaped segment, or "" for the root. */
    public static String last(String pointer) {
        List<String> segments = segments(pointer);
        return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    }

    /** True when {@code pointer} is {@code ancestor} or lies inside it. */
    public static boolean isWithin(String pointer, String ancestor) {
        return pointer.equals(ancestor) || pointer.startsWith(ancestor + "/");
    }
}
