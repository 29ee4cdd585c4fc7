package io.connectorexplorer.infra.appflow;

import static io.connectorexplorer.infra.Causes.find;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.error.ServiceCallException.Kind;
import io.connectorexplorer.infra.SdkCallFailures;
import java.net.SocketException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.appflow.model.AppflowException;

/** Turns what the SDK throws into a {@link ServiceCallException} a person can act on, with no stack trace. */
final class ServiceErrors {

    private static final Set<String> CREDENTIAL_CODES = Set.of(
            "UnrecognizedClientException",
            "InvalidSignatureException",
            "SignatureDoesNotMatch",
            "ExpiredTokenException",
            "ExpiredToken",
            "InvalidClientTokenId",
            "MissingAuthenticationTokenException",
            "IncompleteSignatureException",
            "UnauthorizedException",
            "RequestExpired");

    private ServiceErrors() {}

    /**
     * What a connection-level call asked about, to name it in the advice: a connection (connector profile), an
     * entity of it, a flow; nulls for what it did not name.
     */
    record Asked(String connection, String entity, String flow) {
        static Asked connection(String name) {
            return new Asked(name, null, null);
        }

        static Asked flow(String name) {
            return new Asked(null, null, name);
        }
    }

    /**
     * {@code failure} with the advice its error code calls for, naming what was asked; the error code and the
     * service's message are kept as they came, so a caller may still choose its own words per code.
     */
    static ServiceCallException advised(ServiceCallException failure, Asked asked) {
        String code = failure.errorCode();
        if (code == null) {
            return failure;
        }
        String connection = asked.connection() == null ? "the connection" : "the connection " + asked.connection();
        String advice = switch (code) {
            case "ConnectorAuthenticationException" ->
                "The credentials of " + connection + " no longer work with the application it connects to"
                        + " (expired, revoked or changed there): update or re-authorize the connection in the"
                        + " AppFlow console, or create it again, then retry.";
            case "ConnectorServerException" ->
                "The application behind " + connection + " failed to answer (its own error, not AppFlow's):"
                        + " retry later, and check the application's status and the connection's access"
                        + " there.";
            case "ResourceNotFoundException" -> notFound(asked);
            case "ConflictException" ->
                "AppFlow is already busy with " + connection + " (a reset of its metadata cache or a change"
                        + " is under way): wait a minute, then retry.";
            case "ValidationException" ->
                "AppFlow refused a value sent: check the connection name, connector type, entity name,"
                        + " entities path and API version.";
            default -> null;
        };
        return advice == null ? failure : failure.withAdvice(advice);
    }

    private static String notFound(Asked asked) {
        String where = " does not exist in this account and region: check the name, the profile and the region.";
        if (asked.flow() != null) {
            return "The flow " + asked.flow() + where;
        }
        if (asked.entity() != null) {
            return "The connection " + asked.connection() + ", or its entity " + asked.entity() + "," + where;
        }
        if (asked.connection() != null) {
            return "The connection " + asked.connection() + where;
        }
        return "What was asked for" + where;
    }

    /** An AppFlow call's failure. */
    static ServiceCallException translate(String operation, String endpoint, Throwable error, boolean gotSuccessBody) {
        return translate(AppflowException.class, operation, endpoint, error, gotSuccessBody);
    }

