package io.connectorexplorer.ui.common;

import io.connectorexplorer.core.connector.ServiceCallException;

/** A failure as the window shows it: what failed, the service's words, what to do, and how to retry. */
public record Problem(String title, String detail, String advice, Runnable retry) {

    public static Problem of(String title, Throwable error, Runnable retry) {
        if (error instanceof ServiceCallException e) {
            return new Problem(title, e.headline(), e.advice(), retry);
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return new Problem(title, message, "Try again; if it keeps failing, check the AWS configuration.", retry);
    }

    public boolean canRetry() {
        return retry != null;
    }
}
