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
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The connector-type list: every connector of the account, the filter, and the selection. */
public final class ConnectorListViewModel {

    private final RowList<ConnectorSummary> connectors = new RowList<>();
    private final FilteredList<ConnectorSummary> visible = new FilteredList<>(connectors, c -> true);
    private final StringBinding countText;

    public ConnectorListViewModel() {
        filter.addListener((obs, old, text) -> visible.setPredicate(c -> c.matches(text)));
        countText = Bindings.createStringBinding(
                () -> loading.get()
                        ? "Loading…"
                        : visible.size() == connectors.size()
                                ? connectors.size() + " connectors"
                                : visible.size() + " of " + connectors.size() + " connectors",
                visible,
                connectors,
                loading);
    }

    private final javafx.collections.ObservableSet<ConnectorKey> changed = FXCollections.observableSet();
    private final javafx.collections.ObservableSet<ConnectorKey> changedView =
            FXCollections.unmodifiableObservableSet(changed);

    /** The connectors whose configuration changed since the user last looked at them (marked in the list). */
    public javafx.collections.ObservableSet<ConnectorKey> getChanged() {
        return changedView;
    }

    /** Marks these connectors as changed since last looked at. */
    public void setChanged(java.util.Collection<ConnectorKey> keys) {
        changed.clear();
        changed.addAll(keys);
    }

    /** The user looked at it: no longer marked. */
    public void looked(ConnectorKey key) {
        changed.remove(key);
    }

    /** Replaces the list, keeping the selected connector when the new list has it. */
    public void setConnectors(List<ConnectorSummary> all, ConnectorKey keepSelected) {
        loading.set(false);
        fillingFlags.set(false);
        undescribed.clear();
        connectors.setAll(all);
        selected.set(keepSelected == null ? null : find(keepSelected).orElse(null));
    }

    /** Empties the list while an account's connectors are on their way: it says so, rather than "0 connectors". */
    public void startLoading() {
        clear();
        loading.set(true);
    }

    public void clear() {
        changed.clear();
        loading.set(false);
        fillingFlags.set(false);
        undescribed.clear();
        connectors.clear();
        selected.set(null);
    }

    /** Puts what a description says about source and destination into its row. */
    public void learn(ConnectorDescription description) {
        undescribed.remove(description.key());
        for (int i = 0; i < connectors.size(); i++) {
            if (connectors.get(i).key().equals(description.key())) {
                replace(i, connectors.get(i).learnedFrom(description));
                return;
            }
        }
    }

    /**
     * Takes the flags learned for many rows at once (after they were described), as one change of the list: a row
     * still unknown in {@code learned} could not be described, and says "not known" from now on.
     */
    public void updateFlags(List<ConnectorSummary> learned) {
        Map<ConnectorKey, ConnectorSummary> byKey = new HashMap<>();
        for (ConnectorSummary updated : learned) {
            byKey.put(updated.key(), updated);
        }
        ConnectorSummary[] nowSelected = {null};
        connectors.inOneChange(() -> {
            for (int i = 0; i < connectors.size() && !byKey.isEmpty(); i++) {
                ConnectorSummary row = connectors.get(i);
                ConnectorSummary updated = byKey.remove(row.key());
                if (updated == null) {
                    continue;
                }
                // What a row learned meanwhile (the user selected it) is not undone by an older answer.
                ConnectorSummary merged = row.withFlags(
                        row.source().or(updated.source()), row.destination().or(updated.destination()));
                if (!merged.equals(row)) {
                    connectors.set(i, merged);
                    if (row.equals(selected.get())) {
                        nowSelected[0] = merged;
                    }
                }
            }
        });
        // After the change, when the list view has the new row to select.
        if (nowSelected[0] != null) {
            selected.set(nowSelected[0]);
        }
        List<ConnectorKey> failed = learned.stream()
                .filter(c -> !c.flagsKnown())
                .map(ConnectorSummary::key)
                .filter(key -> find(key).map(row -> !row.flagsKnown()).orElse(false))
                .toList();
        undescribed.addAll(failed);
    }

    private void replace(int index, ConnectorSummary updated) {
        ConnectorSummary row = connectors.get(index);
        if (updated.equals(row)) {
            return;
        }
        boolean wasSelected = row.equals(selected.get());
        connectors.set(index, updated);
        if (wasSelected) {
            selected.set(updated);
        }
    }

    private final javafx.collections.ObservableSet<ConnectorKey> undescribed = FXCollections.observableSet();
    private final javafx.collections.ObservableSet<ConnectorKey> undescribedView =
            FXCollections.unmodifiableObservableSet(undescribed);

    /** The connectors whose description for their badges failed: "not known" rather than "still loading". */
    public javafx.collections.ObservableSet<ConnectorKey> getUndescribed() {
        return undescribedView;
    }

    /** Whether the row's unknown flags are still being filled ("…"), rather than not known ("?"). */
    public boolean isFillingFlags(ConnectorKey key) {
        return fillingFlags.get() && !undescribed.contains(key);
    }

    /** The rows the list shows on screen, as indices into {@link #getVisible()}; last below first when none. */
    public record ShownRows(int first, int last) {
        public int count() {
            return Math.max(0, last - first + 1);
        }
    }

    private final ReadOnlyObjectWrapper<ShownRows> shownRows = new ReadOnlyObjectWrapper<>(new ShownRows(0, -1));

    /** Told by the view after a layout: which rows are on screen now (the badges are filled for those). */
    public void setShownRows(int first, int last) {
        ShownRows now = new ShownRows(first, last);
        if (!now.equals(shownRows.get())) {
            shownRows.set(now);
        }
    }

    public ReadOnlyObjectProperty<ShownRows> shownRowsProperty() {
        return shownRows.getReadOnlyProperty();
    }

    public ShownRows getShownRows() {
        return shownRows.get();
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

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();

    /** True from an account's opening until its connectors (or its failure) arrive. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    private final BooleanProperty fillingFlags = new SimpleBooleanProperty();

    /**
     * True while the connectors whose flags the listing left unknown are described as they come into view: their
     * badges say "still loading" until then ("not known" once a describe failed, see {@link #getUndescribed()}), and
     * "not known" when nobody describes them (a list from the history).
     */
    public BooleanProperty fillingFlagsProperty() {
        return fillingFlags;
    }

    public boolean isFillingFlags() {
        return fillingFlags.get();
    }

    public void setFillingFlags(boolean filling) {
        fillingFlags.set(filling);
    }

    public StringBinding countTextProperty() {
        return countText;
    }
}
