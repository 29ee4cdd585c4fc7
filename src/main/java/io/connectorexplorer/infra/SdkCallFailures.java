package io.connectorexplorer.infra;

import static io.connectorexplorer.infra.Causes.find;

import io.connectorexplorer.core.error.ServiceCallException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.function.Function;
import javax.net.ssl.SSLException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * What the SDK throws on a call to any service that each service's error translation reads the same way. Nothing
 * here quotes the SDK's text, which could echo part of a request.
 */
public final class SdkCallFailures {

    private SdkCallFailures() {}

    /** A service error without error details: its HTTP status stands for the error code. */
    public static ServiceCallException statusOnly(String operation, SdkServiceException service, String message) {
        return ServiceCallException.fromService(
                ServiceCallException.Kind.SERVICE,
                operation,
                "HTTP " + service.statusCode(),
                service.statusCode(),
                message);
    }

    /**
     * {@code error} as a call that got no answer — it ran out of time, was cancelled, or could not reach
     * {@code where} — or null when it is none of those.
     *
     * @param where     the endpoint, as the messages name it
     * @param cancelled the failure for a cancelled {@code operation}, which each service words its own way
     */
    public static ServiceCallException withoutAnswer(
            String operation, String where, Throwable error, Function<String, ServiceCallException> cancelled) {
        if (error instanceof ApiCallTimeoutException
                || error instanceof ApiCallAttemptTimeoutException
                || find(error, SocketTimeoutException.class) != null) {
            return ServiceCallException.timeout(operation, "No answer from " + where + " in time.");
        }
        if (error instanceof AbortedException
                || find(error, InterruptedException.class) != null
                || (find(error, InterruptedIOException.class) != null
                        && Thread.currentThread().isInterrupted())) {
            return cancelled.apply(operation);
        }
        if (find(error, UnknownHostException.class) != null) {
            return ServiceCallException.network(
                    operation, "Cannot reach " + where + ": the host name does not resolve.");
        }
        if (find(error, ConnectException.class) != null || find(error, NoRouteToHostException.class) != null) {
            return ServiceCallException.network(
                    operation, "Cannot reach " + where + ": the connection was refused or the network is down.");
        }
        if (find(error, SSLException.class) != null) {
            return ServiceCallException.network(operation, "Cannot reach " + where + ": the secure connection failed.");
        }
        return null;
    }
}
