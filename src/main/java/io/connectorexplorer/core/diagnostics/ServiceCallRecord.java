package io.connectorexplorer.core.diagnostics;

import java.time.Duration;
import java.util.List;

/**
 * One service call for the diagnostic log: which operation, against which target, how each attempt ended, the
 * request ID of the last answer and the time the whole call took. No request or response body, no header value.
 *
 * @param service   the service as the SDK names it ("AppFlow", "STS", "SSO OIDC")
 * @param operation the operation ("DescribeConnectors")
 * @param profile   the profile the call was made for
 * @param region    the region of the client
 * @param endpoint  scheme, host and port the requests went to; empty if none was sent
 * @param attempts  per attempt, the HTTP status or {@value #NO_RESPONSE}
 * @param requestId the last answer's request ID; empty if none
 * @param took      from the start of the call to its end, retries and pauses included
 * @param error     the error code or kind of failure; empty when the call succeeded
 */
public record ServiceCallRecord(
        String service,
        String operation,
        String profile,
        String region,
        String endpoint,
        List<String> attempts,
        String requestId,
        Duration took,
        String error) {

    /** An attempt that got no HTTP answer: refused, reset, timed out. */
    public static final String NO_RESPONSE = "none";

    public ServiceCallRecord {
        attempts = List.copyOf(attempts);
    }

    public boolean failed() {
        return !error.isEmpty();
    }
}
