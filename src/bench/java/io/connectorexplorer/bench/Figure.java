package io.connectorexplorer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One measured figure: the samples of the measured runs (after the warm-up), the first (cold) value, and the
 * target it is read against. A target is never pass/fail for the build: the table only says met or missed.
 */
final class Figure {

    final String group;
    final String name;
    final String unit;
    final List<Double> samples = new ArrayList<>();
    Double first;
    String targetText;
    Double targetLimit;
    String note;
    String error;

    Figure(String group, String name, String unit) {
        this.group = group;
        this.name = name;
        this.unit = unit;
    }

    /** Met when the median is at most {@code limit}. */
    Figure target(String text, double limit) {
        this.targetText = text;
        this.targetLimit = limit;
        return this;
    }

    Figure note(String text) {
        this.note = text;
        return this;
    }

    Figure add(double value) {
        samples.add(value);
        return this;
    }

    /** A value from a warm-up run: kept as the first (cold) value, not counted in the median. */
    Figure warmup(double value) {
        if (first == null) {
            first = value;
        }
        return this;
    }

    Figure failed(Throwable error) {
        this.error = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        return this;
    }

    boolean hasValues() {
        return !samples.isEmpty();
    }

    double median() {
        List<Double> sorted = samples.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double min() {
        return samples.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double max() {
        return samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** "met", "MISSED", or "" when there is no target or no value. */
    String status() {
        if (targetLimit == null || !hasValues()) {
            return "";
        }
        return median() <= targetLimit ? "met" : "MISSED";
    }

    String format(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return switch (unit) {
            case "x" -> String.format(Locale.ROOT, "%.2f", value);
            case "MB" -> String.format(Locale.ROOT, "%.0f", value);
            default ->
                value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
        };
    }
}
