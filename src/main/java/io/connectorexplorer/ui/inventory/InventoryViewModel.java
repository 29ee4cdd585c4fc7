package io.connectorexplorer.ui.inventory;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.inventory.ConnectorRow;
import io.connectorexplorer.core.inventory.InventoryCell;
import io.connectorexplorer.core.inventory.InventoryListener;
import io.connectorexplorer.core.inventory.InventoryMatrix;
import io.connectorexplorer.core.inventory.InventoryProgress;
import io.connectorexplorer.core.inventory.InventoryRequest;
import io.connectorexplorer.core.inventory.TargetState;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.search.SeenConnectors;
import io.connectorexplorer.ui.common.StatusModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * An inventory in the window: starts it over the chosen targets, follows each target's state, and shows the matrix as
 * answers arrive — applied at most once per pulse ({@code nextPulse}), however many answers came since, so a hundred
 * targets never hold up the UI thread. Cancel stops every target still on its way; a target that failed is asked again
 * with Retry, one that needs a sign-in with Sign in (asked again once signed in). Every answer also goes to
 * {@link SeenConnectors}, so go to anything finds those connectors. UI thread only.
 */
public final class InventoryViewModel {

    private final InventorySource source;
    private final Executor uiThread;
    private final Executor nextPulse;
    private final SeenConnectors seen;
    private final BiConsumer<Target, ConnectorKey> openInMainWindow;
    private final Consumer<AwsProfile> signIn;
    private final StatusModel status;
    private final InventoryMatrixViewModel matrix = new InventoryMatrixViewModel();
    private final InventoryStates states = new InventoryStates();
    private final ObservableList<TargetStatus> targets = FXCollections.observableArrayList();
    /** Read-only, kept: a wrapper made at each call would drop its listeners once collected. */
    private final ObservableList<TargetStatus> targetsView = FXCollections.unmodifiableObservableList(targets);

    private final ReadOnlyObjectWrapper<List<Target>> columns = new ReadOnlyObjectWrapper<>(this, "columns", List.of());
    private final List<Runnable> cancels = new ArrayList<>();
    private int generation;
    private boolean pulseQueued;
    private int applied;
    private AwsProfile signingInFor;

    /**
     * @param uiThread where the fan-out tells its answers (the UI thread's executor)
     * @param nextPulse runs a task once on the UI thread at the next pulse
     * @param openInMainWindow shows a connector of a target in the main window
     * @param signIn the main window's SSO sign-in for a profile; {@link #signedIn()} is called when it succeeds
     */
    public InventoryViewModel(
            InventorySource source,
            Executor uiThread,
            Executor nextPulse,
            SeenConnectors seen,
            BiConsumer<Target, ConnectorKey> openInMainWindow,
            Consumer<AwsProfile> signIn,
            StatusModel status) {
        this.source = source;
        this.uiThread = uiThread;
        this.nextPulse = nextPulse;
        this.seen = seen;
        this.openInMainWindow = openInMainWindow;
        this.signIn = signIn;
        this.status = status;
    }

    /** Takes the inventory of {@code chosen}: the columns, in this order. An inventory on its way is cancelled. */
    public void start(List<Target> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        stopRuns();
        generation++;
        List<Target> unique = states.reset(chosen);
        // The lines first: a new column's header shows its target's line.
        targets.setAll(unique.stream().map(states::status).toList());
        columns.set(unique);
        matrix.clear(states.matrix());
        progress.set(states.matrix().progress());
        progressText.set(MatrixTexts.progress(progress.get()));
        running.set(true);
        status.info("Taking the inventory of " + MatrixTexts.targets(unique.size()) + "…");
        ask(unique);
    }

    /** Stops every target still queued or loading; what answered stays. */
    public void cancel() {
        if (running.get()) {
            stopRuns();
        }
    }

    /** The window closes: nothing more is asked (the targets on their way are told cancelled). */
    public void close() {
        stopRuns();
    }

    /** Asks a target again (it failed, was cancelled, or needs a sign-in). */
    public void retry(Target target) {
        if (states.has(target) && states.status(target).isFinal()) {
            ask(List.of(target));
        }
    }

    /** Asks again every target that failed or was cancelled (not those that need a sign-in). */
    public void retryFailed() {
        List<Target> again = states.where(s -> s.action() == TargetStatus.Action.RETRY);
        if (!again.isEmpty()) {
            ask(again);
        }
    }

