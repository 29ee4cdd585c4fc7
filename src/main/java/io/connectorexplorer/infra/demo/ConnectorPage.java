package io.connectorexplorer.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * One page of a listing, as a request's maxResults (1–100 for connectors, up to the operation's maximum for others;
 * 20 when absent) and nextToken ask for it. The token is an offset, encoded so that clients treat it as opaque, as
 * they must with the service's.
 */
record ConnectorPage(int from, int to, int total, String problem) {

    private static final int DEFAULT_SIZE = 20;

    /** The page a request asks for out of {@code total} connectors, or one with the problem the service reports. */
    static ConnectorPage of(JsonNode body, int total) {
        return of(body, total, 100);
    }

    /** The page out of {@code total} items of an operation whose maxResults goes up to {@code largest}. */
    static ConnectorPage of(JsonNode body, int total, int largest) {
        int max = DEFAULT_SIZE;
        JsonNode maxResults = body.get("maxResults");
        if (maxResults != null && !maxResults.isNull()) {
            max = maxResults.asInt(-1);
            if (max < 1 || max > largest) {
                return new ConnectorPage(
                        0,
                        0,
                        total,
                        "1 validation error detected: Value '" + maxResults.asText()
                                + "' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and "
                                + largest);
            }
        }
        int from = 0;
        JsonNode token = body.get("nextToken");
        if (token != null && !token.isNull()) {
            try {
                from = Integer.parseInt(
                        new String(Base64.getUrlDecoder().decode(token.asText()), StandardCharsets.UTF_8)
                                .replace("offset:", ""));
            } catch (IllegalArgumentException e) {
                return new ConnectorPage(0, 0, total, "Invalid nextToken.");
            }
            if (from < 0 || from > total) {
                return new ConnectorPage(0, 0, total, "Invalid nextToken.");
            }
        }
        return new ConnectorPage(from, Math.min(total, from + max), total, null);
    }

    /** The token for the page after this one; none on the last page. */
    Optional<String> nextToken() {
        if (to >= total) {
            return Optional.empty();
        }
        return Optional.of(Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("offset:" + to).getBytes(StandardCharsets.UTF_8)));
    }
}
