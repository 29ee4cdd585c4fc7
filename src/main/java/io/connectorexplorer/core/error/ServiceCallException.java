package io.connectorexplorer.core.error;

import java.util.Objects;

/**
 * A call that did not succeed — to the service, to a credentials source, or to a local file — told in words a user
 * can act on. Never carries a credential: it is built from the error code and message only. Built through the named
 * factories; {@link #fromService} for what a service answered, the others for what went wrong on this side.
 */
public final class ServiceCallException extends RuntimeException {

    /** What went wrong, so the UI and the command line can say what to do next. */
    public enum Kind {
        SERVICE,
        THROTTLED,
        NETWORK,
        TIMEOUT,
        CREDENTIALS,
        BAD_RESPONSE,
        SIGN_IN_REQUIRED,
        CONFIGURATION,
        LOCAL_FILE,
        HISTORY,
        CANCELLED
    }

    private static final String CANCELLED_TEXT = "Cancelled.";

    private final Kind kind;
    private final String operation;
    private final String errorCode;
    private final int statusCode;
    private final String specificAdvice;

    private ServiceCallException(Kind kind, String operation, String errorCode, int statusCode, String message) {
        this(kind, operation, errorCode, statusCode, message, null);
    }

    private ServiceCallException(
            Kind kind, String operation, String errorCode, int statusCode, String message, String specificAdvice) {
        super(message, null, false, false);
        this.kind = Objects.requireNonNull(kind);
        this.operation = operation;
        this.errorCode = errorCode;
        this.statusCode = statusCode;
        this.specificAdvice = specificAdvice;
    }

    /** What a service answered: its error code (null when it sent none) and HTTP status (0 when unknown). */
    public static ServiceCallException fromService(
            Kind kind, String operation, String errorCode, int statusCode, String message) {
        return new ServiceCallException(kind, operation, errorCode, statusCode, message);
    }

    /** A failure on this side of the wire, without an error code or status; {@code operation} may be null. */
    public static ServiceCallException of(Kind kind, String operation, String message) {
        return new ServiceCallException(kind, operation, null, 0, message);
    }

    /** The user or a newer choice cancelled the work. */
    public static ServiceCallException cancelled(String operation) {
        return of(Kind.CANCELLED, operation, CANCELLED_TEXT);
    }

    /** The answer was not what the operation returns (not JSON, a member missing, a listing that never ends). */
    public static ServiceCallException badResponse(String operation, String message) {
        return of(Kind.BAD_RESPONSE, operation, message);
    }

    /** The AWS configuration, or what the user typed, cannot be used as it is. */
    public static ServiceCallException configuration(String message) {
        return of(Kind.CONFIGURATION, null, message);
    }

    /** The credentials could not be had or were refused before any call. */
    public static ServiceCallException credentials(String message) {
        return of(Kind.CREDENTIALS, null, message);
    }

    /** A file could not be read or written. */
    public static ServiceCallException localFile(String message) {
        return of(Kind.LOCAL_FILE, null, message);
    }

    /** Something the history of what was seen does not hold (never read here, pruned, cleared). */
    public static ServiceCallException history(String message) {
        return of(Kind.HISTORY, null, message);
    }

    public static ServiceCallException network(String operation, String message) {
        return of(Kind.NETWORK, operation, message);
    }

    public static ServiceCallException timeout(String operation, String message) {
        return of(Kind.TIMEOUT, operation, message);
    }

    /** {@code error} as a ServiceCallException: itself when it is one, else a network failure with its message. */
    public static ServiceCallException from(Throwable error) {
        if (error instanceof ServiceCallException e) {
            return e;
        }
        return network(null, error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
    }

    /** The same failure told with another error code and message (to scrub something from them). */
    public ServiceCallException withText(String newErrorCode, String newMessage) {
        return new ServiceCallException(kind, operation, newErrorCode, statusCode, newMessage, specificAdvice);
    }

    /**
     * The same failure with advice that fits its error code and what was asked ("the connection's credentials no
     * longer work: re-authorize it…"), said instead of the advice its kind gives.
     */
    public ServiceCallException withAdvice(String advice) {
        return new ServiceCallException(kind, operation, errorCode, statusCode, getMessage(), advice);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isCancellation() {
        return kind == Kind.CANCELLED;
    }

    public String operation() {
        return operation;
    }

    /** The service's error code, such as ResourceNotFoundException, or null for client-side failures. */
    public String errorCode() {
        return errorCode;
    }

    public int statusCode() {
        return statusCode;
    }

    /** One line: "DescribeConnector failed: ResourceNotFoundException (404): message". */
    public String headline() {
        StringBuilder b = new StringBuilder();
        if (operation != null) {
            b.append(operation).append(" failed: ");
        }
        if (errorCode != null) {
            b.append(errorCode);
            // A response without an error code is named by its status alone: "HTTP 502", not "HTTP 502 (HTTP 502)".
            if (statusCode > 0 && !errorCode.equals("HTTP " + statusCode)) {
                b.append(" (HTTP ").append(statusCode).append(')');
            }
            b.append(": ");
        }
        b.append(getMessage());
        return b.toString();
    }

    /** What the user can do about it. */
    public String advice() {
        if (specificAdvice != null) {
            return specificAdvice;
        }
        return switch (kind) {
            case SERVICE ->
                statusCode >= 500
                        ? "The service had a problem; try again in a moment."
                        : "Check the connector type and label, and that the account has access to AppFlow.";
            case THROTTLED -> "The service is throttling requests; wait a little and try again.";
            case NETWORK -> "Check the network connection, proxy and the endpoint, then retry.";
            case TIMEOUT -> "The service did not answer in time; retry, or check the network.";
            case CREDENTIALS -> "Check the profile's credentials, or sign in again, then retry.";
            case BAD_RESPONSE -> "The endpoint did not answer like AppFlow; check the endpoint_url setting.";
            case SIGN_IN_REQUIRED ->
                "Sign in (Account ▸ Sign in), or run 'aws sso login' for this profile, then retry.";
            case CONFIGURATION -> "Fix the AWS configuration named above, then retry.";
            case LOCAL_FILE -> "Choose another file or folder, or check its permissions and free space.";
            case HISTORY ->
                "The history holds only what was read on this computer: read it once while AWS can be"
                        + " reached, then try again.";
            case CANCELLED -> "The call was cancelled.";
        };
    }
}
