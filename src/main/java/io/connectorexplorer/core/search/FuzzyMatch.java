package io.connectorexplorer.core.search;

import java.util.Locale;

/**
 * How well a few typed letters match a name, as quick switchers rank: every letter must appear in order; matches at
 * the start of the name or of a word ("prod" in "acme-prod", "ec" in "eu-central-1") and runs of adjacent letters score
 * higher, and shorter names win ties. Case does not matter.
 */
public final class FuzzyMatch {

    /** No match. */
    public static final int NONE = Integer.MIN_VALUE;

    private FuzzyMatch() {}

    /** The score of {@code query} against {@code name}: {@link #NONE} when some letter is missing, else higher is better. */
    public static int score(String query, String name) {
        String q = query.replace(" ", "").toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return 0;
        }
        String n = name.toLowerCase(Locale.ROOT);
        // Two ways to place the letters: leftmost (always finds a match if there is one), and jumping to word
        // starts (finds "prod" in "staging-prod"); the better of those that match.
        int score = Math.max(align(q, n, false), align(q, n, true));
        if (score == NONE) {
            return NONE;
        }
        if (n.startsWith(q)) {
            score += 20;
        } else if (n.contains(q)) {
            score += 10;
        }
        return score * 100 - Math.min(99, n.length());
    }

    private static int align(String q, String n, boolean preferWordStarts) {
        int score = 0;
        int from = 0;
        int previous = -2;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            int at = n.indexOf(c, from);
            if (at < 0) {
                return NONE;
            }
            int atWordStart = preferWordStarts ? nextWordStart(n, c, from) : -1;
            if (atWordStart >= 0 && atWordStart != at && at != previous + 1) {
                at = atWordStart;
            }
            score += 1;
            if (at == previous + 1) {
                score += 5;
            }
            if (isWordStart(n, at)) {
                score += at == 0 ? 10 : 8;
            }
            previous = at;
            from = at + 1;
        }
        return score;
    }

    private static int nextWordStart(String name, char c, int from) {
        for (int i = from; i < name.length(); i++) {
            if (name.charAt(i) == c && isWordStart(name, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isWordStart(String name, int at) {
        if (at == 0) {
            return true;
        }
        char before = name.charAt(at - 1);
        return !Character.isLetterOrDigit(before);
    }
}
