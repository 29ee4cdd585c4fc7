package io.connectorexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.export.DescribeOutput;
import io.connectorexplorer.infra.appflow.SdkWireSchemas;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.AppFlowTestAccount.Run;
import io.connectorexplorer.testsupport.JsonTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code describe} and {@code export --all} through the real SDK client against the loopback endpoint. */
class DescribeAndExportEndToEndTest {

    private static final DemoCatalogue CATALOGUE = DemoCatalogue.bundled();

    @TempDir
    Path folder;

    private AppFlowTestAccount account;

    @BeforeEach
    void start() throws Exception {
        account = AppFlowTestAccount.start(CATALOGUE, folder);
    }

    @AfterEach
    void stop() {
        account.close();
    }

    @Test
    void describesAnAmazonConnectorTypeAsTheExportWritesIt() {
        JsonNode salesforce = entry("Salesforce", null);

        Run run = account.run("describe", "--connector-type", "Salesforce");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(describeOutputText(ConnectorKey.amazon("Salesforce"), salesforce));
        assertThat(JsonTrees.parse(run.out())).isEqualTo(wrapped(salesforce));
        assertThat(run.out())
                .startsWith("{\n    \"connectorConfiguration\": {\n        \"canUseAsSource\": true,\n")
                .endsWith("\n    }\n}\n");
        assertThat(account.endpoint().callCount("DescribeConnector")).isEqualTo(1);
    }

    @Test
    void describesACustomConnectorByLabelWithItsTimestampInIsoUtc() {
        JsonNode acme = entry("CustomConnector", "acme-crm");

        Run run = account.run("describe", "--connector-type", "CustomConnector", "--connector-label", "acme-crm");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo(describeOutputText(ConnectorKey.custom("acme-crm"), acme));
        JsonNode printed = JsonTrees.parse(run.out());
        assertThat(printed).isEqualTo(wrapped(JsonTrees.printedConfiguration(acme)));
        assertThat(printed.at("/connectorConfiguration/registeredAt").asText()).isEqualTo("2023-12-01T12:00:00+00:00");
    }

    @Test
    void describeToAFileWritesExactlyWhatItPrints() throws Exception {
        Path file = folder.resolve("acme.json");
        Path amazonFile = folder.resolve("s3.json");

        Run toFile = account.run(
                "describe",
                "--connector-type",
                "CustomConnector",
                "--connector-label",
                "acme-crm",
                "--output",
                file.toString());
        Run amazonToFile = account.run("describe", "--connector-type", "S3", "--output=" + amazonFile);
        Run toStdout = account.run("describe", "--connector-type", "CustomConnector", "--connector-label", "acme-crm");

        assertThat(toFile.exitCode()).as(toFile.toString()).isZero();
        assertThat(toFile.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(toStdout.out());
        assertThat(amazonToFile.exitCode()).as(amazonToFile.toString()).isZero();
        assertThat(Files.readString(amazonFile))
                .isEqualTo(describeOutputText(ConnectorKey.amazon("S3"), entry("S3", null)));
        assertThat(folder.toFile().list())
                .as("no temporary files left behind")
                .allSatisfy(name -> assertThat(name).doesNotEndWith(".tmp"));
    }

    @Test
    void describeToAFolderThatDoesNotExistFailsWithOne() {
        Path file = folder.resolve("missing").resolve("out.json");

        Run run = account.run("describe", "--connector-type", "S3", "--output", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Could not write " + file).doesNotContain("\tat ");
        assertThat(file).doesNotExist();
    }

    @Test
    void exportAllWritesEveryConnectorConfigurationInListOrder() throws Exception {
        Path file = folder.resolve("export.json");

        Run run = account.run("export", "--all", "--output", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Exported 27 connectors to " + file + System.lineSeparator());
        ObjectNode expected = JsonNodeFactory.instance.objectNode();
        List<JsonNode> ordered = new ArrayList<>(CATALOGUE.amazonConnectors());
        ordered.addAll(CATALOGUE.customConnectors());
        ordered.forEach(c -> expected.withArray("connectorConfigurations").add(JsonTrees.printedConfiguration(c)));
        String written = Files.readString(file);
        assertThat(JsonTrees.parse(written)).isEqualTo(expected);
        assertThat(written)
                .startsWith("{\n    \"connectorConfigurations\": [\n        {\n")
                .endsWith("\n    ]\n}\n");
        // The listing, then one DescribeConnector per connector.
        assertThat(account.endpoint().callCount("DescribeConnectors")).isEqualTo(1);
        assertThat(account.endpoint().callCount("ListConnectors")).isEqualTo(1);
        assertThat(account.endpoint().callCount("DescribeConnector")).isEqualTo(27);
    }

    @Test
    void exportToDashPrintsTheSameDocument() throws Exception {
        Path file = folder.resolve("export.json");
        account.run("export", "--all", "--output", file.toString());

        Run run = account.run("export", "--all", "--output", "-");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(Files.readString(file));
    }

    private static JsonNode entry(String type, String label) {
        return CATALOGUE.configurations().stream()
                .filter(c -> c.get("connectorType").asText().equals(type)
                        && (label == null
                                ? !c.hasNonNull("connectorLabel")
                                : label.equals(c.path("connectorLabel").asText())))
                .findFirst()
                .orElseThrow();
    }

    private static String describeOutputText(ConnectorKey key, JsonNode configuration) {
        return new DescribeOutput(SdkWireSchemas.connectorConfiguration())
                .text(new ConnectorDescription(key, configuration));
    }

    private static JsonNode wrapped(JsonNode configuration) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("connectorConfiguration", configuration);
        return root;
    }
}
