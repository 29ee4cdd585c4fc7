package io.connectorexplorer.ui.connection;

import io.connectorexplorer.core.connection.ConnectionSummary;
import io.connectorexplorer.core.connection.EntitySummary;
import io.connectorexplorer.core.connector.EntityQuery;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.BackgroundTask;
import io.connectorexplorer.ui.common.Confirmation;
import io.connectorexplorer.ui.common.Problem;
import io.connectorexplorer.ui.common.Stamps;
import io.connectorexplorer.ui.common.StatusModel;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The entities of the connection chosen (ListConnectorEntities, every page, with a count of pages as they come and
 * Cancel), in the API version chosen when the connector has several; an entity with nested entities reads its children
 * when opened. The one chosen shows its fields ({@link FieldsViewModel}).
 */
public final class EntitiesViewModel {

    private final TaskRunner tasks;
    private final StatusModel status;
    private final FieldsViewModel fields;
    private final Stamps loads = new Stamps();
    private final ReadOnlyObjectWrapper<List<EntitySummary>> entities = new ReadOnlyObjectWrapper<>(List.of());
    private final ObservableList<String> apiVersions = FXCollections.observableArrayList();
    private final ObjectProperty<String> apiVersion = new SimpleObjectProperty<>();
    private final ObjectProperty<EntitySummary> selected = new SimpleObjectProperty<>();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper placeholder =
            new ReadOnlyStringWrapper("Choose a connection to see its entities.");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(true);
    private Source session;
    private com.fasterxml.jackson.databind.JsonNode response;
    private Confirmation question = (header, text, action) -> true;
    private ConnectionSummary connection;
    private io.connectorexplorer.core.task.TaskRunner.Handle handle;

    EntitiesViewModel(TaskRunner tasks, StatusModel status, FieldsViewModel fields) {
        this.tasks = tasks;
        this.status = status;
        this.fields = fields;
        apiVersion.addListener((obs, old, now) -> {
            if (old != null && now != null && !old.equals(now) && connection != null) {
                reload();
            }
        });
        selected.addListener((obs, old, now) -> {
            if (now == null) {
                fields.showNothing("Choose an entity to see its fields.");
            } else {
                fields.show(session, query(), now);
            }
        });
    }

    /** Reads the entities of {@code chosen} at {@code at}; {@code versions}: the connector's API versions. */
    void show(Source at, ConnectionSummary chosen, List<String> versions) {
        session = at;
        live.set(at != null && at.isLive());
        connection = chosen;
        apiVersions.setAll(versions);
        apiVersion.set(versions.isEmpty() ? null : versions.get(0));
        reload();
    }

    void showNothing(String why) {
        loads.supersede();
        cancel();
        connection = null;
        entities.set(List.of());
        selected.set(null);
        placeholder.set(why);
    }

    /** Reads the entities again (Retry, and after their metadata was refreshed). */
    public void reload() {
        if (connection == null || session == null) {
            return;
        }
        Stamps.Stamp stamp = loads.next();
        response = null;
        entities.set(List.of());
        selected.set(null);
        String name = connection.name();
        placeholder.set("Reading the entities of " + name + "…");
        progress.set("Reading the entities of " + name + "…");
        running.set(true);
        EntityQuery query = query();
        Source at = session;
        handle = BackgroundTask.<Read>of(c -> new Read(at.reads()
                        .entities(
                                query,
                                c,
                                pages -> tasks.onUiThread(() -> {
                                    if (stamp.isCurrent()) {
                                        progress.set("Reading the entities of " + name + "… " + pages
                                                + (pages == 1 ? " page" : " pages"));
                                    }
                                }))))
                .showing(status, "Reading the entities of " + name + "…")
                .whileCurrent(stamp)
                .onSuccess(read -> {
                    status.clearProblem(Problem.Kind.CALL_FAILED);
                    List<EntitySummary> found = read.entities();
                    running.set(false);
                    progress.set("");
                    response = read.response();
                    entities.set(found);
                    placeholder.set(name + " exposes no entities.");
                    status.info(found.size() + (found.size() == 1 ? " entity in " : " entities in ") + name);
                })
                .onFailure(error -> {
                    running.set(false);
                    progress.set("");
                    placeholder.set("The entities of " + name + " could not be read.");
                    status.report(
                            ConnectionProblems.of("Could not read the entities of " + name, error, name, this::reload));
                })
                .executeWith(tasks);
    }

