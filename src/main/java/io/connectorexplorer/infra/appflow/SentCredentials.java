package io.connectorexplorer.infra.appflow;

import io.connectorexplorer.core.error.ServiceCallException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Remembers the access key id and session token a request went out with, so that an error message quoting them
 * is scrubbed before anyone sees it: AWS's SignatureDoesNotMatch quotes the canonical request, session token
 * included, and a proxy may echo any header. The secret key itself never leaves the machine. A request opts in
 * by carrying a {@link #HOLDER} attribute.
 */
final class SentCredentials implements ExecutionInterceptor {

    static final ExecutionAttribute<Set<String>> HOLDER = new ExecutionAttribute<>("ConnectorExplorer.SentCredentials");
    static final String MASK = "****";

    private static final Pattern KEY_ID = Pattern.compile("Credential=([^/,\\s]+)/");

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        Set<String> holder = attributes.getAttribute(HOLDER);
        if (holder == null) {
            return;
        }
        SdkHttpRequest request = context.httpRequest();
        request.firstMatchingHeader("X-Amz-Security-Token")
                .filter(t -> !t.isBlank())
                .ifPresent(holder::add);
        request.firstMatchingHeader("Authorization")
                .map(KEY_ID::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .ifPresent(holder::add);
    }

    /** The failure with every credential its message or code quotes replaced by {@value #MASK}. */
    static ServiceCallException scrubbed(ServiceCallException failure, Set<String> sent) {
        String message = scrub(failure.getMessage(), sent);
        String code = scrub(failure.errorCode(), sent);
        if (java.util.Objects.equals(message, failure.getMessage())
                && java.util.Objects.equals(code, failure.errorCode())) {
            return failure;
        }
        return failure.withText(code, message);
    }

    private static String scrub(String text, Set<String> sent) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : sent) {
            result = result.replace(secret, MASK);
        }
        return result;
    }
}
