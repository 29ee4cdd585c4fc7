package io.connectorexplorer.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One shape of an AWS service model, with the constraint traits the service enforces on requests.
 * {@code min}/{@code max} bound a string's length, a list's or map's size, or a number's value.
 *
 * @param members    structure members in model order, keyed by their JSON name
 * @param listMember shape of a list's elements (null unless a list)
 * @param mapKey     shape of a map's keys (null unless a map)
 * @param mapValue   shape of a map's values (null unless a map)
 */
public record Shape(
        String name,
        String type,
        Map<String, Member> members,
        List<String> enumValues,
        String pattern,
        Long min,
        Long max,
        boolean sensitive,
        String listMember,
        String mapKey,
        String mapValue) {

    public static final String STRUCTURE = "structure";
    public static final String LIST = "list";
    public static final String MAP = "map";
    public static final String STRING = "string";
    public static final String BOOLEAN = "boolean";
    public static final String INTEGER = "integer";
    public static final String LONG = "long";

    /**
     * A structure member: the shape it targets, whether the structure requires it, and its documentation
     * as plain text (empty when the model has none).
     */
    public record Member(String shapeName, boolean required, String documentation) {

        public Member {
            Objects.requireNonNull(shapeName, "shapeName");
            documentation = documentation == null ? "" : documentation;
        }

        public Member(String shapeName, boolean required) {
            this(shapeName, required, "");
        }
    }

    public Shape {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        members = Collections.unmodifiableMap(new LinkedHashMap<>(members == null ? Map.of() : members));
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
    }

    public boolean isStructure() {
        return STRUCTURE.equals(type);
    }

    public boolean isEnum() {
        return !enumValues.isEmpty();
    }

    public Optional<Member> member(String memberName) {
        return Optional.ofNullable(members.get(memberName));
    }

    /** The member whose name equals {@code name} ignoring case: "Googleanalytics" finds "GoogleAnalytics". */
    public Optional<String> memberNameIgnoringCase(String name) {
        if (members.containsKey(name)) {
            return Optional.of(name);
        }
        return members.keySet().stream().filter(m -> m.equalsIgnoreCase(name)).findFirst();
    }
}
