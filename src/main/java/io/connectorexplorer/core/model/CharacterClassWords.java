package io.connectorexplorer.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regex character class ({@code [\w/!@#+=.-]}, {@code \S}, {@code .}) in words: "letters, digits and _ / ! @ #
 * + = . - only; no spaces or accents", or by what it leaves out: "no spaces, tabs or line breaks". The words come
 * from asking the compiled class about each character, not from reading its text, so ranges such as {@code +-=}
 * (which take in digits and {@code , ; <}) are said as they behave.
 */
final class CharacterClassWords {

    /** Printable ASCII punctuation: 32 characters. */
    private static final int ALL_SYMBOLS = 32;

    private final String source;
    private final Pattern atom;

    private CharacterClassWords(String source, Pattern atom) {
        this.source = source;
        this.atom = atom;
    }

    /** The words for a class that one character must match, or empty when this class is not one to put in words. */
    static Optional<String> of(String classSource) {
        try {
            return new CharacterClassWords(classSource, Pattern.compile(classSource)).words();
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
    }

    private Optional<String> words() {
        Optional<String> lowerLetters = share('a', 'z');
        Optional<String> upperLetters = share('A', 'Z');
        Optional<String> digits = share('0', '9');
        if (lowerLetters.isEmpty() || upperLetters.isEmpty() || digits.isEmpty()) {
            return Optional.empty(); // a part of the letters or digits: not worth words
        }
        boolean lower = lowerLetters.get().equals("all");
        boolean upper = upperLetters.get().equals("all");
        boolean anyDigit = digits.get().equals("all");
        List<Character> symbols = symbols();
        boolean space = accepts(' ');
        if (lower && upper && anyDigit && symbols.size() == ALL_SYMBOLS) {
            return Optional.of(byExclusion(space));
        }
        List<String> parts = new ArrayList<>();
        if (lower && upper) {
            parts.add("letters");
        } else if (lower) {
            parts.add("lowercase letters");
        } else if (upper) {
            parts.add("capital letters");
        }
        if (anyDigit) {
            parts.add("digits");
        }
        if (space) {
            parts.add("spaces");
        }
        if (!symbols.isEmpty()) {
            StringBuilder listed = new StringBuilder();
            symbols.forEach(c -> listed.append(listed.isEmpty() ? "" : " ").append(c));
            parts.add(listed.toString());
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        // Spaces and accents are what people type into text that such a class refuses; said for text only.
        List<String> notes = new ArrayList<>();
        if ((lower || upper) && !space) {
            notes.add("spaces");
        }
        if ((lower || upper) && !accepts('é')) {
            notes.add("accents");
        }
        String words = series(parts) + " only";
        return Optional.of(notes.isEmpty() ? words : words + "; no " + series(notes, "or"));
    }

    /** A class that takes every letter, digit and symbol, said by what it leaves out. */
    private String byExclusion(boolean space) {
        List<String> excluded = new ArrayList<>();
        if (!space) {
            excluded.add("spaces");
        }
        if (!accepts('\t')) {
            excluded.add("tabs");
        }
        if (!accepts('\n') || !accepts('\r')) {
            excluded.add("line breaks");
        }
        if (!accepts('\u0001')) {
            excluded.add("control characters");
        }
        if (!accepts('é') || !accepts('日')) {
            excluded.add("characters outside ASCII");
        }
        return excluded.isEmpty() ? "any text" : "no " + series(excluded, "or");
    }

    /** One character of this class, in words: "a letter or digit"; empty when the class is more than that. */
    static Optional<String> oneCharacter(String classSource) {
        return of(classSource)
                .map(words -> switch (words) {
                    case "letters and digits only; no spaces or accents" -> "a letter or digit";
                    case "letters only; no spaces or accents" -> "a letter";
                    case "digits only" -> "a digit";
                    default -> "";
                })
                .filter(words -> !words.isEmpty());
    }

    /** "all", "none" or empty (some) of the characters from {@code first} to {@code last}. */
    private Optional<String> share(char first, char last) {
        int accepted = 0;
        for (char c = first; c <= last; c++) {
            accepted += accepts(c) ? 1 : 0;
        }
        if (accepted == 0) {
            return Optional.of("none");
        }
        return accepted == last - first + 1 ? Optional.of("all") : Optional.empty();
    }

    /**
     * The punctuation the class takes: the _ of {@code \w} first ("letters, digits and _"), then those its text
     * names, in that order, then the rest in ASCII order.
     */
    private List<Character> symbols() {
        List<Character> symbols = new ArrayList<>();
        if (source.contains("\\w") && accepts('_')) {
            symbols.add('_');
        }
        for (char c : source.toCharArray()) {
            if (isSymbol(c) && accepts(c) && !symbols.contains(c)) {
                symbols.add(c);
            }
        }
        for (char c = '!'; c <= '~'; c++) {
            if (isSymbol(c) && accepts(c) && !symbols.contains(c)) {
                symbols.add(c);
            }
        }
        return symbols;
    }

    private static boolean isSymbol(char c) {
        return c > ' ' && c <= '~' && !Character.isLetterOrDigit(c);
    }

    private boolean accepts(char c) {
        return atom.matcher(String.valueOf(c)).matches();
    }

    static String series(List<String> items) {
        return series(items, "and");
    }

    private static String series(List<String> items, String conjunction) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
                + items.get(items.size() - 1);
    }
}
