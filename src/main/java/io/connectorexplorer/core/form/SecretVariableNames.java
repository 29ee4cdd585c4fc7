package io.connectorexplorer.core.form;

import io.connectorexplorer.core.model.JsonPointers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Environment variable names for the secrets of a copied command, from the member or key each value goes in:
 * {@code apiToken} → {@code APPFLOW_SECRET_API_TOKEN}. Names are unique within one command: a name taken already
 * gets the words of the member above it ({@code APPFLOW_SECRET_OAUTH2_CLIENT_SECRET}), then a number.
 */
final class SecretVariableNames {

    static final String PREFIX = "APPFLOW_SECRET_";
    private static final Pattern WORD = Pattern.compile("[A-Z]+\\d*(?![a-z])|[A-Z]?[a-z]+\\d*|\\d+");

    private final Set<String> taken = new HashSet<>();

    String nameFor(String path) {
        List<String> segments = JsonPointers.segments(path);
        String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
        String parent = segments.size() > 1 ? segments.get(segments.size() - 2) : "";
        boolean index = !last.isEmpty() && last.chars().allMatch(Character::isDigit);
        String name = index ? words(parent) + "_" + (Integer.parseInt(last) + 1) : words(last);
        if (name.isEmpty()) {
            name = "VALUE";
        }
        if (taken.contains(PREFIX + name) && !index && !words(parent).isEmpty()) {
            name = words(parent) + "_" + name;
        }
        String unique = PREFIX + name;
        for (int n = 2; taken.contains(unique); n++) {
            unique = PREFIX + name + "_" + n;
        }
        taken.add(unique);
        return unique;
    }

    /** "clientSecret" → "CLIENT_SECRET", "x-api.key" → "X_API_KEY": words of ASCII letters and digits only. */
    static String words(String member) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(member);
        while (m.find()) {
            words.add(m.group().toUpperCase(Locale.ROOT));
        }
        return String.join("_", words);
    }
}
