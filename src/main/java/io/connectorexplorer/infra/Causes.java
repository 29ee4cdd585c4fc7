package io.connectorexplorer.infra;

/** Looks through an exception's chain of causes; the SDK wraps what went wrong in layers. */
public final class Causes {

    private Causes() {}

    /** The first exception of {@code type} in the chain, or null. */
    public static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
