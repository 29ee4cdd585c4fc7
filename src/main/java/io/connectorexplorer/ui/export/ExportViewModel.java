package io.connectorexplorer.ui.export;

import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.export.DescribeOutput;
import io.connectorexplorer.core.files.TextFileWriter;
import io.connectorexplorer.core.store.KeptTarget;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.BackgroundTask;
import io.connectorexplorer.ui.common.DialogService;
import io.connectorexplorer.ui.common.Problem;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.common.TextClipboard;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;

/**
 * Export to a file and Copy as JSON: the document {@code aws appflow describe-connector} prints, for the
 * selected connector or every connector of the account. Files are written off the FX thread, atomically.
 */
public final class ExportViewModel {

    private final TaskRunner tasks;
    private final DescribeOutput output;
    private final TextFileWriter writer;
    private final DialogService dialogs;
    private final TextClipboard clipboard;
    private final StatusModel status;
    private final Supplier<AccountSession> session;
    private final ObservableList<ConnectorSummary> connectors;
    private final ReadOnlyObjectProperty<ConnectorDescription> shown;
    private final BooleanBinding canExportSelected;
    private final BooleanBinding canExportAll;
    private TaskRunner.Handle exportAllTask;
    private Supplier<KeptTarget> kept = () -> null;

    public ExportViewModel(
            TaskRunner tasks,
            DescribeOutput output,
            TextFileWriter writer,
            DialogService dialogs,
            TextClipboard clipboard,
            StatusModel status,
            Supplier<AccountSession> session,
            ObservableList<ConnectorSummary> connectors,
            ReadOnlyObjectProperty<ConnectorDescription> shown) {
        this.tasks = tasks;
        this.output = output;
        this.writer = writer;
        this.dialogs = dialogs;
        this.clipboard = clipboard;
        this.status = status;
        this.session = session;
        this.connectors = connectors;
        this.shown = shown;
        this.canExportSelected = shown.isNotNull();
        this.canExportAll = Bindings.isNotEmpty(connectors);
    }

    /**
     * What the window shows while its target is out of reach: the history's view of it (null while live). An export
     * then is of what the history kept, and its proposed file name says as of when.
     */
    public void setKept(Supplier<KeptTarget> shownFromHistory) {
        this.kept = shownFromHistory;
    }

    public void exportSelected() {
        ConnectorDescription description = shown.get();
        if (description == null) {
            return;
        }
        KeptTarget offline = kept.get();
        String name = offline == null
                ? fileNameFor(description.key())
                : fileNameFor(description.key()).replaceFirst("\\.json$", asOfSuffix(offline.asOf()) + ".json");
        dialogs.chooseSaveFile("Export connector configuration", name)
                .ifPresent(path ->
                        write(path, output.text(description), description.key().displayId()));
    }

    public void exportAll() {
        AccountSession current = session.get();
        KeptTarget offline = kept.get();
        if (current == null && offline != null && !connectors.isEmpty()) {
            exportKept(offline);
            return;
        }
        if (current == null || connectors.isEmpty()) {
            return;
        }
        Optional<Path> target = dialogs.chooseSaveFile(
                "Export all connectors",
                safe("appflow-connectors-" + current.profile().name() + "-" + current.region()) + ".json");
        if (target.isEmpty()) {
            return;
        }
        List<ConnectorSummary> all = List.copyOf(connectors);
        exporting.set(true);
        exportAllTask = BackgroundTask.of(c -> {
                    String text = output.allText(current.describeAll(all, c));
                    if (c.isCancelled()) {
                        return 0;
                    }
                    writer.write(target.get(), text);
                    return all.size();
                })
                .showing(status, "Exporting " + all.size() + " connectors…")
                .onSuccess(count -> {
                    exporting.set(false);
                    status.info("Exported " + count + " connectors to " + target.get());
                })
                .onFailure(error -> {
                    exporting.set(false);
                    status.info("Export failed");
                    status.report(Problem.of("Could not export to " + target.get(), error, this::exportAll));
                })
                .executeWith(tasks);
    }

    /** Offline: every connector whose configuration the history kept, the others named in the status line. */
    private void exportKept(KeptTarget offline) {
        Optional<Path> target = dialogs.chooseSaveFile(
                "Export all connectors (from the history)",
                safe("appflow-connectors-" + offline.target().profileName() + "-"
                                + offline.target().region()) + asOfSuffix(offline.asOf()) + ".json");
        if (target.isEmpty()) {
            return;
        }
        List<ConnectorSummary> all = List.copyOf(connectors);
        exporting.set(true);
        exportAllTask = BackgroundTask.of(c -> {
                    List<ConnectorDescription> found = new java.util.ArrayList<>();
                    for (ConnectorSummary summary : all) {
                        offline.describe(summary.key()).ifPresent(k -> found.add(k.description()));
                    }
                    writer.write(target.get(), output.allText(found));
                    return found.size();
                })
                .showing(status, "Exporting the connectors the history kept…")
                .onSuccess(count -> {
                    exporting.set(false);
                    status.info("Exported " + count + " of " + all.size() + " connectors from the history to "
                            + target.get()
                            + (count < all.size()
                                    ? "; " + (all.size() - count) + " were never opened here while reachable"
                                    : ""));
                })
                .onFailure(error -> {
                    exporting.set(false);
                    status.info("Export failed");
                    status.report(Problem.of("Could not export to " + target.get(), error, this::exportAll));
                })
                .executeWith(tasks);
    }

    /** "-as-of-2026-12-05T1402": in the file name of an export from the history, in this computer's time zone. */
    static String asOfSuffix(java.time.Instant asOf) {
        return "-as-of-"
                + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm")
                        .format(asOf.atZone(java.time.ZoneId.systemDefault()));
    }

    /** Stops an export of all connectors between two calls; the target file is left as it was. */
    public void cancelExport() {
        if (exportAllTask != null && exporting.get()) {
            exportAllTask.cancel();
            exporting.set(false);
            status.info("Export cancelled; no file was written");
        }
    }

    private final javafx.beans.property.ReadOnlyBooleanWrapper exporting =
            new javafx.beans.property.ReadOnlyBooleanWrapper();

    public javafx.beans.property.ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public void copySelectedAsJson() {
        ConnectorDescription description = shown.get();
        if (description != null) {
            clipboard.putText(output.text(description));
            status.info("Copied the configuration of " + description.key().displayId() + " as JSON");
        }
    }

    private void write(Path path, String text, String what) {
        BackgroundTask.of(() -> writer.write(path, text))
                .showing(status, "Writing " + path.getFileName() + "…")
                .onSuccess(done -> status.info("Exported " + what + " to " + path))
                .onFailure(error -> {
                    status.info("Export failed");
                    status.report(Problem.of("Could not write " + path, error, () -> write(path, text, what)));
                })
                .executeWith(tasks);
    }

    static String fileNameFor(ConnectorKey key) {
        return safe(
                        key.connectorLabel() == null
                                ? key.connectorType()
                                : key.connectorType() + "-" + key.connectorLabel())
                + ".json";
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._@#!-]+", "_");
    }

    public BooleanBinding canExportSelectedProperty() {
        return canExportSelected;
    }

    public BooleanBinding canExportAllProperty() {
        return canExportAll;
    }
}
