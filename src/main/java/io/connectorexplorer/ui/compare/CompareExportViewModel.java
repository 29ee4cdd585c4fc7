package io.connectorexplorer.ui.compare;

import io.connectorexplorer.core.diff.DiffJson;
import io.connectorexplorer.core.diff.DiffText;
import io.connectorexplorer.core.files.TextFileWriter;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.BackgroundTask;
import io.connectorexplorer.ui.common.DialogService;
import io.connectorexplorer.ui.common.Problem;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.common.TextClipboard;
import io.connectorexplorer.ui.compare.CompareState.Compared;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/**
 * Copy differences (the lines {@code connector-explorer diff} prints) and Save differences as JSON… (what {@code diff
 * --json} prints, each side named by profile, region and account). A configuration holds no secret, so both are
 * whole. The file is rendered and written off the FX thread, atomically.
 */
public final class CompareExportViewModel {

    private final TaskRunner tasks;
    private final TextFileWriter writer;
    private final DialogService dialogs;
    private final StatusModel status;
    private final TextClipboard clipboard;
    private final CompareViewModel compare;
    private final BooleanBinding canExport;

    public CompareExportViewModel(
            TaskRunner tasks,
            TextFileWriter writer,
            DialogService dialogs,
            StatusModel status,
            TextClipboard clipboard,
            CompareViewModel compare) {
        this.tasks = tasks;
        this.writer = writer;
        this.dialogs = dialogs;
        this.status = status;
        this.clipboard = clipboard;
        this.compare = compare;
        this.canExport =
                Bindings.createBooleanBinding(() -> compare.getState() instanceof Compared, compare.stateProperty());
    }

    /** Ctrl+Shift+C: one line per difference, as the command line prints them. */
    public void copyDifferences() {
        if (compare.getState() instanceof Compared c) {
            int n = c.tree().differences().size();
            clipboard.putText(DiffText.render(c.tree().differences()));
            status.info("Copied " + n + (n == 1 ? " difference" : " differences") + " as text");
        }
    }

    /** Ctrl+S: asks where, then writes the JSON there. */
    public void saveJson() {
        if (compare.getState() instanceof Compared c) {
            String name = fileName(compare.subject().fileStem() + "-" + c.left().name() + "-vs-"
                    + c.right().name());
            dialogs.chooseSaveFile("Save the differences as JSON", name + ".json")
                    .ifPresent(path -> write(path, c));
        }
    }

    private void write(Path path, Compared c) {
        BackgroundTask.of(cancellation -> {
                    writer.write(
                            path,
                            JsonFormat.pretty(DiffJson.render(
                                    c.left().about(),
                                    c.right().about(),
                                    c.tree().differences())));
                    return path;
                })
                .showing(status, "Writing " + path.getFileName() + "…")
                .onSuccess(written -> status.info("Saved the differences to " + written))
                .onFailure(error -> {
                    status.info("Could not save the differences");
                    status.report(Problem.of("Could not write " + path, error, () -> write(path, c)));
                })
                .executeWith(tasks);
    }

    /** A name a file can have on every system: "acme-crm-alpha-eu-west-1-vs-beta-eu-west-1". */
    static String fileName(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
    }

    /** Whether there are differences to copy or save (a comparison is shown). */
    public BooleanBinding canExportProperty() {
        return canExport;
    }
}
