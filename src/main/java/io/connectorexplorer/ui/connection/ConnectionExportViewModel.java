package io.connectorexplorer.ui.connection;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.connection.FieldTable;
import io.connectorexplorer.core.export.DescribeOutput;
import io.connectorexplorer.core.files.TextFileWriter;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.BackgroundTask;
import io.connectorexplorer.ui.common.DialogService;
import io.connectorexplorer.ui.common.Problem;
import io.connectorexplorer.ui.common.StatusModel;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Saving what the Connections tab read: a connection's entities and an entity's fields as JSON, exactly as the AWS CLI
 * prints {@code list-connector-entities} / {@code describe-connector-entity} (every page merged), and the fields table
 * as CSV — what {@code entities --json}, {@code entity --json} and {@code entity --csv} print. Written off the FX
 * thread, never half a file.
 */
public final class ConnectionExportViewModel {

    private final TaskRunner tasks;
    private final DescribeOutput output;
    private final TextFileWriter writer;
    private final DialogService dialogs;
    private final StatusModel status;
    private final ConnectionsViewModel connections;

    public ConnectionExportViewModel(
            TaskRunner tasks,
            DescribeOutput output,
            TextFileWriter writer,
            DialogService dialogs,
            StatusModel status,
            ConnectionsViewModel connections) {
        this.tasks = tasks;
        this.output = output;
        this.writer = writer;
        this.dialogs = dialogs;
        this.status = status;
        this.connections = connections;
    }

    /** The entities of the connection chosen, as {@code list-connector-entities} prints them. */
    public void saveEntities() {
        EntitiesViewModel entities = connections.entities();
        JsonNode response = entities.response();
        if (response == null || entities.connection() == null) {
            status.info("Nothing to save: the entities have not been read");
            return;
        }
        String name = entities.connection().name();
        save(
                "Save the entities of " + name,
                safe(name) + "-entities.json",
                () -> output.responseText("ListConnectorEntities", response));
    }

    /** The fields of the entity chosen, as {@code describe-connector-entity} prints them. */
    public void saveFieldsJson() {
        FieldsViewModel fields = connections.fields();
        if (fields.response() == null || fields.entity() == null) {
            status.info("Nothing to save: the fields have not been read");
            return;
        }
        JsonNode response = fields.response();
        save(
                "Save the fields of " + fields.entity().displayName(),
                fileName(fields, ".json"),
                () -> output.responseText("DescribeConnectorEntity", response));
    }

    /** The fields table as CSV: every field, in the service's order, whatever the filter shows. */
    public void saveFieldsCsv() {
        FieldsViewModel fields = connections.fields();
        if (fields.response() == null || fields.entity() == null) {
            status.info("Nothing to save: the fields have not been read");
            return;
        }
        JsonNode response = fields.response();
        save(
                "Save the fields of " + fields.entity().displayName() + " as CSV",
                fileName(fields, ".csv"),
                () -> FieldTable.csv(
                        io.connectorexplorer.core.connection.EntityField.of(response), FieldTable.COLUMNS));
    }

    private String fileName(FieldsViewModel fields, String extension) {
        String connection = connections.entities().connection() == null
                ? ""
                : safe(connections.entities().connection().name()) + "-";
        return connection + safe(fields.entity().name()) + "-fields" + extension;
    }

    private void save(String title, String suggested, Supplier<String> text) {
        dialogs.chooseSaveFile(title, suggested).ifPresent(path -> write(path, text));
    }

    private void write(Path path, Supplier<String> text) {
        BackgroundTask.of(() -> writer.write(path, text.get()))
                .showing(status, "Saving " + path.getFileName() + "…")
                .onSuccess(done -> status.info("Saved " + path))
                .onFailure(
                        error -> status.report(Problem.of("Could not write " + path, error, () -> write(path, text))))
                .executeWith(tasks);
    }

    /** A name for a file: what a file name cannot hold becomes a dash. */
    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "-");
    }
}
