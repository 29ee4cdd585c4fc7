package io.connectorexplorer.core.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.task.Cancellation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Following an AppFlow listing's {@code nextToken} to the end, and merging its pages as one answer — the loop lives
 * here, once: a cancellation is honoured between pages, a token sent twice or a listing that does not end is a bad
 * response, not an endless loop.
 */
public final class Pages {

    /** A service that keeps answering with tokens it has already sent would otherwise loop forever. */
    static final int MAX_PAGES = 10_000;

    private Pages() {}

    /** One page of a listing, for {@code nextToken} (null for the first). */
    @FunctionalInterface
    public interface PageCall {
        JsonNode fetch(String nextToken);
    }

    /** Told each page as it comes. */
    @FunctionalInterface
    public interface PageConsumer {
        void accept(JsonNode page);
    }

    /** Calls {@code call} for each page of the listing, in order, until a page has no {@code nextToken}. */
    public static void forEach(String operation, PageCall call, Cancellation cancellation, PageConsumer consumer) {
        Set<String> seenTokens = new HashSet<>();
        String token = null;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            if (cancellation.isCancelled()) {
                throw ServiceCallException.cancelled(operation);
            }
            JsonNode page = call.fetch(token);
            if (page == null || !page.isObject()) {
                throw ServiceCallException.badResponse(operation, "The response is not a JSON object.");
            }
            consumer.accept(page);
            JsonNode next = page.get("nextToken");
            if (next == null || next.isNull() || next.asText().isEmpty()) {
                return;
            }
            token = next.asText();
            if (!seenTokens.add(token)) {
                throw ServiceCallException.badResponse(
                        operation, "The service sent the same nextToken twice; stopped to avoid an endless listing.");
            }
        }
        throw ServiceCallException.badResponse(operation, "The listing did not end after " + MAX_PAGES + " pages.");
    }

    /**
     * The pages as one response, as the AWS CLI prints a listing with every page merged: lists are concatenated, maps
     * of lists (ListConnectorEntities' {@code connectorEntityMap}) merged key by key with their lists concatenated, any
     * other member as the first page that has it says it; {@code nextToken} is left out. Members newer than the SDK
     * are kept.
     */
    public static ObjectNode merge(List<JsonNode> pages) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        for (JsonNode page : pages) {
            page.fields().forEachRemaining(member -> {
                String name = member.getKey();
                JsonNode value = member.getValue();
                if (name.equals("nextToken")) {
                    return;
                }
                JsonNode have = merged.get(name);
                if (have == null) {
                    merged.set(name, value.deepCopy());
                } else if (have.isArray() && value.isArray()) {
                    ((ArrayNode) have).addAll((ArrayNode) value);
                } else if (have.isObject() && value.isObject()) {
                    mergeMap((ObjectNode) have, value);
                }
            });
        }
        return merged;
    }

    private static void mergeMap(ObjectNode have, JsonNode more) {
        more.fields().forEachRemaining(entry -> {
            JsonNode existing = have.get(entry.getKey());
            if (existing != null && existing.isArray() && entry.getValue().isArray()) {
                ((ArrayNode) existing).addAll((ArrayNode) entry.getValue().deepCopy());
            } else if (existing == null) {
                have.set(entry.getKey(), entry.getValue().deepCopy());
            }
        });
    }
}
