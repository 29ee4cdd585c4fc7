package io.connectorexplorer.ui.inventory;

import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.inventory.ConnectorRow;
import io.connectorexplorer.core.inventory.InventoryCell;
import io.connectorexplorer.core.inventory.InventoryMatrix;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The matrix as the table shows it: a row per connector, narrowed by the filter (name, type, label or description, as
 * the connector list filters) and by "only rows that differ", sorted as the table's headers say, and the selected cell
 * — kept by connector and target while rows are replaced as answers arrive.
 */
public final class InventoryMatrixViewModel {

    /** A cell by what it is about, which outlives the row objects and their order. */
    public record CellRef(ConnectorKey key, int column) {}

    private final ObservableList<ConnectorRow> rows = FXCollections.observableArrayList();
    /** Read-only, kept: a wrapper made at each call would drop its listeners once collected. */
    private final ObservableList<ConnectorRow> rowsView = FXCollections.unmodifiableObservableList(rows);

    private final FilteredList<ConnectorRow> visible = new FilteredList<>(rows, row -> true);
    private final SortedList<ConnectorRow> sorted = new SortedList<>(visible);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final BooleanProperty onlyDiffering = new SimpleBooleanProperty(this, "onlyDiffering");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "No connectors yet");
    private final ReadOnlyObjectWrapper<InventoryMatrix> matrix = new ReadOnlyObjectWrapper<>(this, "matrix");
    private final ObjectProperty<CellRef> selected = new SimpleObjectProperty<>(this, "selected");
    private int differing;

    public InventoryMatrixViewModel() {
        filter.addListener((obs, old, text) -> refilter());
        onlyDiffering.addListener((obs, old, on) -> refilter());
        visible.addListener((javafx.collections.ListChangeListener<ConnectorRow>) c -> count());
        selected.addListener((obs, old, cell) -> describeSelected());
        matrix.addListener((obs, old, now) -> describeSelected());
        count();
    }

    /** Shows what {@code next} knows; rows that did not change stay the same objects. */
    public void show(InventoryMatrix next) {
        matrix.set(next);
        List<ConnectorRow> fresh = next.rows();
        differing = (int) fresh.stream().filter(ConnectorRow::differs).count();
        if (!fresh.equals(rows)) {
            // One change for the table, not one per row: a hundred targets change every row at once.
            rows.setAll(fresh);
        }
        count();
    }

    /** Empty, for a new inventory. */
    public void clear(InventoryMatrix empty) {
        selected.set(null);
        show(empty);
    }

    /** The connectors of the rows shown (filter and differ toggle applied), for the export. */
    public Predicate<ConnectorKey> shownKeys() {
        Set<ConnectorKey> keys = new HashSet<>();
        visible.forEach(row -> keys.add(row.key()));
        return keys::contains;
    }

    /** Where the selected cell's row is now in the sorted rows, or -1. */
    public int selectedIndex() {
        CellRef cell = selected.get();
        if (cell == null) {
            return -1;
        }
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).key().equals(cell.key())) {
                return i;
            }
        }
        return -1;
    }

    private void describeSelected() {
        CellRef cell = selected.get();
        InventoryMatrix now = matrix.get();
        ConnectorRow row = cell == null || now == null
                ? null
                : now.rows().stream()
                        .filter(r -> r.key().equals(cell.key()))
                        .findFirst()
                        .orElse(null);
        if (row == null) {
            selectedText.set("");
        } else if (cell.column() < 0 || cell.column() >= now.targets().size()) {
            selectedText.set(
                    row.name() + " · " + row.key().displayId() + (row.differs() ? " · the targets differ" : ""));
        } else {
            var target = now.targets().get(cell.column());
            selectedText.set(
                    MatrixTexts.describe(row, new TargetStatus(target, now.state(target)), row.cell(cell.column())));
        }
    }

    static boolean matches(ConnectorRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        if (row.name().toLowerCase(Locale.ROOT).contains(needle)
                || row.key().displayId().toLowerCase(Locale.ROOT).contains(needle)) {
            return true;
        }
        // The description, as the connector list's filter finds it: any target's listing of the connector.
        for (InventoryCell cell : row.cells()) {
            if (cell instanceof InventoryCell.Present present
                    && present.connector().matches(text)) {
                return true;
            }
        }
        return false;
    }

    private void refilter() {
        String text = filter.get();
        boolean differ = onlyDiffering.get();
        visible.setPredicate(row -> (!differ || row.differs()) && matches(row, text));
    }

    private void count() {
        int total = rows.size();
        int shown = visible.size();
        InventoryMatrix now = matrix.get();
        placeholderText.set(
                now == null || now.targets().isEmpty()
                        ? "Tick profiles and regions, then Take inventory (Enter)."
                        : total > 0
                                ? "No connector matches the filter."
                                : now.progress().isComplete()
                                        ? "No target answered."
                                        : "Waiting for the first answer…");
        if (total == 0) {
            countText.set(
                    matrix.get() == null || matrix.get().progress().finished() == 0
                            ? "No connectors yet"
                            : "No connectors");
            return;
        }
        String connectors = shown == total
                ? total + (total == 1 ? " connector" : " connectors")
                : shown + " of " + total + " connectors";
        countText.set(connectors + ", " + differing + (differing == 1 ? " differs" : " differ"));
    }

    /** Every row, in the matrix's order (connector types, then custom connectors). */
    public ObservableList<ConnectorRow> getRows() {
        return rowsView;
    }

    /** The rows shown, sorted by {@link #comparatorProperty()}: the table's items. */
    public SortedList<ConnectorRow> getShown() {
        return sorted;
    }

    /** How the rows are sorted: the table's own comparator (its headers), or none for the matrix's order. */
    public ObjectProperty<Comparator<? super ConnectorRow>> comparatorProperty() {
        return sorted.comparatorProperty();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty onlyDifferingProperty() {
        return onlyDiffering;
    }

    /** "48 connectors, 3 differ", or "12 of 48 connectors, 3 differ" while some are filtered out. */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<InventoryMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    public InventoryMatrix getMatrix() {
        return matrix.get();
    }

    private final ReadOnlyStringWrapper placeholderText = new ReadOnlyStringWrapper(this, "placeholderText");

    /** What the table says while it has no rows to show. */
    public ReadOnlyStringProperty placeholderTextProperty() {
        return placeholderText.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper selectedText = new ReadOnlyStringWrapper(this, "selectedText", "");

    /** The selected cell in words, for the line under the table. */
    public ReadOnlyStringProperty selectedTextProperty() {
        return selectedText.getReadOnlyProperty();
    }

    /** The selected cell: the table sets it, and puts it back after rows were replaced. */
    public ObjectProperty<CellRef> selectedProperty() {
        return selected;
    }
}
