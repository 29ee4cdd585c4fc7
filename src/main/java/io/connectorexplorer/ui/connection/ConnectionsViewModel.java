package io.connectorexplorer.ui.connection;

import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connection.ConnectionReads;
import io.connectorexplorer.core.connection.ConnectionSummary;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.json.WireSchema;
import io.connectorexplorer.core.store.KeptTarget;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.BackgroundTask;
import io.connectorexplorer.ui.common.Problem;
import io.connectorexplorer.ui.common.Stamps;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.common.TextClipboard;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Connections tab's state: the connections (DescribeConnectorProfiles of the connector shown, every page) of the
 * account shown, read when the tab shows and the connector or account changed, or when one was created here; the one
 * chosen, whose entities ({@link EntitiesViewModel}) and fields ({@link FieldsViewModel}) follow.
 */
public final class ConnectionsViewModel {

    private final TaskRunner tasks;
    private final StatusModel status;
    private final EntitiesViewModel entities;
    private final FieldsViewModel fields;
    private final FlowsViewModel flows;
    private final Stamps loads = new Stamps();
    private final ObservableList<ConnectionSummary> connections = FXCollections.observableArrayList();
    private final ObjectProperty<ConnectionSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Connections");
    private final Supplier<WireSchema> connectionSchemaSource;
    private volatile WireSchema connectionSchema;
    private Source session;
    private ConnectorDescription connector;
    private boolean stale = true;
    /** The connection to choose when the connections are next read (the one just created); null for the first. */
    private String preferred;

    /** {@code connectionSchema}: the shape of a ConnectorProfile, for its timestamps (read off the thread once). */
    public ConnectionsViewModel(
            TaskRunner tasks, StatusModel status, TextClipboard clipboard, Supplier<WireSchema> connectionSchema) {
        this.connectionSchemaSource = connectionSchema;
        this.tasks = tasks;
        this.status = status;
        this.fields = new FieldsViewModel(tasks, status, clipboard);
        this.entities = new EntitiesViewModel(tasks, status, fields);
        this.flows = new FlowsViewModel(tasks, status, clipboard);
        selected.addListener((obs, old, now) -> {
            if (now == null) {
                entities.showNothing("Choose a connection to see its entities.");
            } else {
                entities.show(session, now, apiVersions());
            }
        });
    }

    /**
     * The connector and where it is read from (either may be null); reads the connections when they changed, or when
     * they were marked stale, else keeps what was read.
     */
    void show(Source shownSource, ConnectorDescription shown) {
        boolean same = shownSource != null
                && session != null
                && shownSource.target().equals(session.target())
                && shownSource.isLive() == session.isLive()
                && shown != null
                && connector != null
                && shown.key().equals(connector.key());
        session = shownSource;
        connector = shown;
        if (same && !stale) {
            return;
        }
        reload();
    }

    /**
     * Follows the connector and account the window shows while the tab is open ({@code tabOpen}): nothing is read for
     * a tab nobody looks at. An account out of reach whose history the window shows ({@code kept}) is read from the
     * history ({@code keptReads}).
     */
    public void follow(
            ObservableValue<ConnectorDescription> shown,
            ObservableValue<AccountSession> sessionShown,
            ObservableValue<KeptTarget> kept,
            Function<Target, ConnectionReads> keptReads,
            ObservableValue<Boolean> tabOpen) {
        Runnable update = () -> {
            if (Boolean.TRUE.equals(tabOpen.getValue())) {
                AccountSession live = sessionShown.getValue();
                KeptTarget offline = kept.getValue();
                show(
                        live != null
                                ? Source.live(live.target(), live.connections())
                                : offline != null
                                        ? Source.kept(offline.target(), keptReads.apply(offline.target()))
                                        : null,
                        shown.getValue());
            }
        };
        shown.addListener((obs, old, now) -> update.run());
        sessionShown.addListener((obs, old, now) -> update.run());
        kept.addListener((obs, old, now) -> update.run());
        tabOpen.addListener((obs, old, now) -> update.run());
    }

    /** A connection was created here: read again next time the tab shows, with that one chosen. */
    public void created(String connectionName) {
        stale = true;
        preferred = connectionName;
    }

    /** Reads the connections again (F5 on the tab, Retry). */
    public void reload() {
        Stamps.Stamp stamp = loads.next();
        connections.clear();
        selected.set(null);
        if (session == null || connector == null) {
            title.set("Connections");
            placeholder.set(
                    session == null
                            ? "Connections are read from an account once it has loaded, or from the history when it cannot be"
                                    + " reached."
                            : "Select a connector to see its connections.");
            return;
        }
        stale = false;
        ConnectorKey key = connector.key();
        flows.showConnector(session, key);
        String name = key.label().orElse(key.connectorType());
        title.set("Connections of " + name + session.note());
        placeholder.set("Reading the connections of " + name + "…");
        Source at = session;
        BackgroundTask.of(c -> {
                    connectionSchema(); // the SDK's shapes are read here, not on the FX thread
                    return ConnectionSummary.of(at.reads().profiles(key, c));
                })
                .showing(status, "Reading the connections of " + name + "…")
                .whileCurrent(stamp)
                .onSuccess(found -> {
                    status.clearProblem(Problem.Kind.CALL_FAILED);
                    connections.setAll(found);
                    placeholder.set("This account has no connection of " + name + " in "
                            + at.target().region() + ". Create one on the Connect tab (Ctrl+2).");
                    status.info(found.size() + (found.size() == 1 ? " connection of " : " connections of ") + name);
                    String wanted = preferred;
                    preferred = null;
                    found.stream()
                            .filter(c -> c.name().equals(wanted))
                            .findFirst()
                            .or(() -> found.stream().findFirst())
                            .ifPresent(selected::set);
                })
                .onFailure(error -> {
                    stale = true;
                    placeholder.set("The connections of " + name + " could not be read.");
                    status.report(ConnectionProblems.of(
                            "Could not read the connections of " + name, error, name, this::reload));
                })
                .executeWith(tasks);
    }

    /** The connector's API versions (supportedApiVersions), newest as the service lists them; empty when none. */
    List<String> apiVersions() {
        List<String> versions = new ArrayList<>();
        if (connector != null) {
            connector.configuration().path("supportedApiVersions").forEach(v -> versions.add(v.asText()));
        }
        return versions;
    }

    /** The shape of a connection, for the details tree's timestamps. */
    public WireSchema connectionSchema() {
        WireSchema known = connectionSchema;
        if (known == null) {
            known = connectionSchemaSource.get();
            connectionSchema = known;
        }
        return known;
    }

    public ObservableList<ConnectionSummary> getConnections() {
        return connections;
    }

    public ObjectProperty<ConnectionSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public EntitiesViewModel entities() {
        return entities;
    }

    public FlowsViewModel flows() {
        return flows;
    }

    public FieldsViewModel fields() {
        return fields;
    }
}
