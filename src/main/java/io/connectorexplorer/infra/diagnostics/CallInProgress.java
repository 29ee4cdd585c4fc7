package io.connectorexplorer.infra.diagnostics;

import io.connectorexplorer.core.diagnostics.ServiceCallRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One call while the SDK makes it: its attempts so far, how each ended, the credentials its requests carried (to mask
 * them in whatever quotes them, with the sensitive values of its body) and the last request ID. Its methods are called in the order the SDK calls the
 * recorder; synchronized because a timed-out attempt may be given up on another thread.
 */
final class CallInProgress {

    private final long started = System.nanoTime();
    private final int number;
    private final String service;
    private final String operation;
    private final String profile;
    private final String region;
    private final boolean carriesSensitiveValues;
    private final Set<String> sent = new HashSet<>();
    private final List<String> attempts = new ArrayList<>();
    private String endpoint = "";
    private String requestId = "";
    private long attemptStarted;
    private boolean awaitingAnswer;

    /** @param sensitive the values of the request's members the service model marks sensitive */
    CallInProgress(int number, String service, String operation, String profile, String region, Set<String> sensitive) {
        this.number = number;
        this.service = service;
        this.operation = operation;
        this.profile = profile;
        this.region = region;
        this.carriesSensitiveValues = !sensitive.isEmpty();
        this.sent.addAll(sensitive);
    }

    /** "#3 AppFlow DescribeConnector (profile e2e, eu-west-1)": how the trace names the call. */
    String name() {
        return "#" + number + " " + service + " " + operation + " ("
                + (profile.isEmpty() ? "" : "profile " + profile + ", ") + region + ")";
    }

    /** Whether the request carried values of members the service model marks sensitive. */
    boolean carriesSensitiveValues() {
        return carriesSensitiveValues;
    }

    synchronized Collection<String> sent() {
        return Set.copyOf(sent);
    }

    synchronized int attempt() {
        return attempts.size() + (awaitingAnswer ? 1 : 0);
    }

    /** A new attempt goes out; the trace block for the one before, if it got no answer (the SDK retries those). */
    synchronized Optional<String> attemptStarted(Set<String> credentials, String to) {
        Optional<String> unanswered = unanswered("");
        sent.addAll(credentials);
        endpoint = to;
        attemptStarted = System.nanoTime();
        awaitingAnswer = true;
        return unanswered;
    }

    /** The attempt got an answer; how long it took. */
    synchronized Duration answered(int status, String id) {
        awaitingAnswer = false;
        attempts.add(String.valueOf(status));
        if (!id.isEmpty()) {
            requestId = id;
        }
        return Duration.ofNanos(System.nanoTime() - attemptStarted);
    }

    /** The call failed; the trace block for its last attempt, if that got no answer. */
    synchronized Optional<String> failed(String why) {
        return unanswered(why);
    }

    private Optional<String> unanswered(String why) {
        if (!awaitingAnswer) {
            return Optional.empty();
        }
        awaitingAnswer = false;
        attempts.add(ServiceCallRecord.NO_RESPONSE);
        return Optional.of(TraceBlocks.noResponse(
                name(), attempts.size(), Duration.ofNanos(System.nanoTime() - attemptStarted), why));
    }

    /** The call as the log keeps it; {@code error} empty for a success. */
    synchronized ServiceCallRecord ended(String error) {
        return new ServiceCallRecord(
                service,
                operation,
                profile,
                region,
                endpoint,
                attempts,
                requestId,
                Duration.ofNanos(System.nanoTime() - started),
                error);
    }
}
