package io.connectorexplorer.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model's string patterns in words, for a message beside a field: {@code [\w/!@#+=.-]+} → "letters, digits and
 * _ / ! @ # + = . - only; no spaces or accents". Covers the shapes of pattern the AppFlow model uses — one
 * character class repeated, with an optional literal start or excluded prefix; ARNs; web addresses; a JSON web
 * token — and says {@link #FALLBACK} for anything else rather than quoting the regex.
 */
public final class PatternDescriptions {

    public static final String FALLBACK = "must be in the form the service expects";

    private static final String ATOM = "(\\[(?:\\\\.|[^\\]\\\\])+\\]|\\\\[SsWwDd]|\\.)";
    private static final String QUANTIFIER = "([*+]|\\{\\d+\\})";
    private static final Pattern REPEATED = Pattern.compile("\\^?" + ATOM + QUANTIFIER + "\\$?");
    private static final Pattern LITERAL_START =
            Pattern.compile("\\^?\\(?([A-Za-z0-9][A-Za-z0-9.:-]*?)\\)?" + ATOM + QUANTIFIER + "\\$?");
    private static final Pattern EXCLUDED_START = Pattern.compile("\\^?\\(\\?!([^)]+)\\)" + ATOM + QUANTIFIER + "\\$?");
    private static final Pattern FIRST_THEN = Pattern.compile("\\^?" + ATOM + ATOM + QUANTIFIER + "\\$?");
    private static final Pattern EMPTY_OR = Pattern.compile("\\^\\$\\|(.+)");
    private static final Pattern ARN = Pattern.compile("arn:aws:([a-z0-9-]+|\\.\\*):\\.\\*:\\[0-9\\]\\+:\\.\\*");
    private static final Pattern ADDRESS = Pattern.compile("\\^\\(([a-z?|]+)\\)://\\[[^\\]]+\\]\\*\\[[^\\]]+\\]");
    private static final String JWT = "^([a-zA-Z0-9_=]+)\\.([a-zA-Z0-9_=]+)\\.([a-zA-Z0-9_\\-\\+\\/=]*)";
    private static final Map<String, String> ARN_KINDS = Map.of(
            "iam", "an IAM role ARN",
            "kms", "a KMS key ARN",
            "secretsmanager", "a Secrets Manager secret ARN",
            "appflow", "an AppFlow ARN");

    private PatternDescriptions() {}

    /** What a value must be to match {@code pattern} as a whole, in words; {@link #FALLBACK} when unknown. */
    public static String describe(String pattern) {
        return known(pattern).orElse(FALLBACK);
    }

    /** The words for {@code pattern}, or empty when it is not one of the forms described here. */
    static Optional<String> known(String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            return Optional.empty();
        }
        if (pattern.equals(JWT)) {
            return Optional.of("must be a JSON web token: three parts separated by dots");
        }
        Matcher m = EMPTY_OR.matcher(pattern);
        if (m.matches()) {
            return known(m.group(1)).map(rest -> "must be empty or " + rest.replaceFirst("^must (be )?", ""));
        }
        if ((m = ARN.matcher(pattern)).matches()) {
            return Optional.of(arn(m.group(1)));
        }
        if ((m = ADDRESS.matcher(pattern)).matches()) {
            return Optional.of("must be a web address starting with " + schemes(m.group(1)) + "; no spaces");
        }
        if ((m = REPEATED.matcher(pattern)).matches()) {
            return repeated(m.group(1), m.group(2));
        }
        if ((m = FIRST_THEN.matcher(pattern)).matches()) {
            Optional<String> rest = repeated(m.group(2), m.group(3));
            return CharacterClassWords.oneCharacter(m.group(1))
                    .flatMap(first -> rest.map(words -> "must start with " + first + ", followed by " + words));
        }
        if ((m = EXCLUDED_START.matcher(pattern)).matches()) {
            String excluded = m.group(1);
            return repeated(m.group(2), m.group(3)).map(words -> words + "; must not start with " + excluded);
        }
        if ((m = LITERAL_START.matcher(pattern)).matches()) {
            String start = m.group(1);
            return CharacterClassWords.of(m.group(2))
                    .map(words -> "must start with " + start
                            + (words.startsWith("no ") ? "; " + words : ", followed by " + words));
        }
        return Optional.empty();
    }

    private static Optional<String> repeated(String atom, String quantifier) {
        Optional<String> words = CharacterClassWords.of(atom);
        if (!quantifier.startsWith("{")) {
            return words;
        }
        String count = quantifier.substring(1, quantifier.length() - 1);
        if (words.filter("digits only"::equals).isPresent()) {
            return Optional.of("exactly " + count + " digits");
        }
        return words.map(w -> "exactly " + count + " characters: " + w);
    }

    private static String arn(String service) {
        if (service.equals(".*")) {
            return "must be an ARN: arn:aws:<service>:<Region>:<account ID>:<resource>";
        }
        String kind = ARN_KINDS.getOrDefault(service, "an ARN");
        String region = service.equals("iam") ? "" : "<Region>";
        return "must be " + kind + ": arn:aws:" + service + ":" + region + ":<account ID>:<resource>";
    }

    /** "https?|ftp" → "http://, https:// or ftp://". */
    private static String schemes(String alternatives) {
        List<String> schemes = new ArrayList<>();
        for (String alternative : alternatives.split("\\|")) {
            if (alternative.endsWith("?")) {
                String base = alternative.substring(0, alternative.length() - 2);
                schemes.add(base + "://");
                schemes.add(alternative.substring(0, alternative.length() - 1) + "://");
            } else {
                schemes.add(alternative.toLowerCase(Locale.ROOT) + "://");
            }
        }
        if (schemes.size() == 1) {
            return schemes.get(0);
        }
        return String.join(", ", schemes.subList(0, schemes.size() - 1)) + " or " + schemes.get(schemes.size() - 1);
    }
}
