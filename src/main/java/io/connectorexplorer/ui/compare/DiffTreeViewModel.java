package io.connectorexplorer.ui.compare;

import io.connectorexplorer.core.diff.DiffPath;
import io.connectorexplorer.core.diff.DiffTree;
import io.connectorexplorer.core.diff.Difference;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.common.TextClipboard;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The compare tree as the window shows it: which nodes open at first (the way to the differences, within a budget),
 * "differences only", F7 / Shift+F7 through the differences in the command line's order, the selected row's values
 * whole, and Ctrl+C for its path. Follows the comparison's tree; a new one starts from its first difference.
 */
public final class DiffTreeViewModel {

    /** How many rows the tree may open by itself to show the first differences. */
    static final int ROWS_OPENED = 300;

    private final ReadOnlyObjectWrapper<DiffTree> tree = new ReadOnlyObjectWrapper<>();
    private final StatusModel status;
    private final TextClipboard clipboard;
    private int current = -1;
    private boolean keepSelection;
    private DiffPath start;

    DiffTreeViewModel(ReadOnlyObjectProperty<DiffTree> compared, StatusModel status, TextClipboard clipboard) {
        this.status = status;
        this.clipboard = clipboard;
        // Before the view's own listeners (registered after this one): what opens is known when it redraws.
        differencesOnly.addListener((obs, was, on) -> open(tree.get()));
        compared.addListener((obs, old, now) -> show(now));
    }

    /** The next tree is the same comparison turned round (swap): the row selected stays selected. */
    void keepSelection() {
        keepSelection = true;
    }

    private void show(DiffTree now) {
        DiffPath kept = keepSelection && selected.get() != null ? selected.get().path() : null;
        keepSelection = false;
        current = -1;
        position.set("");
        if (now == null) {
            select(null);
        }
        start = kept != null || now == null || now.differences().isEmpty()
                ? kept
                : now.differences().get(0).path();
        open(now);
        tree.set(now);
    }

    private void open(DiffTree t) {
        opened.set(t == null ? Set.of() : OpenedByDefault.of(t, differencesOnly.get(), ROWS_OPENED));
    }

    public void nextDifference() {
        step(1);
    }

    public void previousDifference() {
        step(-1);
    }

    private void step(int direction) {
        DiffTree t = tree.get();
        if (t == null) {
            return;
        }
        List<Difference> all = t.differences();
        if (all.isEmpty()) {
            status.info("No differences");
            return;
        }
        current = current < 0 && direction < 0 ? all.size() - 1 : Math.floorMod(current + direction, all.size());
        DiffPath path = all.get(current).path();
        reveal.set(null);
        reveal.set(path);
        position.set((current + 1) + " of " + all.size());
    }

    /** The row selected in the tree (null for none): its values whole; a difference becomes the current one for F7. */
    public void select(DiffTree.Node node) {
        selected.set(node);
        leftValue.set(node == null ? "" : DiffTexts.detail(node.left()));
        rightValue.set(node == null ? "" : DiffTexts.detail(node.right()));
        selectedPath.set(node == null ? "" : node.path().toString());
        if (node != null && node.isDifference() && tree.get() != null) {
            int at = tree.get().differences().indexOf(node.difference());
            if (at >= 0) {
                current = at;
                position.set((at + 1) + " of " + tree.get().differences().size());
            }
        }
    }

    /** Ctrl+C: the row's path, as the command line prints it. */
    public void copyPath(DiffTree.Node node) {
        if (node != null) {
            clipboard.putText(node.path().toString());
            status.info("Copied the path " + node.path());
        }
    }

    /** The tree shown (the comparison's, once this model has taken it in); null while there is none. */
    public ReadOnlyObjectProperty<DiffTree> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public DiffTree getTree() {
        return tree.get();
    }

    /**
     * The row to select when the tree is drawn: the first difference of a new comparison, the same place after a
     * swap, none when nothing differs.
     */
    public DiffPath getStart() {
        return start;
    }

    private final ReadOnlyObjectWrapper<Set<DiffPath>> opened = new ReadOnlyObjectWrapper<>(Set.of());

    /** The nodes the tree shows open when it is drawn (see {@link OpenedByDefault}). */
    public ReadOnlyObjectProperty<Set<DiffPath>> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public Set<DiffPath> getOpened() {
        return opened.get();
    }

    private final BooleanProperty differencesOnly = new SimpleBooleanProperty();

    /** Hide what is the same on both sides; the way to each difference stays. */
    public BooleanProperty differencesOnlyProperty() {
        return differencesOnly;
    }

    public boolean isDifferencesOnly() {
        return differencesOnly.get();
    }

    public void setDifferencesOnly(boolean on) {
        differencesOnly.set(on);
    }

    private final ReadOnlyObjectWrapper<DiffPath> reveal = new ReadOnlyObjectWrapper<>();

    /** The node F7 / Shift+F7 went to: the view opens the way to it, selects it and puts it in view. */
    public ReadOnlyObjectProperty<DiffPath> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<DiffTree.Node> selected = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<DiffTree.Node> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public DiffTree.Node getSelected() {
        return selected.get();
    }

    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");

    /** "2 of 4": which difference F7 is at. */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper leftValue = new ReadOnlyStringWrapper("");

    /** The selected node's left value, whole. */
    public ReadOnlyStringProperty leftValueProperty() {
        return leftValue.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper rightValue = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty rightValueProperty() {
        return rightValue.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper selectedPath = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty selectedPathProperty() {
        return selectedPath.getReadOnlyProperty();
    }
}
