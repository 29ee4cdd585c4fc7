package io.connectorexplorer.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One difference between two documents. {@code left} is the value on the left side and {@code right} on the right;
 * a side where the place does not exist has Java {@code null} — an ADDED has no left, a REMOVED no right — while a
 * member that is there with the value {@code null} has a JSON null node. So {@code {"a": null}} against {@code {}}
 * is a REMOVED of a JSON null, not "no difference".
 */
public record Difference(Kind kind, DiffPath path, JsonNode left, JsonNode right) {

    public enum Kind {
        /** On the right only: a member, a keyed element, a set element or a trailing list element. */
        ADDED,
        /** On the left only. */
        REMOVED,
        /** On both sides with different values: a scalar, or a value whose type changed (the whole value). */
        CHANGED
    }

    public Difference {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(path);
        boolean leftThere = left != null;
        boolean rightThere = right != null;
        boolean consistent = switch (kind) {
            case ADDED -> !leftThere && rightThere;
            case REMOVED -> leftThere && !rightThere;
            case CHANGED -> leftThere && rightThere;
        };
        if (!consistent) {
            throw new IllegalArgumentException(kind + " at " + path + " with left " + left + " and right " + right);
        }
    }

    public static Difference added(DiffPath path, JsonNode right) {
        return new Difference(Kind.ADDED, path, null, right);
    }

    public static Difference removed(DiffPath path, JsonNode left) {
        return new Difference(Kind.REMOVED, path, left, null);
    }

    public static Difference changed(DiffPath path, JsonNode left, JsonNode right) {
        return new Difference(Kind.CHANGED, path, left, right);
    }

    /** The same difference seen from the other side: ADDED and REMOVED swap, CHANGED swaps its values. */
    public Difference reversed() {
        return switch (kind) {
            case ADDED -> removed(path, right);
            case REMOVED -> added(path, left);
            case CHANGED -> changed(path, right, left);
        };
    }

    /** The line the command line prints: {@code ~ $.a.b: 1 → 2}. */
    @Override
    public String toString() {
        return DiffText.line(this);
    }
}
