package io.connectorexplorer.ui.compare;

import io.connectorexplorer.core.diff.DiffTree;

/** Where a comparison stands; the window draws whichever it is. */
public sealed interface CompareState {

    /** Nothing compared yet: the other side is still to be picked. */
    record Choosing() implements CompareState {}

    /** Reading the other side (and the shown one's account), {@code otherName} being what was picked. */
    record Reading(String otherName) implements CompareState {}

    /** Both sides read and compared. */
    record Compared(CompareSource.Side left, CompareSource.Side right, DiffTree tree) implements CompareState {}

    /** The other side could not be read; {@code title} says why in a few words (the banner has the rest). */
    record Failed(String title) implements CompareState {}
}
