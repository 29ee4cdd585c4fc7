package io.connectorexplorer.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.connectorexplorer.core.json.JsonFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a difference sits: a chain of segments from the document's root, printed as
 *
 * <pre>
 * $                        the document compared
 * .name                    a member whose name is plain: [A-Za-z_][A-Za-z0-9_]*
 * ["a.b"]                  any other member: its name as a JSON string
 * [3]                      an element of a list compared by position
 * [key=apiKey]             the element of a keyed list whose key member (here {@code key}) is apiKey
 * [key="a.b"]              ... a key that is not a plain token, as a JSON string
 * [EQUAL_TO]               the element of a set equal to the string EQUAL_TO (a plain token)
 * [="v51.0"] [=3] [=null]  any other element of a set, as JSON
 * </pre>
 *
 * A plain token is {@code [A-Za-z_][A-Za-z0-9_-]*}. Each form starts differently (a letter after a dot; a quote, a
 * digit, {@code =} or a letter after a bracket, and only the keyed form has a name before {@code =}), so the text
 * names one place whatever the keys hold: {@link #parse} reads back every path {@link #toString} writes. For example
 * {@code $.connectorConfiguration.authenticationConfig.customAuthConfigs[customAuthenticationType=CUSTOM]
 * .authParameters[key=apiKey].isRequired}.
 */
public final class DiffPath {

    /** One step down a document. */
    public sealed interface Segment {}

    /** A member of an object. */
    public record Member(String name) implements Segment {
        public Member {
            Objects.requireNonNull(name);
        }
    }

    /** An element of a list compared by position. */
    public record Index(int index) implements Segment {
        public Index {
            if (index < 0) {
                throw new IllegalArgumentException("negative index " + index);
            }
        }
    }

    /** The element of a keyed list whose member {@code keyMember} has the text {@code key}. */
    public record Keyed(String keyMember, String key) implements Segment {
        public Keyed {
            if (!PLAIN_NAME.matcher(keyMember).matches()) {
                throw new IllegalArgumentException("a key member must be a plain name: " + keyMember);
            }
            Objects.requireNonNull(key);
        }
    }

    /**
     * The element of a set equal to {@code value}, a scalar (text, number, boolean or null). Equal as the set's
     * elements are: 3 and 3.0 are the same element.
     */
    public record Element(JsonNode value) implements Segment {
        public Element {
            if (value == null || WireValues.identity(value) == null) {
                throw new IllegalArgumentException("a set element is a scalar");
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Element other && WireValues.identity(value).equals(WireValues.identity(other.value));
        }

        @Override
        public int hashCode() {
            return WireValues.identity(value).hashCode();
        }
    }

    static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    static final Pattern PLAIN_TOKEN = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private static final DiffPath ROOT = new DiffPath(null, null, 0);

    private final DiffPath parent;
    private final Segment last;
    private final int depth;

    // A parent link, not a copied list: a diff of thousands of parameters makes thousands of paths.
    private DiffPath(DiffPath parent, Segment last, int depth) {
        this.parent = parent;
        this.last = last;
        this.depth = depth;
    }

    public static DiffPath root() {
        return ROOT;
    }

    public DiffPath member(String name) {
        return then(new Member(name));
    }

    public DiffPath index(int index) {
        return then(new Index(index));
    }

    public DiffPath keyed(String keyMember, String key) {
        return then(new Keyed(keyMember, key));
    }

    public DiffPath element(JsonNode value) {
        return then(new Element(value));
    }

    public DiffPath then(Segment segment) {
        return new DiffPath(this, Objects.requireNonNull(segment), depth + 1);
    }

    /** The path this one extends; the root's parent is the root. */
    public DiffPath parent() {
        return parent == null ? this : parent;
    }

    /** The last segment, or null for the root. */
    public Segment last() {
        return last;
    }

    public int depth() {
        return depth;
    }

    public boolean isRoot() {
        return depth == 0;
    }

    /** From the root down. */
    public List<Segment> segments() {
        List<Segment> segments = new ArrayList<>(depth);
        for (DiffPath p = this; p.last != null; p = p.parent) {
            segments.add(p.last);
        }
        Collections.reverse(segments);
        return segments;
    }

    /** Reads a path as {@link #toString} writes it. */
    public static DiffPath parse(String text) {
        return new DiffPathReader(text).read();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("$");
        for (Segment segment : segments()) {
            if (segment instanceof Member m) {
                b.append(PLAIN_NAME.matcher(m.name()).matches() ? "." + m.name() : "[" + json(m.name()) + "]");
            } else if (segment instanceof Index i) {
                b.append('[').append(i.index()).append(']');
            } else if (segment instanceof Keyed k) {
                b.append('[')
                        .append(k.keyMember())
                        .append('=')
                        .append(token(k.key()))
                        .append(']');
            } else if (segment instanceof Element e) {
                boolean plain = e.value().isTextual()
                        && PLAIN_TOKEN.matcher(e.value().textValue()).matches();
                b.append(plain ? "[" + e.value().textValue() + "]" : "[=" + JsonFormat.compact(e.value()) + "]");
            }
        }
        return b.toString();
    }

    private static String token(String text) {
        return PLAIN_TOKEN.matcher(text).matches() ? text : json(text);
    }

    private static String json(String text) {
        return JsonFormat.compact(TextNode.valueOf(text));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DiffPath other) || other.depth != depth) {
            return false;
        }
        for (DiffPath a = this, b = other; a != b; a = a.parent, b = b.parent) {
            if (!a.last.equals(b.last)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return segments().hashCode();
    }
}
