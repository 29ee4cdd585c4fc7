package io.connectorexplorer.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.export.DescribeOutput;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.json.WireSchema;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.infra.files.AtomicTextFileWriter;
import io.connectorexplorer.testsupport.FakeAccounts;
import io.connectorexplorer.testsupport.ManualTaskRunner;
import io.connectorexplorer.testsupport.RecordingClipboard;
import io.connectorexplorer.testsupport.TestThreads;
import io.connectorexplorer.ui.common.StatusModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

    @TempDir
    Path folder;

    private final FakeAccounts accounts = new FakeAccounts().account("prod", "Salesforce", "S3");
    private final AwsProfile prod =
            new AwsProfile("prod", io.connectorexplorer.core.profile.ProfileKind.STATIC_KEYS, "eu-west-1", null);
    private final AccountSession session = new AccountSession(
            new Target(prod, "eu-west-1"), accounts.open(new Target(prod, "eu-west-1")), TestThreads.SERVICE_CALLS);
    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private final StatusModel status = new StatusModel();
    private final RecordingClipboard clipboard = new RecordingClipboard();
    private final AtomicReference<Path> chosen = new AtomicReference<>();
    private final SimpleObjectProperty<ConnectorDescription> shown = new SimpleObjectProperty<>();
    private final ObservableList<ConnectorSummary> connectors =
            FXCollections.observableArrayList(session.listAll(() -> false));
    private final ExportViewModel model = new ExportViewModel(
            tasks,
            new DescribeOutput(WireSchema.UNKNOWN),
            new AtomicTextFileWriter(),
            (title, name) -> Optional.ofNullable(chosen.get()),
            clipboard,
            status,
            () -> session,
            connectors,
            shown);

    @Test
    void exportSelectedWritesTheDescribeDocumentOffTheUiThread() throws Exception {
        shown.set(session.describe(ConnectorKey.amazon("S3")));
        Path target = folder.resolve("s3.json");
        chosen.set(target);

        model.exportSelected();
        assertThat(target).doesNotExist();
        assertThat(status.isBusy()).isTrue();
        tasks.runAll();

        assertThat(JsonFormat.parse(Files.readString(target))
                        .path("connectorConfiguration")
                        .path("connectorType")
                        .asText())
                .isEqualTo("S3");
        assertThat(status.isBusy()).isFalse();
        assertThat(status.getMessage()).contains("Exported S3");
    }

    @Test
    void exportAllWritesEveryConnectorInListOrder() throws Exception {
        Path target = folder.resolve("all.json");
        chosen.set(target);

        model.exportAll();
        tasks.runAll();

        var written = JsonFormat.parse(Files.readString(target)).path("connectorConfigurations");
        assertThat(written).hasSize(2);
        assertThat(written.get(0).path("connectorType").asText()).isEqualTo("Salesforce");
        assertThat(written.get(1).path("connectorType").asText()).isEqualTo("S3");
    }

    @Test
    void cancellingExportAllWritesNothingAndStopsTheSpinner() {
        Path target = folder.resolve("cancelled.json");
        chosen.set(target);
        model.exportAll();
        assertThat(model.exportingProperty().get()).isTrue();

        model.cancelExport();
        tasks.runAll();

        assertThat(target).doesNotExist();
        assertThat(status.isBusy()).isFalse();
        assertThat(model.exportingProperty().get()).isFalse();
    }

    @Test
    void aFailedWriteSaysWhyAndOffersRetry() throws Exception {
        shown.set(session.describe(ConnectorKey.amazon("S3")));
        Path target = folder.resolve("missing-folder").resolve("s3.json");
        chosen.set(target);

        model.exportSelected();
        tasks.runAll();

        assertThat(status.getProblem().title()).contains("Could not write");
        assertThat(status.getProblem().detail()).contains("missing-folder");
        assertThat(status.getProblem().hasAction()).isTrue();
    }

    @Test
    void cancellingTheSaveDialogDoesNothing() {
        shown.set(session.describe(ConnectorKey.amazon("S3")));
        chosen.set(null);
        model.exportSelected();
        assertThat(tasks.pending()).isEmpty();
    }

    @Test
    void copyAsJsonPutsTheExportDocumentOnTheClipboard() {
        shown.set(session.describe(ConnectorKey.amazon("Salesforce")));
        model.copySelectedAsJson();
        assertThat(clipboard.text())
                .startsWith("{\n    \"connectorConfiguration\": {")
                .endsWith("}\n");
    }

    @Test
    void suggestsFileNamesFromTheConnector() {
        assertThat(ExportViewModel.fileNameFor(ConnectorKey.amazon("Salesforce")))
                .isEqualTo("Salesforce.json");
        assertThat(ExportViewModel.fileNameFor(ConnectorKey.custom("acme/crm")))
                .isEqualTo("CustomConnector-acme_crm.json");
        assertThat(List.of(model.canExportAllProperty().get())).containsExactly(true);
    }
}
