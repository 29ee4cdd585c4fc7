package io.connectorexplorer.core.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.model.JsonPointers;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The request as an AWS CLI command line for POSIX shells, sent where the window sends it: {@code --profile},
 * {@code --region} and, when the target has one, {@code --endpoint-url}. The JSON goes in one single-quoted word,
 * in which the shell expands nothing; a single quote inside it closes the word, adds a double-quoted quote and
 * reopens it ({@code '"'"'}).
 *
 * <p>Without secrets the command must not be runnable as copied: "****" passes the service's checks and would
 * create a broken connection. So each secret is read from an environment variable when the command runs, and
 * the command stops before calling AWS when one is unset or empty, naming it. It runs in a subshell, so the stop
 * ends only the subshell, never the user's interactive shell. The value is put inside the JSON string with its
 * backslashes and double quotes escaped by {@code sed}; a value with a line break makes JSON the CLI refuses.
 */
public final class CliCommand {

    static final String COMMAND = "aws appflow create-connector-profile";
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9._/:@%+=,-]+");
    private static final Pattern UNSAFE_IN_MESSAGE = Pattern.compile("[^\\p{L}\\p{N} .,:;()/+=@%-]+");

    /**
     * Where the command sends the request: the AWS CLI profile (null: the CLI's own choice, as for credentials
     * from environment variables), the region, and an endpoint URL (null: the CLI's default endpoint).
     */
    public record Destination(String profile, String region, String endpointUrl) {

        public Destination {
            Objects.requireNonNull(region, "region");
        }

        /** The profile and region the window shows; the demo and environment credentials are no CLI profile. */
        public static Destination of(AwsProfile profile, String region, Optional<String> endpointUrl) {
            boolean named = profile.kind() != ProfileKind.DEMO && profile.kind() != ProfileKind.ENVIRONMENT;
            return new Destination(named ? profile.name() : null, region, endpointUrl.orElse(null));
        }
    }

    /** An environment variable the command reads a secret from, and the field whose value goes in it. */
    public record Variable(String name, String label) {}

    /**
     * The command line, and the variables to set before running it (none when the secrets are in the text).
     * {@link #toString()} leaves the text out: with secrets it holds them.
     */
    public record Rendered(String text, List<Variable> variables) {

        public Rendered {
            Objects.requireNonNull(text, "text");
            variables = List.copyOf(variables);
        }

        public List<String> variablesToSet() {
            return variables.stream().map(Variable::name).toList();
        }

        /** What the user must do before running the command, for the status bar; "" when nothing. */
        public String instructions() {
            List<String> names = variablesToSet();
            if (names.isEmpty()) {
                return "";
            }
            return "Set " + String.join(", ", names) + " in your shell before running it; it stops without "
                    + (names.size() == 1 ? "it" : "them");
        }

        @Override
        public String toString() {
            return "Rendered[" + text.length() + " characters, variables=" + variablesToSet() + "]";
        }
    }

    private CliCommand() {}

    /**
     * The command for what the form holds. With {@link Redaction#MASK} each secret is read from an environment
     * variable; with {@link Redaction#NONE} the secrets are in the text.
     */
    public static Rendered render(
            AuthFormSpec spec, AuthMethod method, FormValues values, Destination destination, Redaction redaction) {
        return render(
                ProfileRequest.build(spec, method, values, redaction),
                ProfileRequest.secrets(spec, method, values),
                destination,
                redaction);
    }

    /**
     * The command for a request whose sensitive values are at {@code secrets}; with {@link Redaction#MASK} those
     * values are replaced by environment variables whatever the request holds there.
     */
    public static Rendered render(
            ObjectNode request, List<RequestSecret> secrets, Destination destination, Redaction redaction) {
        String options = options(destination);
        if (redaction == Redaction.NONE) {
            return new Rendered(options + " --cli-input-json " + singleQuoted(JsonFormat.compact(request)), List.of());
        }
        String marker = markerPrefix(JsonFormat.compact(request));
        ObjectNode marked = request.deepCopy();
        SecretVariableNames names = new SecretVariableNames();
        List<Variable> variables = new ArrayList<>();
        for (RequestSecret secret : secrets) {
            Variable variable = new Variable(names.nameFor(secret.path()), secret.label());
            if (replace(marked, secret.path(), marker + variables.size())) {
                variables.add(variable);
            }
        }
        if (variables.isEmpty()) {
            return new Rendered(options + " --cli-input-json " + singleQuoted(JsonFormat.compact(marked)), List.of());
        }
        String json = JsonFormat.compact(marked);
        // Markers are unique ordinary text: each appears once, inside its JSON string's quotes, in document order.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> json.indexOf(marker + i + "\"")));
        StringBuilder word = new StringBuilder("'");
        int from = 0;
        for (int i : order) {
            int at = json.indexOf(marker + i + "\"");
            word.append(escapedForSingleQuotes(json.substring(from, at)))
                    .append("'\"$(printf '%s' \"$")
                    .append(variables.get(i).name())
                    .append("\" | sed 's/[\\\\\"]/\\\\&/g')\"'");
            from = at + (marker + i).length();
        }
        word.append(escapedForSingleQuotes(json.substring(from))).append('\'');
        StringBuilder checks = new StringBuilder(":");
        variables.forEach(v -> checks.append(" \"${")
                .append(v.name())
                .append(":?set it to the ")
                .append(forMessage(v.label()))
                .append(" of this connector profile}\""));
        return new Rendered("( " + checks + " && " + options + " --cli-input-json " + word + " )", variables);
    }

    /**
     * The request with its secrets as they are, and no target options: what the window copied before it knew the
     * target. Kept for callers not yet moved to {@link #render(AuthFormSpec, AuthMethod, FormValues, Destination,
     * Redaction)}.
     */
    @Deprecated
    public static String render(ObjectNode request) {
        return COMMAND + " --cli-input-json " + singleQuoted(JsonFormat.compact(request));
    }

    static String singleQuoted(String text) {
        return "'" + escapedForSingleQuotes(text) + "'";
    }

    private static String escapedForSingleQuotes(String text) {
        return text.replace("'", "'\"'\"'");
    }

    private static String options(Destination destination) {
        StringBuilder options = new StringBuilder(COMMAND);
        if (destination.profile() != null) {
            options.append(" --profile ").append(shellWord(destination.profile()));
        }
        options.append(" --region ").append(shellWord(destination.region()));
        if (destination.endpointUrl() != null) {
            options.append(" --endpoint-url ").append(shellWord(destination.endpointUrl()));
        }
        return options.toString();
    }

    private static String shellWord(String text) {
        return PLAIN_WORD.matcher(text).matches() ? text : singleQuoted(text);
    }

    /** A label as text inside "${VAR:?…}": nothing the shell would expand or that would end the word. */
    private static String forMessage(String label) {
        String safe = UNSAFE_IN_MESSAGE.matcher(label).replaceAll(" ").strip().replaceAll(" +", " ");
        return safe.isEmpty() ? "secret value" : safe;
    }

    /** A marker text that occurs nowhere in the request, so each placed marker is found exactly where it was put. */
    private static String markerPrefix(String json) {
        String marker = "APPFLOW_SECRET_MARKER_";
        while (json.contains(marker)) {
            marker = marker + "X";
        }
        return marker;
    }

    private static boolean replace(ObjectNode root, String pointer, String marker) {
        List<String> segments = JsonPointers.segments(pointer);
        if (segments.isEmpty()) {
            return false;
        }
        JsonNode parent = root;
        for (String segment : segments.subList(0, segments.size() - 1)) {
            parent = parent.isArray() ? parent.path(index(segment)) : parent.path(segment);
        }
        String last = segments.get(segments.size() - 1);
        if (parent instanceof ObjectNode object && object.has(last)) {
            object.set(last, TextNode.valueOf(marker));
            return true;
        }
        if (parent instanceof ArrayNode array && index(last) >= 0 && index(last) < array.size()) {
            array.set(index(last), TextNode.valueOf(marker));
            return true;
        }
        return false;
    }

    private static int index(String segment) {
        return segment.chars().allMatch(Character::isDigit) && !segment.isEmpty() && segment.length() < 9
                ? Integer.parseInt(segment)
                : -1;
    }
}
