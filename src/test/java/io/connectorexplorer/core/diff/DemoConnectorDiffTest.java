package io.connectorexplorer.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.json.JsonFormat;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two versions of the demo's acme-crm custom connector, as DescribeConnector returns them. */
class DemoConnectorDiffTest {

    private static final String CONFIG = "$.connectorConfiguration";

    private static ObjectNode describeAcmeCrm() throws Exception {
        try (InputStream in = DemoConnectorDiffTest.class.getResourceAsStream(
                "/io/connectorexplorer/infra/demo/demo-catalogue.json")) {
            for (JsonNode c : JsonFormat.parse(in.readAllBytes()).get("connectorConfigurations")) {
                if ("acme-crm".equals(c.path("connectorLabel").asText())) {
                    ObjectNode response = JsonNodeFactory.instance.objectNode();
                    response.set("connectorConfiguration", c.deepCopy());
                    return response;
                }
            }
        }
        throw new IllegalStateException("acme-crm is not in the demo catalogue");
    }

    /** The next release: one flag, one operator, one setting and the version changed; the rest only reordered. */
    private static ObjectNode nextVersion(ObjectNode v1) {
        ObjectNode v2 = v1.deepCopy();
        ObjectNode config = (ObjectNode) v2.get("connectorConfiguration");
        config.put("connectorVersion", "3.3.0");
        config.put("registeredAt", "2023-12-01T12:00:00Z"); // 1701432000.0 written as the CLI would
        ArrayNode configs = (ArrayNode) config.get("authenticationConfig").get("customAuthConfigs");
        reverse(configs);
        for (JsonNode custom : configs) {
            reverse((ArrayNode) custom.get("authParameters"));
            for (JsonNode parameter : custom.get("authParameters")) {
                if (parameter.get("key").asText().equals("clockSkewSeconds")) {
                    ((ObjectNode) parameter).put("isRequired", true);
                }
            }
        }
        ((ArrayNode) config.get("supportedOperators")).add("NEW_OPERATOR_2027");
        reverse((ArrayNode) config.get("supportedDestinationConnectors"));
        ArrayNode settings = (ArrayNode) config.get("connectorRuntimeSettings");
        for (int i = 0; i < settings.size(); i++) {
            if (settings.get(i).get("key").asText().equals("triggerWorkflows")) {
                settings.remove(i);
            }
        }
        reverse(settings);
        return v2;
    }

    private static void reverse(ArrayNode list) {
        List<JsonNode> elements = new ArrayList<>();
        list.forEach(elements::add);
        Collections.reverse(elements);
        list.removeAll();
        list.addAll(elements);
    }

    @Test
    void onlyWhatChangedIsReportedWhateverTheOrder() throws Exception {
        ObjectNode v1 = describeAcmeCrm();
        ObjectNode v2 = nextVersion(v1);

        List<Difference> differences = ConfigurationDiff.between(v1, v2);

        assertThat(differences)
                .extracting(DiffText::line)
                .containsExactly(
                        "~ " + CONFIG + ".connectorVersion: \"3.2.0\" → \"3.3.0\"",
                        "~ " + CONFIG
                                + ".authenticationConfig.customAuthConfigs[customAuthenticationType=HmacSignature]"
                                + ".authParameters[key=clockSkewSeconds].isRequired: false → true",
                        "- " + CONFIG + ".connectorRuntimeSettings[key=triggerWorkflows]: "
                                + JsonFormat.compact(runtimeSetting(v1, "triggerWorkflows")),
                        "+ " + CONFIG + ".supportedOperators[NEW_OPERATOR_2027]: \"NEW_OPERATOR_2027\"");
        assertThat(DiffSummary.inFewWords(differences))
                .isEqualTo(
                        "2 changed, 1 added, 1 removed: connectorVersion, authParameters clockSkewSeconds.isRequired,"
                                + " connectorRuntimeSettings triggerWorkflows and 1 more");
    }

    @Test
    void theDifferencesReplayedOnTheOldVersionGiveTheNewOne() throws Exception {
        ObjectNode v1 = describeAcmeCrm();
        ObjectNode v2 = nextVersion(v1);

        JsonNode replayed = DiffPatch.apply(v1, ConfigurationDiff.between(v1, v2));

        assertThat(ConfigurationDiff.between(replayed, v2)).isEmpty();
        assertThat(ConfigurationDiff.between(v2, v1))
                .extracting(Difference::reversed)
                .containsExactlyInAnyOrderElementsOf(ConfigurationDiff.between(v1, v2));
    }

    @Test
    void theConfigurationAloneGivesTheSamePathsBelowItsRoot() throws Exception {
        ObjectNode v1 = describeAcmeCrm();
        ObjectNode v2 = nextVersion(v1);

        List<Difference> alone =
                ConfigurationDiff.between(v1.get("connectorConfiguration"), v2.get("connectorConfiguration"));

        assertThat(alone)
                .extracting(d -> CONFIG + d.path().toString().substring(1))
                .containsExactlyElementsOf(ConfigurationDiff.between(v1, v2).stream()
                        .map(d -> d.path().toString())
                        .toList());
    }

    private static JsonNode runtimeSetting(JsonNode describe, String key) {
        for (JsonNode s : describe.get("connectorConfiguration").get("connectorRuntimeSettings")) {
            if (s.get("key").asText().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
