package io.connectorexplorer.core.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.task.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void listsAreConcatenatedMapsOfListsMergedByKeyAndTheTokenLeftOut() throws Exception {
        JsonNode merged = Pages.merge(List.of(
                json(
                        "{\"connectorEntityMap\": {\"A\": [1, 2], \"B\": [3]}, \"nextToken\": \"t1\", \"newer\": \"first\"}"),
                json(
                        "{\"connectorEntityMap\": {\"B\": [4], \"C\": [5]}, \"nextToken\": \"t2\", \"newer\": \"second\"}"),
                json("{\"connectorEntityMap\": {\"A\": [6]}}")));

        assertThat(merged)
                .isEqualTo(json("{\"connectorEntityMap\": {\"A\": [1, 2, 6], \"B\": [3, 4], \"C\": [5]},"
                        + " \"newer\": \"first\"}"));
        assertThat(List.of(merged.get("connectorEntityMap").fieldNames().next()))
                .containsExactly("A");
    }

    @Test
    void arraysOfObjectsKeepTheirOrderAndMembersAcrossPages() throws Exception {
        JsonNode first =
                json("{\"flows\": [{\"flowName\": \"a\", \"futureMember\": {\"x\": 1}}], \"nextToken\": \"n\"}");
        JsonNode second = json("{\"flows\": [{\"flowName\": \"b\"}]}");

        JsonNode merged = Pages.merge(List.of(first, second));

        assertThat(merged)
                .isEqualTo(json("{\"flows\": [{\"flowName\": \"a\", \"futureMember\": {\"x\": 1}},"
                        + " {\"flowName\": \"b\"}]}"));
        assertThat(first.get("flows")).hasSize(1); // the pages themselves are left as they came
    }

    @Test
    void noPagesAndAnEmptyPageMergeToAnEmptyObject() throws Exception {
        assertThat(Pages.merge(List.of())).isEqualTo(json("{}"));
        assertThat(Pages.merge(List.of(json("{\"connectorProfileDetails\": []}"))))
                .isEqualTo(json("{\"connectorProfileDetails\": []}"));
    }

    @Test
    void forEachFollowsTokensToTheEndAndRefusesATokenSentTwice() throws Exception {
        Map<String, JsonNode> pages = Map.of(
                "", json("{\"flows\": [1], \"nextToken\": \"a\"}"),
                "a", json("{\"flows\": [2], \"nextToken\": \"b\"}"),
                "b", json("{\"flows\": [3], \"nextToken\": \"\"}"));
        List<JsonNode> seen = new ArrayList<>();
        Pages.forEach("ListFlows", t -> pages.get(t == null ? "" : t), Cancellation.NEVER, seen::add);
        assertThat(seen).hasSize(3);

        Map<String, JsonNode> looping = Map.of(
                "", json("{\"flows\": [], \"nextToken\": \"a\"}"), "a", json("{\"flows\": [], \"nextToken\": \"a\"}"));
        ServiceCallException loop = catchThrowableOfType(
                () -> Pages.forEach("ListFlows", t -> looping.get(t == null ? "" : t), Cancellation.NEVER, p -> {}),
                ServiceCallException.class);
        assertThat(loop.kind()).isEqualTo(ServiceCallException.Kind.BAD_RESPONSE);
        assertThat(loop.getMessage()).contains("same nextToken twice");
    }

    private static JsonNode json(String text) throws Exception {
        return JsonFormat.parse(text);
    }
}