    /**
     * A failure of a call to the service whose errors are {@code calledService}. An error of another service came
     * from getting the credentials (STS AssumeRole, the SSO portal): the SDK throws those as they are, unwrapped.
     */
    static ServiceCallException translate(
            Class<? extends AwsServiceException> calledService,
            String operation,
            String endpoint,
            Throwable error,
            boolean gotSuccessBody) {
        ServiceCallException fromCredentials = find(error, ServiceCallException.class);
        if (fromCredentials != null) {
            return fromCredentials.operation() != null
                    ? fromCredentials
                    : ServiceCallException.fromService(
                            fromCredentials.kind(),
                            operation,
                            fromCredentials.errorCode(),
                            fromCredentials.statusCode(),
                            fromCredentials.getMessage());
        }
        AwsServiceException nested = find(error, AwsServiceException.class);
        if (nested != null
                && (nested != error || !calledService.isInstance(nested))
                && nested.awsErrorDetails() != null) {
            return credentialsServiceFailure(operation, nested);
        }
        if (error instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
            String code = aws.awsErrorDetails().errorCode();
            String message = aws.awsErrorDetails().errorMessage();
            int status = aws.statusCode();
            Kind kind = aws.isThrottlingException()
                    ? Kind.THROTTLED
                    : code != null && CREDENTIAL_CODES.contains(code) ? Kind.CREDENTIALS : Kind.SERVICE;
            if (code == null || code.isBlank()) {
                code = "HTTP " + status;
            }
            if (message == null || message.isBlank()) {
                // A 401's body never reaches the SDK through the JDK's HTTP client: name what the code means.
                message = "ConnectorAuthenticationException".equals(code)
                        ? "The application the connection connects to refused its credentials (no detail came with"
                                + " the error)."
                        : status >= 500
                                ? "The service reported an internal error."
                                : "The service refused the request.";
            }
            return ServiceCallException.fromService(kind, operation, code, status, message);
        }
        if (error instanceof SdkServiceException service) {
            return SdkCallFailures.statusOnly(operation, service, "The service refused the request.");
        }
        Throwable tooLarge = find(error, RawResponseCapture.ResponseTooLargeException.class);
        if (tooLarge != null) {
            return ServiceCallException.badResponse(operation, tooLarge.getMessage());
        }
        ServiceCallException noAnswer =
                SdkCallFailures.withoutAnswer(operation, endpoint, error, ServiceCallException::cancelled);
        if (noAnswer != null) {
            return noAnswer;
        }
        if (find(error, RawResponseCapture.BodyBrokeOffException.class) != null) {
            return ServiceCallException.network(
                    operation, "The connection to " + endpoint + " broke off in the middle of the answer.");
        }
        if (find(error, SocketException.class) != null) {
            return ServiceCallException.network(
                    operation, "The connection to " + endpoint + " broke off before an answer came.");
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        // Before the credentials guess: a parser's message ("... or token 'null' ...") reads like a token problem.
        if (gotSuccessBody || message.contains("unmarshall") || message.contains("Unable to parse")) {
            return ServiceCallException.badResponse(
                    operation, "The endpoint " + endpoint + " sent a response that is not valid AppFlow JSON.");
        }
        // Not only SdkClientException: the process provider, for one, fails with an IllegalStateException.
        if (looksLikeCredentials(message)) {
            return ServiceCallException.of(ServiceCallException.Kind.CREDENTIALS, operation, firstLine(message));
        }
        return ServiceCallException.network(operation, firstLine(message));
    }

    /** STS or the SSO portal refused while getting credentials for the call. */
    private static ServiceCallException credentialsServiceFailure(String operation, AwsServiceException aws) {
        String service = aws.awsErrorDetails().serviceName() == null
                ? "The credentials service"
                : aws.awsErrorDetails().serviceName();
        String code = aws.awsErrorDetails().errorCode() == null
                ? "HTTP " + aws.statusCode()
                : aws.awsErrorDetails().errorCode();
        String message = aws.awsErrorDetails().errorMessage() == null
                ? "refused the request"
                : aws.awsErrorDetails().errorMessage();
        boolean ssoSessionGone =
                service.equalsIgnoreCase("sso") && (aws.statusCode() == 401 || code.startsWith("Unauthorized"));
        return ServiceCallException.fromService(
                ssoSessionGone ? Kind.SIGN_IN_REQUIRED : Kind.CREDENTIALS,
                operation,
                code,
                aws.statusCode(),
                "Getting credentials from " + service + " failed: " + message);
    }

    private static boolean looksLikeCredentials(String message) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        return m.contains("credential") || m.contains("token") || m.contains("sso") || m.contains("profile");
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
