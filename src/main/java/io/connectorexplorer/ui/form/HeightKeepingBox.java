package io.connectorexplorer.ui.form;

import javafx.scene.layout.VBox;

/**
 * A VBox that keeps its height for the last few widths it was asked about, until it or anything in it asks for
 * layout. A VBox's height depends on its width when what it holds wraps, and JavaFX keeps no width-dependent size:
 * each layout of a long form asked every row again, measuring every wrapped text anew — O(rows) text measuring per
 * pulse while the form fills in over many pulses, or changes one message as the user types. Kept here, a layout
 * measures only the rows that changed. They are forgotten exactly when JavaFX forgets its own kept sizes: a request
 * for layout, which text, messages, More/Less, styles and children changes all make, and which reaches every box
 * around what changed.
 */
class HeightKeepingBox extends VBox {

    private final HeightsByWidth prefHeights = new HeightsByWidth();
    private final HeightsByWidth minHeights = new HeightsByWidth();

    HeightKeepingBox(double spacing) {
        super(spacing);
    }

    @Override
    public void requestLayout() {
        // Called from VBox's constructor too, before this box's fields are set.
        if (prefHeights != null) {
            prefHeights.forget();
            minHeights.forget();
        }
        super.requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) {
        return prefHeights == null ? super.computePrefHeight(width) : prefHeights.get(width, super::computePrefHeight);
    }

    @Override
    protected double computeMinHeight(double width) {
        return minHeights == null ? super.computeMinHeight(width) : minHeights.get(width, super::computeMinHeight);
    }
}
