package io.connectorexplorer.ui.form;

import io.connectorexplorer.core.form.FieldSpec;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.animation.AnimationTimer;

/**
 * Builds a form's rows in the order they were added, as many per pulse as fit in a few milliseconds: the window stays
 * responsive while a form of hundreds of fields fills in, and the first screenful is there within a few frames.
 */
final class RowBuilder {

    /**
     * FX-thread time per pulse spent building rows (each styled as it is built). The rest of the pulse — laying out
     * what was built, and the scene's own pass over every node — comes on top, and all of it must stay well inside
     * 50 ms on a busy machine: 8 ms builds two or three rows of the slower kinds.
     */
    private static final long BUDGET_NANOS = 8_000_000;

    private final Function<FieldSpec, FieldRow> rows;
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            buildFor(BUDGET_NANOS);
            if (pending.isEmpty()) {
                stop();
            }
        }
    };

    RowBuilder(Function<FieldSpec, FieldRow> rows) {
        this.rows = rows;
    }

    FieldRow row(FieldSpec field) {
        return rows.apply(field);
    }

    void add(Runnable build) {
        pending.add(build);
    }

    /**
     * Builds the rows from the next pulse on, a budget per pulse. None now: the form's frame (title, sections, chooser)
     * is styled and laid out in a pulse of its own before the first rows, which shortened the longest pause of opening
     * the Connect tab; a field asked for at once (the first, on Ctrl+2) is built by {@link #buildUntil}.
     */
    void start() {
        if (!pending.isEmpty()) {
            timer.start();
        }
    }

    private void buildFor(long nanos) {
        long start = System.nanoTime();
        while (!pending.isEmpty() && System.nanoTime() - start < nanos) {
            pending.poll().run();
        }
    }

    /**
     * Builds the rows still waiting, in order, until {@code built} holds (a field must exist to be revealed): only
     * as far as the field, so revealing one of the first fields does not build hundreds of rows in one go.
     */
    void buildUntil(BooleanSupplier built) {
        while (!pending.isEmpty() && !built.getAsBoolean()) {
            pending.poll().run();
        }
        if (pending.isEmpty()) {
            timer.stop();
        }
    }

    /** Drops what is still waiting (the form is rebuilt). */
    void cancel() {
        pending.clear();
        timer.stop();
    }

    boolean isDone() {
        return pending.isEmpty();
    }
}
