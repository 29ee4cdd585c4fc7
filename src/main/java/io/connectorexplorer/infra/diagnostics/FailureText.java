package io.connectorexplorer.infra.diagnostics;

import java.util.Collection;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * How a failed call is told. The log keeps only its kind — the service's error code, or the name of what went wrong
 * on the way — never a message: messages may quote anything (a credential helper's output, a request). The trace
 * shows the first line of the message too, masked by {@link SentSecrets}.
 */
final class FailureText {

    private static final int MAX_MESSAGE = 300;

    private FailureText() {}

    /** "ResourceNotFoundException", "HTTP 502", "ConnectException", "ApiCallAttemptTimeoutException". */
    static String kind(Throwable failure) {
        if (failure instanceof AwsServiceException service
                && service.awsErrorDetails() != null
                && service.awsErrorDetails().errorCode() != null
                && !service.awsErrorDetails().errorCode().isBlank()) {
            return service.awsErrorDetails().errorCode();
        }
        if (failure instanceof SdkServiceException service) {
            return "HTTP " + service.statusCode();
        }
        Throwable shown = failure;
        // The SDK wraps what happened on the way (a refused connection, a reset) in a plain SdkClientException.
        while (shown.getClass() == SdkClientException.class && shown.getCause() != null && shown.getCause() != shown) {
            shown = shown.getCause();
        }
        return shown.getClass().getSimpleName();
    }

    /** The kind and the first line of the message, masked, at most {@value #MAX_MESSAGE} characters. */
    static String message(Throwable failure, Collection<String> secrets) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return kind(failure);
        }
        String line = SentSecrets.scrub(message.strip().lines().findFirst().orElse(""), secrets);
        if (line.length() > MAX_MESSAGE) {
            line = line.substring(0, MAX_MESSAGE) + "…";
        }
        return kind(failure) + ": " + line;
    }
}
