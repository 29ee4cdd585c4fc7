package io.connectorexplorer.infra.sso;

import static io.connectorexplorer.infra.Causes.find;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.infra.SdkCallFailures;
import java.net.SocketException;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Turns what the SDK throws on an SSO OIDC call into a {@link ServiceCallException}. The messages are built
 * here from the error code, the status and the endpoint only — never from the SDK's text, which could echo
 * part of a request — so no token, refresh token or client secret can reach them.
 */
final class SsoErrors {

    private SsoErrors() {}

    /** The service's error code for a service error ("InvalidGrantException"), or null for anything else. */
    static String errorCode(Throwable error) {
        if (error instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
            return aws.awsErrorDetails().errorCode();
        }
        return null;
    }

    static ServiceCallException translate(String operation, String where, Throwable error) {
        if (error instanceof ServiceCallException already) {
            return already;
        }
        if (error instanceof AwsServiceException aws) {
            String code = errorCode(aws);
            int status = aws.statusCode();
            if (code == null || code.isBlank()) {
                code = "HTTP " + status;
            }
            if (aws.isThrottlingException()) {
                return ServiceCallException.fromService(
                        ServiceCallException.Kind.THROTTLED,
                        operation,
                        code,
                        status,
                        "The sign-in service at " + where + " is throttling requests.");
            }
            return ServiceCallException.fromService(
                    ServiceCallException.Kind.SERVICE,
                    operation,
                    code,
                    status,
                    status >= 500
                            ? "The sign-in service at " + where + " had an internal problem."
                            : "The sign-in service at " + where + " refused the request.");
        }
        if (error instanceof SdkServiceException service) {
            return SdkCallFailures.statusOnly(
                    operation, service, "The sign-in service at " + where + " refused the request.");
        }
        ServiceCallException noAnswer = SdkCallFailures.withoutAnswer(operation, where, error, SsoErrors::cancelled);
        if (noAnswer != null) {
            return noAnswer;
        }
        if (find(error, SocketException.class) != null) {
            return network(operation, "The connection to " + where + " broke off before an answer came.");
        }
        return network(
                operation,
                "The call to " + where + " failed (" + error.getClass().getSimpleName() + ").");
    }

    /** Runs one SDK call unless cancelled, translating what it throws. */
    static <T> T call(String operation, SsoOidcClients.Target target, Cancellation cancellation, Supplier<T> call) {
        if (cancellation.isCancelled()) {
            throw cancelled(operation);
        }
        try {
            return call.get();
        } catch (SdkException e) {
            throw translate(operation, target.describe(), e);
        }
    }

    static ServiceCallException cancelled(String operation) {
        return ServiceCallException.of(ServiceCallException.Kind.CANCELLED, operation, "The sign-in was cancelled.");
    }

    static ServiceCallException signInRequired(String operation, String errorCode, String message) {
        return ServiceCallException.fromService(
                ServiceCallException.Kind.SIGN_IN_REQUIRED, operation, errorCode, 0, message);
    }

    private static ServiceCallException network(String operation, String message) {
        return ServiceCallException.network(operation, message);
    }
}
