package io.connectorexplorer.ui.connection;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.ui.common.Problem;

/**
 * What a failed connection-level call means to the user, by the service's error code: a connection whose credentials
 * no longer work, the SaaS application failing, something that is not there — each with what to do, and Retry.
 */
final class ConnectionProblems {

    private ConnectionProblems() {}

    static Problem of(String title, Throwable error, String connection, Runnable retry) {
        String code = error instanceof ServiceCallException e ? e.errorCode() : null;
        String detail = error instanceof ServiceCallException e ? e.headline() : String.valueOf(error.getMessage());
        String advice;
        if ("ConnectorAuthenticationException".equals(code)) {
            title = "The credentials of " + connection + " no longer work";
            advice = "The application refused the connection's credentials (expired, revoked or changed). Re-authorize"
                    + " or edit the connection in the AppFlow console, or create it again on the Connect tab, then"
                    + " Retry.";
        } else if ("ConnectorServerException".equals(code)) {
            title = "The application behind " + connection + " failed";
            advice = "The error came from the SaaS application, not from AppFlow or your AWS credentials. Check the"
                    + " application's status and try again in a few minutes.";
        } else if ("ResourceNotFoundException".equals(code)) {
            advice = "It is not in this account and region any more (deleted, or renamed). Reload (F5) to see what is"
                    + " there now.";
        } else {
            return Problem.of(title, error, retry);
        }
        return new Problem(Problem.Kind.CALL_FAILED, title, detail, advice, Problem.RETRY, retry);
    }
}
