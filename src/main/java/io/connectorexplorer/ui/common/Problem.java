package io.connectorexplorer.ui.common;

import io.connectorexplorer.core.error.ServiceCallException;

/**
 * A failure as the window shows it: what failed, the service's words, what to do, and the one action
 * that helps (Retry, Sign in), if any.
 */
public record Problem(String title, String detail, String advice, String actionLabel, Runnable action) {

    public static final String RETRY = "Retry";

    public static Problem of(String title, Throwable error, Runnable retry) {
        if (error instanceof ServiceCallException e) {
            return new Problem(title, e.headline(), e.advice(), retry == null ? null : RETRY, retry);
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return new Problem(
                title,
                message,
                "Try again; if it keeps failing, check the AWS configuration.",
                retry == null ? null : RETRY,
                retry);
    }

    /** The same problem with a different action, such as Sign in instead of Retry. */
    public Problem withAction(String label, Runnable newAction) {
        return new Problem(title, detail, advice, label, newAction);
    }

    public boolean hasAction() {
        return action != null;
    }
}
