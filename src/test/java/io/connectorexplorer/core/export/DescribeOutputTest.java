package io.connectorexplorer.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.json.WireSchema;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With schemas built by hand; {@code infra.appflow.DescribeOutputSdkSchemaTest} uses the SDK's real one. */
class DescribeOutputTest {

    private static final WireSchema RUNTIME_SETTING = new WireSchema.Structure(Map.of(
            "key", WireSchema.SCALAR,
            "description", WireSchema.SCALAR,
            "lastChecked", WireSchema.TIMESTAMP));

    private static final WireSchema CONFIGURATION = new WireSchema.Structure(Map.of(
            "connectorType", WireSchema.SCALAR,
            "connectorLabel", WireSchema.SCALAR,
            "connectorModes", new WireSchema.ListOf(WireSchema.SCALAR),
            "registeredAt", WireSchema.TIMESTAMP,
            "version", WireSchema.SCALAR,
            "connectorRuntimeSettings", new WireSchema.ListOf(RUNTIME_SETTING),
            "properties", new WireSchema.MapOf(WireSchema.SCALAR),
            "history", new WireSchema.MapOf(WireSchema.TIMESTAMP),
            "checkTimes", new WireSchema.ListOf(WireSchema.TIMESTAMP),
            "provisioning",
                    new WireSchema.Structure(
                            Map.of("lambda", new WireSchema.Structure(Map.of("lambdaArn", WireSchema.SCALAR))))));

    private final DescribeOutput output = new DescribeOutput(CONFIGURATION);

    @Test
    void theDocumentWrapsTheConfigurationAsDescribeConnectorPrintsIt() {
        ObjectNode document = output.document(description("{'connectorType': 'Salesforce'}"));

        assertThat(document).isEqualTo(json("{'connectorConfiguration': {'connectorType': 'Salesforce'}}"));
    }

    @Test
    void nullMembersOfStructuresAreLeftOutAtEveryDepth() {
        ObjectNode document = output.document(description("""
                {'connectorType': 'S3', 'connectorLabel': null,
                 'connectorRuntimeSettings': [{'key': 'bucket', 'description': null}],
                 'provisioning': {'lambda': {'lambdaArn': null}}}"""));

        assertThat(document.get("connectorConfiguration")).isEqualTo(json("""
                {'connectorType': 'S3',
                 'connectorRuntimeSettings': [{'key': 'bucket'}],
                 'provisioning': {'lambda': {}}}"""));
    }

    @Test
    void nullValuesInsideMapsAndListsAreKept() {
        ObjectNode document = output.document(description(
                "{'properties': {'a': null, 'b': 'x'}, 'connectorModes': [null, 'ONE'], 'history': {'first': null}}"));

        assertThat(document.get("connectorConfiguration"))
                .isEqualTo(
                        json(
                                "{'properties': {'a': null, 'b': 'x'}, 'connectorModes': [null, 'ONE'], 'history': {'first': null}}"));
    }

    @Test
    void timestampsBecomeIsoUtcWhereTheSchemaSaysSoAndNowhereElse() {
        ObjectNode document = output.document(description("""
                {'registeredAt': 1700000000, 'version': 1700000000, 'somethingNew': 1700000000,
                 'connectorRuntimeSettings': [{'lastChecked': 1700000000.5}],
                 'history': {'created': 0}, 'checkTimes': [-1.5],
                 'properties': {'registeredAt': 1700000000}}"""));

        assertThat(document.get("connectorConfiguration")).isEqualTo(json("""
                {'registeredAt': '2023-11-14T22:13:20+00:00', 'version': 1700000000, 'somethingNew': 1700000000,
                 'connectorRuntimeSettings': [{'lastChecked': '2023-11-14T22:13:20.500000+00:00'}],
                 'history': {'created': '1970-01-01T00:00:00+00:00'}, 'checkTimes': ['1969-12-31T23:59:58.500000+00:00'],
                 'properties': {'registeredAt': 1700000000}}"""));
    }

    @Test
    void aTimestampThatIsNotANumberIsKeptAsItCame() {
        ObjectNode document = output.document(description("{'registeredAt': '2023-11-14T22:13:20Z'}"));

        assertThat(document.at("/connectorConfiguration/registeredAt").asText()).isEqualTo("2023-11-14T22:13:20Z");
    }

    @Test
    void unknownMembersAndUnknownEnumValuesAreKeptVerbatim() {
        ObjectNode document = output.document(description("""
                {'connectorModes': ['SUPER_NEW_MODE'], 'connectorType': 'SomeFutureType',
                 'brandNewMember': {'nested': null, 'list': [1.10, null], 'when': 1700000000}}"""));

        assertThat(document.get("connectorConfiguration")).isEqualTo(json("""
                {'connectorModes': ['SUPER_NEW_MODE'], 'connectorType': 'SomeFutureType',
                 'brandNewMember': {'nested': null, 'list': [1.10, null], 'when': 1700000000}}"""));
    }

    @Test
    void membersKeepTheOrderTheServiceSentThem() {
        ObjectNode document = output.document(
                description("{'version': 2, 'zeta': 1, 'connectorType': 'S3', 'alpha': 0, 'connectorLabel': 'x'}"));

        assertThat(document.get("connectorConfiguration").fieldNames())
                .toIterable()
                .containsExactly("version", "zeta", "connectorType", "alpha", "connectorLabel");
    }

    @Test
    void theDescriptionItselfIsNotChanged() {
        ConnectorDescription description = description("{'connectorLabel': null, 'registeredAt': 1700000000}");
        JsonNode before = description.configuration().deepCopy();

        output.document(description);

        assertThat(description.configuration()).isEqualTo(before);
    }

    @Test
    void allDocumentListsEveryConfigurationInOrder() {
        ObjectNode document = output.allDocument(List.of(
                description("{'connectorType': 'S3', 'connectorLabel': null}"),
                description("{'connectorType': 'Salesforce', 'registeredAt': 1700000000}")));

        assertThat(document).isEqualTo(json("""
                {'connectorConfigurations': [
                    {'connectorType': 'S3'},
                    {'connectorType': 'Salesforce', 'registeredAt': '2023-11-14T22:13:20+00:00'}]}"""));
        assertThat(output.allDocument(List.of())).isEqualTo(json("{'connectorConfigurations': []}"));
    }

    @Test
    void textIsTheCliLayoutWithNumbersExactlyAsSent() {
        String text = output.text(description("{'connectorType': 'S3', 'version': 1.10, 'connectorModes': [], "
                + "'registeredAt': 1700000000.123456}"));

        assertThat(text).isEqualTo("""
                {
                    "connectorConfiguration": {
                        "connectorType": "S3",
                        "version": 1.10,
                        "connectorModes": [],
                        "registeredAt": "2023-11-14T22:13:20.123456+00:00"
                    }
                }
                """);
    }

    @Test
    void allTextIsTheCliLayoutToo() {
        assertThat(output.allText(List.of(description("{'connectorType': 'S3'}"))))
                .isEqualTo("""
                {
                    "connectorConfigurations": [
                        {
                            "connectorType": "S3"
                        }
                    ]
                }
                """);
    }

    private static ConnectorDescription description(String singleQuotedJson) {
        return new ConnectorDescription(ConnectorKey.amazon("S3"), json(singleQuotedJson));
    }

    private static JsonNode json(String singleQuoted) {
        try {
            return JsonFormat.parse(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
