package io.connectorexplorer.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.testsupport.JsonTrees;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectorListDocumentTest {

    @Test
    void pagesAreMergedInOrderWithoutTheirNextToken() {
        var describePages = List.of(
                JsonTrees.parse("{\"connectorConfigurations\": {\"S3\": {\"canUseAsSource\": true}}, "
                        + "\"connectors\": [{\"connectorType\": \"S3\"}], \"nextToken\": \"abc\"}"),
                JsonTrees.parse("{\"connectorConfigurations\": {\"Salesforce\": {\"zNew\": 1, \"aOld\": 2}}, "
                        + "\"connectors\": [{\"connectorType\": \"Salesforce\"}], \"nextToken\": \"def\"}"),
                JsonTrees.parse("{\"connectorConfigurations\": {\"Zendesk\": {}}}"));
        var listPages = List.of(
                JsonTrees.parse("{\"connectors\": [{\"connectorLabel\": \"acme\"}], \"nextToken\": \"x\"}"),
                JsonTrees.parse("{\"connectors\": [{\"connectorLabel\": \"beta\"}]}"));

        String merged = JsonFormat.compact(ConnectorListDocument.of(describePages, listPages));

        assertThat(merged)
                .isEqualTo("{\"describeConnectors\":{\"connectorConfigurations\":{\"S3\":{\"canUseAsSource\":true},"
                        + "\"Salesforce\":{\"zNew\":1,\"aOld\":2},\"Zendesk\":{}},\"connectors\":[{\"connectorType\":"
                        + "\"S3\"},{\"connectorType\":\"Salesforce\"}]},\"listConnectors\":{\"connectors\":["
                        + "{\"connectorLabel\":\"acme\"},{\"connectorLabel\":\"beta\"}]}}");
    }

    @Test
    void thePagesGivenAreNotChanged() {
        var page = JsonTrees.parse("{\"connectors\": [{\"connectorType\": \"S3\"}], \"nextToken\": \"abc\"}");
        String before = JsonFormat.compact(page);

        ConnectorListDocument.of(List.of(page, page), List.of());

        assertThat(JsonFormat.compact(page)).isEqualTo(before);
    }
}
