package io.connectorexplorer.ui.compare;

import io.connectorexplorer.core.diff.DiffTree;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.BackgroundTask;
import io.connectorexplorer.ui.common.Problem;
import io.connectorexplorer.ui.common.Stamps;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.common.TextClipboard;
import io.connectorexplorer.ui.compare.CompareState.Compared;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One comparison: what the main window shows (a {@link CompareSubject}: a connector, an entity's fields) against
 * another side, read off the FX thread, compared into the merged
 * tree of {@code core.diff.DiffTree} (shown through {@link DiffTreeViewModel}), with the count, the sides' names, and
 * a plain reason when the other side cannot be read. A newer comparison, or a cancel, drops the one in flight; swap
 * turns the sides round.
 */
public final class CompareViewModel {

    private final TaskRunner tasks;
    private final StatusModel status;
    private final Stamps comparisons = new Stamps();
    private CompareSubject subject;
    private CompareSource shown;
    private CompareSource other;
    private CompareSource comparedWith;
    private Compared lastCompared;
    private boolean swapped;
    private final ReadOnlyObjectWrapper<DiffTree> tree = new ReadOnlyObjectWrapper<>();
    private final DiffTreeViewModel diffTree;

    public CompareViewModel(TaskRunner tasks, StatusModel status, TextClipboard clipboard) {
        this.tasks = tasks;
        this.status = status;
        this.diffTree = new DiffTreeViewModel(tree.getReadOnlyProperty(), status, clipboard);
    }

    /** The merged tree as the window shows it: what is open, differences only, F7, the selected row. */
    public DiffTreeViewModel diffTree() {
        return diffTree;
    }

    /**
     * Compares {@code what} as {@code source} has it (the main window's) from now on. Another subject or target than
     * before starts over, and answers true; the same one keeps what was compared.
     */
    public boolean show(CompareSubject what, CompareSource source) {
        boolean same = subject != null
                && what.memoryKey().equals(subject.memoryKey())
                && shown != null
                && shown.displayName().equals(source.displayName());
        shown = source;
        subject = what;
        if (same) {
            return false;
        }
        comparisons.supersede();
        other = null;
        comparedWith = null;
        lastCompared = null;
        swapped = false;
        status.clearProblem();
        status.info("Ready");
        showState(new CompareState.Choosing());
        return true;
    }

    /**
     * "What changed": compares what is shown with an earlier version of itself, the earlier on the left, so what
     * the newer version added shows as added.
     */
    public void compareSince(CompareSource earlier) {
        swapped = true;
        compareWith(earlier);
    }

    /** Reads {@code source} (and the shown side) and compares them, in the orientation the window has. */
    public void compareWith(CompareSource source) {
        if (shown == null) {
            return;
        }
        other = source;
        Stamps.Stamp stamp = comparisons.next();
        CompareSource l = swapped ? source : shown;
        CompareSource r = swapped ? shown : source;
        status.clearProblem();
        showState(new CompareState.Reading(source.displayName()));
        BackgroundTask.of(c -> {
                    CompareSource.Side a = l.read(c);
                    CompareSource.Side b = r.read(c);
                    return new Compared(a, b, DiffTree.of(a.document(), b.document()));
                })
                .showing(status, subject.reading(source.displayName()))
                .whileCurrent(stamp)
                .onSuccess(compared -> {
                    comparedWith = source;
                    status.info("Compared " + subjectName() + " with " + source.displayName());
                    showState(compared);
                })
                .onFailure(error -> failed(error, source))
                .executeWith(tasks);
    }

    private void failed(Throwable error, CompareSource source) {
        String title;
        Problem problem;
        if (error instanceof ServiceCallException e && "ResourceNotFoundException".equals(e.errorCode())) {
            title = subject.missingFrom(source.displayName());
            problem = new Problem(
                    Problem.Kind.CALL_FAILED,
                    title,
                    e.headline(),
                    subject.whenMissing(),
                    Problem.RETRY,
                    () -> compareWith(source));
        } else {
            title = "Could not compare " + subjectName() + " with " + source.displayName();
            problem = Problem.of(title, error, () -> compareWith(source));
        }
        status.info(title);
        status.report(problem);
        showState(new CompareState.Failed(title));
    }

    /** Stops reading the other side (Escape); what was compared before, if anything, shows again. */
    public void cancel() {
        if (!(state.get() instanceof CompareState.Reading)) {
            return;
        }
        comparisons.supersede();
        other = comparedWith;
        status.info("Cancelled");
        showState(comparedWith != null && lastCompared != null ? lastCompared : new CompareState.Choosing());
    }

    /** Swaps the sides: what was added is removed, and the differences follow the new left side's order. */
    public void swap() {
        if (state.get() instanceof CompareState.Reading) {
            return;
        }
        swapped = !swapped;
        if (state.get() instanceof Compared c) {
            diffTree.keepSelection();
            showState(new Compared(
                    c.right(),
                    c.left(),
                    DiffTree.of(c.right().document(), c.left().document())));
        } else {
            names();
        }
    }

    private void showState(CompareState next) {
        state.set(next);
        running.set(next instanceof CompareState.Reading);
        if (next instanceof Compared c) {
            lastCompared = c;
            tree.set(c.tree());
            count.set(DiffTexts.count(c.tree().differences()));
        } else {
            tree.set(null);
            count.set("");
        }
        placeholder.set(placeholderFor(next));
        names();
    }

    private String placeholderFor(CompareState next) {
        if (next instanceof CompareState.Reading r) {
            return subject.reading(r.otherName());
        }
        if (next instanceof CompareState.Failed f) {
            return f.title() + ".";
        }
        return next instanceof Compared ? "" : "Pick what to compare " + subjectName() + " with, then Enter.";
    }

    private void names() {
        String otherName = other == null ? "—" : other.displayName();
        String shownName = shown == null ? "—" : shown.displayName();
        leftName.set(swapped ? otherName : shownName);
        rightName.set(swapped ? shownName : otherName);
    }

    /** Drops a comparison in flight (the window closes). */
    public void close() {
        cancel();
    }

    /** What is compared; null before anything was shown. */
    public CompareSubject subject() {
        return subject;
    }

    /** "acme-crm", an Amazon connector's type, "Account in salesforce-prod": how messages name what is compared. */
    public String subjectName() {
        return subject == null ? "the connector" : subject.name();
    }

    private final ReadOnlyObjectWrapper<CompareState> state = new ReadOnlyObjectWrapper<>(new CompareState.Choosing());

    public ReadOnlyObjectProperty<CompareState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public CompareState getState() {
        return state.get();
    }

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();

    /** Whether the other side is being read (Cancel, Escape). */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** The merged tree of the comparison shown; null while there is none. */
    public ReadOnlyObjectProperty<DiffTree> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public DiffTree getTree() {
        return tree.get();
    }

    private final ReadOnlyStringWrapper leftName = new ReadOnlyStringWrapper("—");

    public ReadOnlyStringProperty leftNameProperty() {
        return leftName.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper rightName = new ReadOnlyStringWrapper("—");

    public ReadOnlyStringProperty rightNameProperty() {
        return rightName.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");

    /** "4 differences: 2 changed, 1 added, 1 removed". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");

    /** What the tree says while there is no comparison to show. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }
}
