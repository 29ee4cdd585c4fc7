package io.connectorexplorer.core.connector;

import java.util.Objects;

/**
 * A call to the service that did not succeed, told in words a user can act on. Never carries a
 * credential: the gateway builds it from the error code and message only.
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
        CANCELLED
    }

    private final Kind kind;
    private final String operation;
    private final String errorCode;
    private final int statusCode;

    public ServiceCallException(Kind kind, String operation, String errorCode, int statusCode, String message) {
        super(message, null, false, false);
        this.kind = Objects.requireNonNull(kind);
        this.operation = operation;
        this.errorCode = errorCode;
        this.statusCode = statusCode;
    }

    public Kind kind() {
        return kind;
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
            case CANCELLED -> "The call was cancelled.";
        };
    }
}
