package io.connectorexplorer.ui.form;

import java.util.function.DoubleUnaryOperator;

/** A node's height for the last few widths it was asked about, until it is told to forget them. */
final class HeightsByWidth {

    private static final int KEPT = 4;

    private final double[] widths = new double[KEPT];
    private final double[] heights = new double[KEPT];
    private int size;
    private int next;

    /** The height kept for {@code width}, else {@code compute}d and kept (in place of the oldest). */
    double get(double width, DoubleUnaryOperator compute) {
        for (int i = 0; i < size; i++) {
            if (Double.compare(widths[i], width) == 0) {
                return heights[i];
            }
        }
        double height = compute.applyAsDouble(width);
        widths[next] = width;
        heights[next] = height;
        next = (next + 1) % KEPT;
        size = Math.min(size + 1, KEPT);
        return height;
    }

    void forget() {
        size = 0;
        next = 0;
    }
}
