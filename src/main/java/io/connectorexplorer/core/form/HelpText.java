package io.connectorexplorer.core.form;

import java.util.Locale;
import java.util.Set;

/**
 * A field's help split for showing: the first sentence under the field, the rest on demand. Model descriptions run
 * to paragraphs; their first sentence says what the field is. A sentence ends at . ! or ? followed by a space and a
 * capital, a digit or an opening quote — so "e.g. Salesforce", "OAuth 2.0 or later" and addresses such as
 * {@code https://example.com/a.html} stay inside their sentence.
 *
 * @param firstSentence the whole help when it is one sentence; "" when there is no help
 * @param rest          what follows the first sentence, or "" when nothing does
 */
public record HelpText(String firstSentence, String rest) {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "eg", "ie", "vs", "cf", "approx", "incl", "esp", "viz", "a.k.a", "u.s", "mr", "mrs", "ms",
            "dr", "st");
    private static final String CLOSERS = ")]\"'”’";

    public HelpText {
        firstSentence = firstSentence == null ? "" : firstSentence;
        rest = rest == null ? "" : rest;
    }

    public static HelpText of(String help) {
        String text = help == null ? "" : help.strip();
        int end = firstSentenceEnd(text);
        if (end < 0) {
            return new HelpText(text, "");
        }
        return new HelpText(text.substring(0, end).strip(), text.substring(end).strip());
    }

    public boolean hasMore() {
        return !rest.isEmpty();
    }

    /** Where the first sentence ends (after its stop and closing quotes), or -1 when the text is one sentence. */
    private static int firstSentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            int next = end;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next == end || next >= text.length() || !startsSentence(text.charAt(next))) {
                continue;
            }
            if (c == '.' && isAbbreviation(text, i)) {
                continue;
            }
            return end;
        }
        return -1;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘(".indexOf(c) >= 0;
    }

    /** The word before the full stop at {@code dot} is an abbreviation ("e.g") or an initial ("J"). */
    private static boolean isAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '(') {
            start--;
        }
        String word = text.substring(start, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
