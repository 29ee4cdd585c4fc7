package io.connectorexplorer.ui.common;

import io.connectorexplorer.core.error.ServiceCallException;

/**
 * A failure as the window shows it: what kind it is, what failed, the service's words, what to do, and the one action
 * that helps (Retry, Sign in), if any.
 */
public record Problem(Kind kind, String title, String detail, String advice, String actionLabel, Runnable action) {

    /** What a problem is about, so the one who reported it can take it back when it is over. */
    public enum Kind {
        /** A call failed: to the service, a credentials source, or a file. */
        CALL_FAILED,
        /** The AWS config or credentials files have lines that cannot be read. */
        PROFILE_FILES
    }

    public static final String RETRY = "Retry";

    public static Problem of(String title, Throwable error, Runnable retry) {
        String advice = error instanceof ServiceCallException e
                ? e.advice()
                : "Try again; if it keeps failing, check the AWS configuration.";
        String detail = error instanceof ServiceCallException e
                ? e.headline()
                : error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return new Problem(Kind.CALL_FAILED, title, detail, advice, retry == null ? null : RETRY, retry);
    }

    /** The same problem with a different action, such as Sign in instead of Retry. */
    public Problem withAction(String label, Runnable newAction) {
        return new Problem(kind, title, detail, advice, label, newAction);
    }

    public boolean hasAction() {
        return action != null;
    }
}
