package io.connectorexplorer.core.task;

/** Asked between steps of long work (pages, files) so a cancelled task stops early. */
@FunctionalInterface
public interface Cancellation {

    Cancellation NEVER = () -> false;

    boolean isCancelled();
}
