package io.connectorexplorer.core.diff;

import io.connectorexplorer.core.diff.DiffPath.Element;
import io.connectorexplorer.core.diff.DiffPath.Index;
import io.connectorexplorer.core.diff.DiffPath.Keyed;
import io.connectorexplorer.core.diff.DiffPath.Member;
import io.connectorexplorer.core.diff.DiffPath.Segment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Differences in a few words, for a history listing: counts by kind and where things changed. */
public final class DiffSummary {

    /** How many places a summary names before it says how many more there are. */
    static final int PLACES_NAMED = 3;

    private DiffSummary() {}

    /** Every kind, in declaration order, with its count (zero included). */
    public static Map<Difference.Kind, Integer> countByKind(List<Difference> differences) {
        Map<Difference.Kind, Integer> counts = new EnumMap<>(Difference.Kind.class);
        for (Difference.Kind kind : Difference.Kind.values()) {
            counts.put(kind, 0);
        }
        differences.forEach(d -> counts.merge(d.kind(), 1, Integer::sum));
        return counts;
    }

    /**
     * "2 changed, 1 added: authParameters apiKey.isRequired, supportedOperators" — the counts (changed, added,
     * removed; zeros left out), then the first few distinct {@link #place places} in the diff's order, and "and N
     * more" past them. "no differences" for none.
     */
    public static String inFewWords(List<Difference> differences) {
        if (differences.isEmpty()) {
            return "no differences";
        }
        Map<Difference.Kind, Integer> counts = countByKind(differences);
        List<String> parts = new ArrayList<>();
        for (Difference.Kind kind : List.of(Difference.Kind.CHANGED, Difference.Kind.ADDED, Difference.Kind.REMOVED)) {
            if (counts.get(kind) > 0) {
                parts.add(counts.get(kind) + " " + kind.name().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> places = new LinkedHashSet<>();
        differences.forEach(d -> places.add(place(d.path())));
        List<String> named = places.stream().limit(PLACES_NAMED).toList();
        String more = places.size() > PLACES_NAMED ? " and " + (places.size() - PLACES_NAMED) + " more" : "";
        return String.join(", ", parts) + ": " + String.join(", ", named) + more;
    }

    /**
     * Where a path points, in words: the innermost list it goes through, the element's key (or position) and the
     * members below it — "authParameters apiKey.isRequired", "connectorRuntimeSettings batchSize", "tokenUrls" for
     * any element of that set — or, outside lists, the last member name ("connectorVersion").
     */
    public static String place(DiffPath path) {
        List<Segment> segments = path.segments();
        int element = -1;
        for (int i = 0; i < segments.size(); i++) {
            if (!(segments.get(i) instanceof Member)) {
                element = i;
            }
        }
        if (element < 0) {
            return segments.isEmpty() ? "$" : ((Member) segments.get(segments.size() - 1)).name();
        }
        String list = element > 0 && segments.get(element - 1) instanceof Member m ? m.name() : "";
        Segment at = segments.get(element);
        if (at instanceof Element) {
            return list.isEmpty() ? "[…]" : list;
        }
        StringBuilder b = new StringBuilder(list);
        if (at instanceof Keyed k) {
            b.append(list.isEmpty() ? "" : " ").append(k.key());
        } else if (at instanceof Index i) {
            b.append('[').append(i.index()).append(']');
        }
        for (Segment below : segments.subList(element + 1, segments.size())) {
            b.append('.').append(((Member) below).name());
        }
        return b.toString();
    }
}
