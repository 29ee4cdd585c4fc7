package io.connectorexplorer.ui.connector;

import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The connector-type list: every connector of the account, the filter, and the selection. */
public final class ConnectorListViewModel {

    private final ObservableList<ConnectorSummary> connectors = FXCollections.observableArrayList();
    private final FilteredList<ConnectorSummary> visible = new FilteredList<>(connectors, c -> true);
    private final StringBinding countText;

    public ConnectorListViewModel() {
        filter.addListener((obs, old, text) -> visible.setPredicate(c -> c.matches(text)));
        countText = Bindings.createStringBinding(
                () -> visible.size() == connectors.size()
                        ? connectors.size() + " connectors"
                        : visible.size() + " of " + connectors.size() + " connectors",
                visible,
                connectors);
    }

    /** Replaces the list, keeping the selected connector when the new list has it. */
    public void setConnectors(List<ConnectorSummary> all, ConnectorKey keepSelected) {
        connectors.setAll(all);
        selected.set(keepSelected == null ? null : find(keepSelected).orElse(null));
    }

    public void clear() {
        connectors.clear();
        selected.set(null);
    }

    /** Puts what a description says about source/destination into the list row. */
    public void learn(ConnectorDescription description) {
        find(description.key())
                .ifPresent(row -> updateFlags(
                        List.of(row.withFlags(description.canUseAsSource(), description.canUseAsDestination()))));
    }

    /** Takes newly known flags for many rows at once (after the custom connectors were described). */
    public void updateFlags(List<ConnectorSummary> withFlags) {
        // One pass over the rows (an account may have a thousand custom connectors, all described at once).
        Map<ConnectorKey, ConnectorSummary> known = new HashMap<>();
        for (ConnectorSummary updated : withFlags) {
            if (updated.flagsKnown()) {
                known.put(updated.key(), updated);
            }
        }
        for (int i = 0; i < connectors.size() && !known.isEmpty(); i++) {
            ConnectorSummary row = connectors.get(i);
            ConnectorSummary updated = row.flagsKnown() ? null : known.get(row.key());
            if (updated != null) {
                boolean wasSelected = row.equals(selected.get());
                connectors.set(i, row.withFlags(updated.canUseAsSource(), updated.canUseAsDestination()));
                if (wasSelected) {
                    selected.set(connectors.get(i));
                }
            }
        }
    }

    public Optional<ConnectorSummary> find(ConnectorKey key) {
        return connectors.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public ObservableList<ConnectorSummary> getConnectors() {
        return FXCollections.unmodifiableObservableList(connectors);
    }

    public ObservableList<ConnectorSummary> getVisible() {
        return visible;
    }

    private final StringProperty filter = new SimpleStringProperty("");

    public StringProperty filterProperty() {
        return filter;
    }

    public String getFilter() {
        return filter.get();
    }

    public void setFilter(String text) {
        filter.set(text);
    }

    private final ObjectProperty<ConnectorSummary> selected = new SimpleObjectProperty<>();

    public ObjectProperty<ConnectorSummary> selectedProperty() {
        return selected;
    }

    public ConnectorSummary getSelected() {
        return selected.get();
    }

    public void setSelected(ConnectorSummary summary) {
        selected.set(summary);
    }

    public StringBinding countTextProperty() {
        return countText;
    }
}
