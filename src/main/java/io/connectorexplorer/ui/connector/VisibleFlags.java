package io.connectorexplorer.ui.connector;

import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.BackgroundTask;
import io.connectorexplorer.ui.common.Stamps;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;

/**
 * Fills the source and destination badges the listing left unknown (custom connectors without {@code connectorModes})
 * for the rows the user can see: those on screen and the next screenful, as they come into view by scrolling or
 * filtering. An account with a thousand such connectors is described a screenful at a time, not all at once, so the
 * window stays responsive and the service is not asked a thousand times at start.
 *
 * <p>One batch is described at a time, in the background (the describes themselves on the shared service-call pool,
 * through the describer); rows that come into view meanwhile wait for it, and the next batch is what is in view once
 * it is back, so rows scrolled past quickly are never asked. A batch's answers reach the list as one change. A row is
 * asked once per account: described (or cached by the session), it is known; failed, it says "not known" until the
 * user selects it. Everything on the FX thread; {@link #fill} for a new account, or {@link #stop}, drops the last.
 */
public final class VisibleFlags {

    /** Describes the rows (off the FX thread), answering them with what was learned: a row still unknown failed. */
    @FunctionalInterface
    public interface Describer {
        List<ConnectorSummary> withFlags(List<ConnectorSummary> rows, Cancellation cancellation);
    }

    /** At most this many rows in one batch (a tall window shows some forty rows). */
    static final int BATCH = 64;

    private final ConnectorListViewModel list;
    private final TaskRunner tasks;
    private final Set<ConnectorKey> asked = new HashSet<>();
    private Describer describer;
    private Stamps.Stamp stamp;
    private boolean describing;
    /** Tells answers for a list filled before apart from the current one's. */
    private int round;

    public VisibleFlags(ConnectorListViewModel list, TaskRunner tasks) {
        this.list = list;
        this.tasks = tasks;
        list.shownRowsProperty().addListener((obs, old, rows) -> describeShown());
        list.getVisible().addListener((ListChangeListener<ConnectorSummary>) change -> describeShown());
    }

    /**
     * Starts filling the badges of the list just shown, through {@code describer}, while {@code current} is current
     * (superseding it cancels the batch on its way).
     */
    public void fill(Stamps.Stamp current, Describer with) {
        stop();
        if (list.getConnectors().stream().allMatch(ConnectorSummary::flagsKnown)) {
            return;
        }
        stamp = current;
        describer = with;
        list.setFillingFlags(true);
        describeShown();
    }

    /** Describes nothing more for the list shown; an answer on its way is dropped. */
    public void stop() {
        round++;
        describer = null;
        stamp = null;
        describing = false;
        asked.clear();
    }

    private void describeShown() {
        if (describer == null || describing || !stamp.isCurrent()) {
            return;
        }
        List<ConnectorSummary> batch = wanted();
        if (batch.isEmpty()) {
            return;
        }
        describing = true;
        int mine = round;
        Describer with = describer;
        BackgroundTask.of(cancellation -> with.withFlags(batch, cancellation))
                .whileCurrent(stamp)
                .onSuccess(learned -> answered(mine, learned))
                // Not one of them could be described: they say "not known" (selecting one tries again).
                .onFailure(error -> answered(mine, batch))
                .executeWith(tasks);
    }

    private void answered(int forRound, List<ConnectorSummary> learned) {
        if (forRound != round) {
            return;
        }
        describing = false;
        list.updateFlags(learned);
        describeShown();
    }

    /**
     * The rows on screen and the next screenful whose flags are unknown and were not asked yet, top down; none until
     * the list has been laid out and said which rows it shows (a list nobody sees needs no badges).
     */
    private List<ConnectorSummary> wanted() {
        List<ConnectorSummary> rows = list.getVisible();
        ConnectorListViewModel.ShownRows shown = list.getShownRows();
        int screen = shown.count();
        if (screen == 0) {
            return List.of();
        }
        // A range from before a filter may lie past the end of the rows left: then the last screenful is shown.
        int first = Math.max(0, Math.min(shown.first(), rows.size() - screen));
        int end = Math.min(rows.size(), first + 2 * screen);
        List<ConnectorSummary> batch = new ArrayList<>();
        for (int i = first; i < end && batch.size() < BATCH; i++) {
            ConnectorSummary row = rows.get(i);
            if (!row.flagsKnown() && asked.add(row.key())) {
                batch.add(row);
            }
        }
        return batch;
    }
}
