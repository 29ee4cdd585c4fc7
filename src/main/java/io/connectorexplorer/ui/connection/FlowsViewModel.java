package io.connectorexplorer.ui.connection;

import io.connectorexplorer.core.connection.ConnectionSummary;
import io.connectorexplorer.core.connection.FlowSummary;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.BackgroundTask;
import io.connectorexplorer.ui.common.Problem;
import io.connectorexplorer.ui.common.Stamps;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.common.TextClipboard;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Used by": the flows whose source or destination is the connector shown (ListFlows, every page) — and, when asked,
 * only those that use the connection chosen (a DescribeFlow for each of them, since ListFlows does not name
 * connections). Double-click or Enter copies a flow's name.
 */
public final class FlowsViewModel {

    private final TaskRunner tasks;
    private final StatusModel status;
    private final TextClipboard clipboard;
    private final Stamps loads = new Stamps();
    private final ObservableList<FlowSummary> flows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Used by");
    private Source session;
    private ConnectorKey connector;
    private boolean visible;
    private boolean stale = true;

    FlowsViewModel(TaskRunner tasks, StatusModel status, TextClipboard clipboard) {
        this.tasks = tasks;
        this.status = status;
        this.clipboard = clipboard;
    }

    /** The flows that use {@code key} at {@code at}: read now if they are shown, else when they are. */
    void showConnector(Source at, ConnectorKey key) {
        session = at;
        connector = key;
        stale = true;
        flows.clear();
        if (visible) {
            load(null);
        }
    }

    /** Whether "Used by" is shown: ListFlows is called only for someone who looks. */
    public void setVisible(boolean shown) {
        visible = shown;
        if (shown && stale) {
            load(null);
        }
    }

    /** Only the flows that use {@code connection} (a DescribeFlow for each flow of its connector). */
    public void narrowTo(ConnectionSummary connection) {
        if (connection != null) {
            load(connection);
        }
    }

    /** All the flows of the connector again. */
    public void widen() {
        load(null);
    }

    private void load(ConnectionSummary connection) {
        Stamps.Stamp stamp = loads.next();
        stale = false;
        flows.clear();
        if (session == null || connector == null || !session.isLive()) {
            title.set("Used by");
            placeholder.set("Flows are read from an account that is connected: the history does not keep them.");
            return;
        }
        String name = connector.label().orElse(connector.connectorType());
        String what = connection == null ? name : "the connection " + connection.name();
        title.set("Flows that use " + what);
        placeholder.set("Reading the flows that use " + what + "…");
        Source at = session;
        ConnectorKey key = connector;
        BackgroundTask.of(c -> {
                    List<FlowSummary> using = new ArrayList<>();
                    for (FlowSummary flow : FlowSummary.of(at.live().flows(c))) {
                        if (flow.uses(key)
                                && (connection == null
                                        || FlowSummary.connectionsOf(at.live().flow(flow.name()))
                                                .contains(connection.name()))) {
                            using.add(flow);
                        }
                    }
                    return using;
                })
                .showing(status, "Reading the flows that use " + what + "…")
                .whileCurrent(stamp)
                .onSuccess(found -> {
                    status.clearProblem(Problem.Kind.CALL_FAILED);
                    flows.setAll(found);
                    placeholder.set("No flow in " + at.target().displayName() + " uses " + what + ".");
                    title.set(found.size() + (found.size() == 1 ? " flow uses " : " flows use ") + what);
                })
                .onFailure(error -> {
                    placeholder.set("The flows could not be read.");
                    status.report(ConnectionProblems.of(
                            "Could not read the flows that use " + what, error, what, () -> load(connection)));
                })
                .executeWith(tasks);
    }

    /** Copies the flow's name (for the console's search, a ticket, a CLI command). */
    public void copyName(FlowSummary flow) {
        if (flow != null) {
            clipboard.putText(flow.name());
            status.info("Copied the flow name " + flow.name());
        }
    }

    public ObservableList<FlowSummary> getFlows() {
        return flows;
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
