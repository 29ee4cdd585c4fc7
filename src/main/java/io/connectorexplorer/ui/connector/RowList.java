package io.connectorexplorer.ui.connector;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;

/**
 * An observable list whose edits can be told as one change: flags learned for many rows reach the filtered list, the
 * list view and its selection and focus models once, not once per row (each of those looks through every row).
 */
final class RowList<E> extends ModifiableObservableListBase<E> {

    private final List<E> rows = new ArrayList<>();

    /** Runs the edits; listeners hear of them together, once they are all made. */
    void inOneChange(Runnable edits) {
        beginChange();
        try {
            edits.run();
        } finally {
            endChange();
        }
    }

    /** Replaces every row as one change, without removing them one by one (a thousand rows each account). */
    @Override
    public boolean setAll(Collection<? extends E> all) {
        beginChange();
        try {
            if (!rows.isEmpty()) {
                nextRemove(0, new ArrayList<>(rows));
            }
            rows.clear();
            rows.addAll(all);
            if (!rows.isEmpty()) {
                nextAdd(0, rows.size());
            }
            modCount++;
        } finally {
            endChange();
        }
        return true;
    }

    @Override
    public void clear() {
        setAll(List.of());
    }

    @Override
    public E get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    protected void doAdd(int index, E element) {
        rows.add(index, element);
    }

    @Override
    protected E doSet(int index, E element) {
        return rows.set(index, element);
    }

    @Override
    protected E doRemove(int index) {
        return rows.remove(index);
    }
}
