package io.connectorexplorer.ui.inventory;

import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.files.TextFileWriter;
import io.connectorexplorer.core.inventory.InventoryCsv;
import io.connectorexplorer.core.inventory.InventoryJson;
import io.connectorexplorer.core.inventory.InventoryMatrix;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.BackgroundTask;
import io.connectorexplorer.ui.common.DialogService;
import io.connectorexplorer.ui.common.Problem;
import io.connectorexplorer.ui.common.StatusModel;
import java.nio.file.Path;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/**
 * Export CSV… and Export JSON…: the rows the table shows (the filter and "only rows that differ" applied) of every
 * target, with the targets that did not answer and why — the command line's formats, which hold profile and region
 * names, account IDs and connector facts, nothing secret. Rendered and written off the UI thread, atomically.
 */
public final class InventoryExportViewModel {

    /** A format: its name, file suffix, and how the matrix is written in it. */
    private record Format(String name, String suffix, Render render) {}

    @FunctionalInterface
    private interface Render {
        String render(InventoryMatrix matrix, Predicate<ConnectorKey> rows);
    }

    private static final Format CSV = new Format("CSV", ".csv", InventoryCsv::render);
    private static final Format JSON = new Format("JSON", ".json", InventoryJson::render);

    private final TaskRunner tasks;
    private final TextFileWriter writer;
    private final DialogService dialogs;
    private final StatusModel status;
    private final InventoryMatrixViewModel matrix;
    private final BooleanBinding canExport;

    public InventoryExportViewModel(
            TaskRunner tasks,
            TextFileWriter writer,
            DialogService dialogs,
            StatusModel status,
            InventoryMatrixViewModel matrix) {
        this.tasks = tasks;
        this.writer = writer;
        this.dialogs = dialogs;
        this.status = status;
        this.matrix = matrix;
        this.canExport = Bindings.createBooleanBinding(
                () -> matrix.getMatrix() != null
                        && matrix.getMatrix().progress().finished() > 0,
                matrix.matrixProperty());
    }

    public void exportCsv() {
        export(CSV);
    }

    public void exportJson() {
        export(JSON);
    }

    private void export(Format format) {
        InventoryMatrix shown = matrix.getMatrix();
        if (!canExport.get()) {
            return;
        }
        Predicate<ConnectorKey> rows = matrix.shownKeys();
        int connectors = matrix.getShown().size();
        dialogs.chooseSaveFile("Export the inventory as " + format.name(), "appflow-inventory" + format.suffix())
                .ifPresent(path -> write(path, format, shown, rows, connectors));
    }

    private void write(Path path, Format format, InventoryMatrix shown, Predicate<ConnectorKey> rows, int connectors) {
        BackgroundTask.of(c -> {
                    writer.write(path, format.render().render(shown, rows));
                    return path;
                })
                .showing(status, "Writing " + path.getFileName() + "…")
                .onSuccess(written ->
                        status.info("Exported " + connectors + (connectors == 1 ? " connector" : " connectors")
                                + " of " + MatrixTexts.targets(shown.targets().size()) + " as " + format.name() + " to "
                                + written))
                .onFailure(error -> {
                    status.info("Export failed");
                    status.report(Problem.of(
                            "Could not write " + path, error, () -> write(path, format, shown, rows, connectors)));
                })
                .executeWith(tasks);
    }

    /** True once any target has answered or failed: there is something to write. */
    public BooleanBinding canExportProperty() {
        return canExport;
    }
}
