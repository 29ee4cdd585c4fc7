package io.connectorexplorer.core.tree;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.infra.appflow.SdkWireSchemas;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DescribeConnector reference sample, as the tree shows it: every member and value, nulls and unknown ones too. */
class ApiReferenceSampleTreeTest {

    @Test
    void everyLeafOfTheReferenceSampleIsANodeOfTheTree() throws Exception {
        JsonNode configuration;
        try (InputStream in = getClass().getResourceAsStream("/io/connectorexplorer/cli/api-reference-sample.json")) {
            configuration = JsonFormat.parse(in.readAllBytes()).path("connectorConfiguration");
        }
        ConfigNode root = ConfigNode.configurationRoot(configuration, SdkWireSchemas.connectorConfiguration());

        List<String> shown = new ArrayList<>();
        walk(root, shown);

        assertThat(shown)
                .contains(
                        "$.connectorConfiguration.connectorType = SALESFORCE",
                        "$.connectorConfiguration.connectorMetadata.Locke = null",
                        "$.connectorConfiguration.connectorMetadata.AppIntegrations = null",
                        "$.connectorConfiguration.connectorMetadata.Salesforce.oAuthScopes[2] = id",
                        "$.connectorConfiguration.supportedDestinationConnectors[6] = Locke",
                        "$.connectorConfiguration.authenticationConfig = null",
                        "$.connectorConfiguration.isPrivateLinkEnabled = true",
                        "$.connectorConfiguration.supportedTriggerTypes[2] = Event");
        assertThat(shown).hasSize(leafCount(configuration));
    }

    private static void walk(ConfigNode node, List<String> shown) {
        if (node.childCount() == 0) {
            shown.add(node.path() + " = " + node.displayValue(ZoneOffset.UTC));
        }
        node.children().forEach(child -> walk(child, shown));
    }

    private static int leafCount(JsonNode node) {
        if (!node.isContainerNode() || node.isEmpty()) {
            return 1;
        }
        int count = 0;
        for (JsonNode child : node) {
            count += leafCount(child);
        }
        return count;
    }
}