    /** Sign in for a target that needs it; once signed in, its profile's targets that needed it are asked again. */
    public void signIn(Target target) {
        signingInFor = target.profile();
        signIn.accept(target.profile());
    }

    /** A sign-in succeeded: the targets of the profile signed in from here that needed it are asked again. */
    public void signedIn() {
        AwsProfile profile = signingInFor;
        signingInFor = null;
        if (profile != null) {
            List<Target> again = states.where(s ->
                    s.target().profileName().equals(profile.name()) && s.state() instanceof TargetState.NeedsSignIn);
            if (!again.isEmpty()) {
                ask(again);
            }
        }
    }

    /** Runs the action a target's line offers: Sign in or Retry. */
    public void act(TargetStatus line) {
        switch (line.action()) {
            case SIGN_IN -> signIn(line.target());
            case RETRY -> retry(line.target());
            case NONE -> {}
        }
    }

    /**
     * Opens the cell's connector in its target in the main window; true when it did. An absent or unanswered cell
     * opens nothing and says why in the status line.
     */
    public boolean open(ConnectorRow row, int column) {
        if (column < 0 || column >= targets.size()) {
            return openAnywhere(row);
        }
        TargetStatus where = targets.get(column);
        InventoryCell cell = row.cell(column);
        if (cell instanceof InventoryCell.Present) {
            status.info("Opened " + row.name() + " of " + where.target().displayName() + " in the main window");
            openInMainWindow.accept(where.target(), row.key());
            return true;
        }
        status.info(MatrixTexts.describe(row, where, cell));
        return false;
    }

    /** Opens the connector in the first target that has it (a cell of the connector column). */
    public boolean openAnywhere(ConnectorRow row) {
        for (int i = 0; i < row.cells().size(); i++) {
            if (row.cell(i) instanceof InventoryCell.Present) {
                return open(row, i);
            }
        }
        status.info("No target that answered has " + row.name() + ".");
        return false;
    }

    private void ask(List<Target> chosen) {
        int run = generation;
        chosen.forEach(target -> states.put(target, TargetState.QUEUED));
        InventoryListener listener = (target, state) -> {
            if (run == generation && states.has(target)) {
                states.put(target, state);
                state.answer().ifPresent(answer -> seen.saw(target, answer.connectors()));
                applySoon();
            }
        };
        cancels.add(source.start(new InventoryRequest(chosen), uiThread, listener));
        applySoon();
    }

    private void stopRuns() {
        List<Runnable> stopping = List.copyOf(cancels);
        cancels.clear();
        // Each run tells its cancelled targets (on the UI thread, after this returns).
        stopping.forEach(Runnable::run);
    }

    private void applySoon() {
        if (!pulseQueued) {
            pulseQueued = true;
            nextPulse.execute(this::apply);
        }
    }

    /** Everything that arrived since the last pulse, at once: target lines, the matrix, the progress. */
    private void apply() {
        pulseQueued = false;
        List<Integer> changed = states.takeChanged();
        if (changed.isEmpty()) {
            return;
        }
        for (int column : changed) {
            targets.set(column, states.status(states.columns().get(column)));
        }
        InventoryMatrix now = states.matrix();
        matrix.show(now);
        InventoryProgress counts = now.progress();
        boolean wasRunning = running.get();
        progress.set(counts);
        progressText.set(MatrixTexts.progress(counts));
        running.set(!counts.isComplete());
        if (wasRunning && counts.isComplete()) {
            cancels.clear();
            status.info("Inventory done: " + progressText.get());
        }
        applied++;
    }

    /** How many pulses applied changes (for tests: answers are coalesced). */
    int appliedPulses() {
        return applied;
    }

    public InventoryMatrixViewModel matrix() {
        return matrix;
    }

    /** Each target in column order with its state; a line changes when its state does. */
    public ObservableList<TargetStatus> getTargets() {
        return targetsView;
    }

    /** The targets as columns: replaced when an inventory starts, never while it runs. */
    public ReadOnlyObjectProperty<List<Target>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<InventoryProgress> progress =
            new ReadOnlyObjectWrapper<>(this, "progress", InventoryProgress.of(List.of()));

    public ReadOnlyObjectProperty<InventoryProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");

    /** {@link MatrixTexts#progress}: "7 of 12 targets · 3 loading · 1 failed". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    /** True while any target is queued or loading. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }
}