    /** Stops reading entities (Escape, Cancel); what was read is dropped. */
    public void cancel() {
        if (running.get() && handle != null) {
            handle.cancel();
            loads.supersede();
            running.set(false);
            progress.set("");
            placeholder.set("Cancelled. Reload (F5) reads the entities again.");
            status.info("Cancelled");
        }
    }

    /** Who is asked before a metadata cache is reset (a dialog in the window). */
    public void setQuestion(Confirmation question) {
        this.question = question;
    }

    /**
     * "Refresh metadata": ResetConnectorMetadataCache for the connection — for the entity chosen, its fields; else its
     * entity list — once the user agreed, then reads them again.
     */
    public void refreshMetadata() {
        if (connection == null || session == null) {
            return;
        }
        if (!session.isLive()) {
            status.info("Offline: the metadata is refreshed in the account, once it can be reached");
            return;
        }
        EntitySummary entity = selected.get();
        String name = connection.name();
        String what =
                entity == null ? "the entity list of " + name : "the fields of " + entity.displayName() + " in " + name;
        if (!question.confirm(
                "Refresh " + what + "?",
                "AppFlow keeps what it read from the application behind a connection. Refreshing drops what it kept for "
                        + what + ", so it is read from the application again — after a field or object was added"
                        + " there, say. Nothing in the application or in your flows changes.",
                "Refresh")) {
            return;
        }
        Source at = session;
        EntityQuery query = query();
        BackgroundTask.of(c -> {
                    at.live().resetMetadata(query, entity == null ? null : entity.name());
                    return what;
                })
                .showing(status, "Refreshing " + what + "…")
                .onSuccess(done -> {
                    status.info("Refreshed " + done);
                    if (entity == null) {
                        reload();
                    } else {
                        fields.reload();
                    }
                })
                .onFailure(error -> status.report(
                        ConnectionProblems.of("Could not refresh " + what, error, name, this::refreshMetadata)))
                .executeWith(tasks);
    }

    /** Reads the children of a nested entity; {@code then} gets them, or {@code failed} why not (on the FX thread). */
    public void children(EntitySummary parent, Consumer<List<EntitySummary>> then, Consumer<String> failed) {
        if (connection == null || session == null) {
            return;
        }
        EntityQuery query = query().below(parent.name());
        Source at = session;
        String name = connection.name();
        BackgroundTask.of(c -> EntitySummary.of(at.reads().entities(query, c, pages -> {})))
                .showing(status, "Reading the entities in " + parent.displayName() + "…")
                .onSuccess(then)
                .onFailure(error -> {
                    failed.accept("Could not read the entities in " + parent.displayName());
                    status.report(ConnectionProblems.of(
                            "Could not read the entities in " + parent.displayName(), error, name, null));
                })
                .executeWith(tasks);
    }

    /** A ListConnectorEntities answer with every page merged, and its entities. */
    private record Read(com.fasterxml.jackson.databind.JsonNode response, List<EntitySummary> entities) {
        Read(com.fasterxml.jackson.databind.JsonNode response) {
            this(response, EntitySummary.of(response));
        }
    }

    /** The connection's entities as ListConnectorEntities answered, every page merged; null until read. */
    public com.fasterxml.jackson.databind.JsonNode response() {
        return response;
    }

    EntityQuery query() {
        return new EntityQuery(
                connection.name(),
                connection.connector() == null ? null : connection.connector().connectorType(),
                null,
                apiVersion.get());
    }

    public ReadOnlyObjectProperty<List<EntitySummary>> entitiesProperty() {
        return entities.getReadOnlyProperty();
    }

    public ObservableList<String> getApiVersions() {
        return apiVersions;
    }

    public ObjectProperty<String> apiVersionProperty() {
        return apiVersion;
    }

    public ObjectProperty<EntitySummary> selectedProperty() {
        return selected;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether the entities come from the account itself (false: from the history, offline). */
    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ConnectionSummary connection() {
        return connection;
    }
}
