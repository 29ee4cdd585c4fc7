package io.connectorexplorer.ui.inventory;

import static io.connectorexplorer.ui.inventory.InventoryFixture.ALPHA_EU;
import static io.connectorexplorer.ui.inventory.InventoryFixture.BETA_EU;
import static io.connectorexplorer.ui.inventory.InventoryFixture.amazon;
import static io.connectorexplorer.ui.inventory.InventoryFixture.custom;
import static io.connectorexplorer.ui.inventory.InventoryFixture.done;
import static io.connectorexplorer.ui.inventory.InventoryFixture.failed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.infra.files.AtomicTextFileWriter;
import io.connectorexplorer.testsupport.ManualTaskRunner;
import io.connectorexplorer.ui.common.StatusModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryExportViewModelTest {

    @TempDir
    Path folder;

    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private final StatusModel status = new StatusModel();
    private final InventoryFixture fx = new InventoryFixture();
    private final List<String> asked = new ArrayList<>();
    private Path chosen;
    private final InventoryExportViewModel export = new InventoryExportViewModel(
            tasks,
            new AtomicTextFileWriter(),
            (title, name) -> {
                asked.add(title + " | " + name);
                return Optional.ofNullable(chosen);
            },
            status,
            fx.model.matrix());

    private void inventory() {
        fx.model.start(List.of(ALPHA_EU, BETA_EU));
        assertThat(export.canExportProperty().get()).as("nothing answered yet").isFalse();
        fx.lastRun()
                .tell(ALPHA_EU, done(ALPHA_EU, amazon("S3", "Amazon S3", true, true), custom("acme-crm", "3.2.0", "")))
                .tell(BETA_EU, failed("The connection broke off."));
        fx.pulse();
    }

    @Test
    void csvHoldsTheRowsShownAndTheTargetsThatDidNotAnswerWrittenOffTheUiThread() throws Exception {
        inventory();
        fx.model.matrix().filterProperty().set("acme");
        chosen = folder.resolve("inventory.csv");

        export.exportCsv();
        assertThat(asked).containsExactly("Export the inventory as CSV | appflow-inventory.csv");
        assertThat(chosen).doesNotExist();
        assertThat(status.isBusy()).isTrue();
        tasks.runAll();

        assertThat(Files.readString(chosen).split("\r\n"))
                .containsExactly(
                        "profile,region,accountId,connectorType,connectorLabel,connectorName,connectorVersion,"
                                + "canUseAsSource,canUseAsDestination,errorCode,errorMessage",
                        "alpha,eu-west-1,111111111111,CustomConnector,acme-crm,acme-crm connector,3.2.0,true,false,,",
                        "beta,eu-west-1,,,,,,,,NETWORK,DescribeConnectors: The connection broke off.");
        assertThat(status.getMessage()).isEqualTo("Exported 1 connector of 2 targets as CSV to " + chosen);
    }

    @Test
    void jsonIsTheCommandLinesWithEveryRowWhenNothingIsFiltered() throws Exception {
        inventory();
        chosen = folder.resolve("inventory.json");

        export.exportJson();
        tasks.runAll();

        JsonNode rows = JsonFormat.parse(Files.readString(chosen));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("connectorType").asText()).isEqualTo("S3");
        assertThat(rows.get(2).get("error").get("kind").asText()).isEqualTo("NETWORK");
        assertThat(status.getMessage()).endsWith("as JSON to " + chosen);
    }

    @Test
    void noFileChosenWritesNothing() {
        inventory();
        export.exportCsv();
        assertThat(tasks.pending()).isEmpty();
    }
}
