package io.connectorexplorer.infra.appflow;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.infra.diagnostics.SentSecrets;
import java.util.Set;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Remembers the credentials a request went out with ({@link SentSecrets}: the access key id and the session token),
 * so that an error message quoting them is scrubbed before anyone sees it: AWS's SignatureDoesNotMatch quotes the
 * canonical request, session token included, and a proxy may echo any header. A request opts in by carrying a
 * {@link #HOLDER} attribute.
 */
final class SentCredentials implements ExecutionInterceptor {

    static final ExecutionAttribute<Set<String>> HOLDER = new ExecutionAttribute<>("ConnectorExplorer.SentCredentials");
    static final String MASK = SentSecrets.MASK;

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        Set<String> holder = attributes.getAttribute(HOLDER);
        if (holder != null) {
            holder.addAll(SentSecrets.of(context.httpRequest()));
        }
    }

    /** The failure with every credential its message or code quotes replaced by {@value #MASK}. */
    static ServiceCallException scrubbed(ServiceCallException failure, Set<String> sent) {
        String message = SentSecrets.scrub(failure.getMessage(), sent);
        String code = SentSecrets.scrub(failure.errorCode(), sent);
        if (java.util.Objects.equals(message, failure.getMessage())
                && java.util.Objects.equals(code, failure.errorCode())) {
            return failure;
        }
        return failure.withText(code, message);
    }
}
