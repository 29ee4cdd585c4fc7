package io.connectorexplorer.infra.sso;

import static io.connectorexplorer.infra.Causes.find;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.error.ServiceCallException.Kind;
import io.connectorexplorer.infra.SdkCallFailures;
import java.net.SocketException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Turns what the SDK throws on a call to the access portal into a {@link ServiceCallException}: a refused token as
 * {@link Kind#SIGN_IN_REQUIRED}, as for GetRoleCredentials. Messages are built from the error code, the status and the
 * endpoint only — never from the SDK's or the service's text, which could echo the token the request carried.
 *
 * @param where   the portal's endpoint, as messages name it
 * @param session the session, as messages name it ("SSO session 'corp' (https://…)")
 */
record PortalErrors(String where, String session) {

    ServiceCallException translate(String operation, Throwable error) {
        if (error instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
            String code = SsoErrors.errorCode(aws);
            int status = aws.statusCode();
            if (code == null || code.isBlank()) {
                code = "HTTP " + status;
            }
            if (status == 401 || code.equals("UnauthorizedException")) {
                return ServiceCallException.fromService(
                        Kind.SIGN_IN_REQUIRED,
                        operation,
                        code,
                        status,
                        "The SSO portal no longer accepts the sign-in of " + session + ".");
            }
            if (aws.isThrottlingException()) {
                return ServiceCallException.fromService(
                        Kind.THROTTLED,
                        operation,
                        code,
                        status,
                        "The SSO portal at " + where + " is throttling requests.");
            }
            return ServiceCallException.fromService(
                    Kind.SERVICE,
                    operation,
                    code,
                    status,
                    status >= 500
                            ? "The SSO portal at " + where + " had an internal problem."
                            : "The SSO portal at " + where + " refused the request.");
        }
        if (error instanceof SdkServiceException service) {
            if (service.statusCode() == 401) {
                return ServiceCallException.fromService(
                        Kind.SIGN_IN_REQUIRED,
                        operation,
                        "HTTP 401",
                        401,
                        "The SSO portal no longer accepts the sign-in of " + session + ".");
            }
            return SdkCallFailures.statusOnly(
                    operation, service, "The SSO portal at " + where + " refused the request.");
        }
        ServiceCallException noAnswer =
                SdkCallFailures.withoutAnswer(operation, where, error, op -> ServiceCallException.cancelled(op));
        if (noAnswer != null) {
            return noAnswer;
        }
        String message = error.getMessage() == null ? "" : error.getMessage();
        if (message.contains("unmarshall") || message.contains("Unable to parse")) {
            return ServiceCallException.badResponse(
                    operation, "The SSO portal at " + where + " sent an answer that is not the portal's JSON.");
        }
        if (find(error, SocketException.class) != null) {
            return ServiceCallException.network(
                    operation, "The connection to " + where + " broke off before an answer came.");
        }
        return ServiceCallException.network(
                operation,
                "The call to " + where + " failed (" + error.getClass().getSimpleName() + ").");
    }
}
