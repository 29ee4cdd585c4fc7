package io.connectorexplorer.ui.connection;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connection.ConnectionReads;
import io.connectorexplorer.core.connection.EntityField;
import io.connectorexplorer.core.connection.EntitySummary;
import io.connectorexplorer.core.connection.FieldTable;
import io.connectorexplorer.core.connector.EntityQuery;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.BackgroundTask;
import io.connectorexplorer.ui.common.Problem;
import io.connectorexplorer.ui.common.Stamps;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.common.TextClipboard;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The fields of the entity chosen (DescribeConnectorEntity), filtered as you type, sortable; the rows shown are copied
 * as TSV (for a spreadsheet) or CSV, and one column's values on their own.
 */
public final class FieldsViewModel {

    private final TaskRunner tasks;
    private final StatusModel status;
    private final TextClipboard clipboard;
    private final Stamps loads = new Stamps();
    private final ObservableList<EntityField> all = FXCollections.observableArrayList();
    private final FilteredList<EntityField> filtered = new FilteredList<>(all);
    private final SortedList<EntityField> shown = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("Choose an entity to see its fields.");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Fields");
    private Source session;
    private EntityQuery query;
    private EntitySummary entity;
    private JsonNode response;
    private final ReadOnlyObjectWrapper<Shown> read = new ReadOnlyObjectWrapper<>();

    /**
     * Fields read, as what the Compare window compares: where ({@code target}; {@code live} or from the history, last
     * seen {@code asOf}), through what ({@code query}), of which entity, and DescribeConnectorEntity's answer.
     */
    public record Shown(
            Target target, boolean live, Instant asOf, EntityQuery query, EntitySummary entity, JsonNode response) {}

    FieldsViewModel(TaskRunner tasks, StatusModel status, TextClipboard clipboard) {
        this.tasks = tasks;
        this.status = status;
        this.clipboard = clipboard;
        filter.addListener((obs, old, text) -> {
            filtered.setPredicate(f -> FieldTable.matches(f, text));
            counted();
        });
    }

    void show(Source at, EntityQuery through, EntitySummary chosen) {
        session = at;
        query = through;
        entity = chosen;
        reload();
    }

    void showNothing(String why) {
        loads.supersede();
        entity = null;
        read.set(null);
        all.clear();
        title.set("Fields");
        placeholder.set(why);
    }

    /** Reads the fields again (Retry, and after their metadata was refreshed). */
    public void reload() {
        if (entity == null || session == null) {
            return;
        }
        Stamps.Stamp stamp = loads.next();
        response = null;
        read.set(null);
        all.clear();
        String name = entity.displayName();
        title.set(name);
        placeholder.set("Reading the fields of " + name + "…");
        Source at = session;
        EntityQuery through = query;
        EntitySummary chosen = entity;
        String entityName = entity.name();
        BackgroundTask.of(c -> new Read(at.reads().fields(through, entityName), at.reads()))
                .showing(status, "Reading the fields of " + name + "…")
                .whileCurrent(stamp)
                .onSuccess(done -> {
                    status.clearProblem(Problem.Kind.CALL_FAILED);
                    response = done.response();
                    read.set(new Shown(at.target(), at.isLive(), done.asOf(), through, chosen, done.response()));
                    all.setAll(done.fields());
                    placeholder.set(name + " has no fields.");
                    counted();
                })
                .onFailure(error -> {
                    placeholder.set("The fields of " + name + " could not be read.");
                    status.report(ConnectionProblems.of(
                            "Could not read the fields of " + name,
                            error,
                            through.connectorProfileName(),
                            this::reload));
                })
                .executeWith(tasks);
    }

    /**
     * A DescribeConnectorEntity answer and its fields, made from it off the FX thread; offline, when the history last
     * saw it.
     */
    private record Read(JsonNode response, List<EntityField> fields, Instant asOf) {
        Read(JsonNode response, ConnectionReads from) {
            this(
                    response,
                    EntityField.of(response),
                    from instanceof io.connectorexplorer.core.store.KeptConnections kept
                            ? kept.lastAsOf().orElse(null)
                            : null);
        }
    }

    private void counted() {
        if (entity != null && !all.isEmpty()) {
            title.set(entity.displayName() + " · "
                    + (filtered.size() == all.size() ? all.size() + "" : filtered.size() + " of " + all.size())
                    + " fields");
        }
    }

    /** Ctrl+Shift+C: the rows shown, in the order shown, as TSV — they paste into a spreadsheet as a table. */
    public void copyTable() {
        clipboard.putText(FieldTable.tsv(List.copyOf(shown), FieldTable.COLUMNS));
        status.info("Copied " + shown.size() + " fields as tab-separated values");
    }

    /** Ctrl+C in the table: the field's identifier, as a flow's task names it. */
    public void copyIdentifier(EntityField field) {
        clipboard.putText(field.identifier());
        status.info("Copied " + field.identifier());
    }

    /** The rows shown as CSV. */
    public void copyCsv() {
        clipboard.putText(FieldTable.csv(List.copyOf(shown), FieldTable.COLUMNS));
        status.info("Copied " + shown.size() + " fields as CSV");
    }

    /** One column's values of the rows shown, a line each. */
    public void copyColumn(FieldTable.Column column) {
        StringBuilder out = new StringBuilder();
        shown.forEach(f -> out.append(column.value(f)).append('\n'));
        clipboard.putText(out.toString());
        status.info("Copied the " + column.heading() + " of " + shown.size() + " fields");
    }

    /** The entity's fields as DescribeConnectorEntity answered; null until read. */
    public JsonNode response() {
        return response;
    }

    /** The fields read and shown, to compare; null while none are. */
    public ReadOnlyObjectProperty<Shown> readProperty() {
        return read.getReadOnlyProperty();
    }

    /** The entity whose fields these are; null when none is chosen. */
    public EntitySummary entity() {
        return entity;
    }

    /** The rows as the table shows them: filtered; sorted as the table's columns say (bind its comparator). */
    public SortedList<EntityField> getShown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
