package io.connectorexplorer.bench;

import java.util.Locale;
import java.util.concurrent.Callable;

/** Runs one measurement warm-ups + runs times into a figure; a failure is recorded, never thrown on. */
final class Measure {

    private Measure() {}

    /** {@code once} returns the milliseconds of one run (it may leave untimed set-up out). */
    static void repeat(Figure figure, int warmups, int runs, Callable<Double> once) {
        try {
            for (int i = 0; i < warmups + runs; i++) {
                double ms = once.call();
                if (i < warmups) {
                    figure.warmup(ms);
                } else {
                    figure.add(ms);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "[bench] %s: median %s %s (first %s)%n",
                    figure.name,
                    figure.format(figure.median()),
                    figure.unit,
                    figure.first == null ? "-" : figure.format(figure.first));
        } catch (Exception e) {
            figure.failed(e);
            System.out.println("[bench] " + figure.name + " failed: " + e);
            e.printStackTrace(System.out);
        }
    }

    static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
