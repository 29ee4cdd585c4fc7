package io.connectorexplorer.infra.diagnostics;

import io.connectorexplorer.core.diagnostics.RequestTrace;
import io.connectorexplorer.core.diagnostics.ServiceCallRecord;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * What the app's SDK clients tell about their calls: each call, as it ends, to the diagnostic log; each request and
 * response, as it happens, to whoever follows the trace ({@code --debug}). Every client gets a {@link #recorder} built
 * for its target, since the SDK knows the operation but not which profile the client is for.
 */
public final class CallDiagnostics implements RequestTrace {

    private final Consumer<ServiceCallRecord> log;
    private final List<Follower> followers = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();

    /** @param log told each call as it ends; must not block */
    public CallDiagnostics(Consumer<ServiceCallRecord> log) {
        this.log = log;
    }

    /** Calls told to no log, requests to no trace until someone follows it: for tests that build a client alone. */
    public static CallDiagnostics none() {
        return new CallDiagnostics(call -> {});
    }

    /** The interceptor for a client built for {@code profile} (null: none) in {@code region}. */
    public ExecutionInterceptor recorder(String profile, String region) {
        return new CallRecorder(this, profile == null ? "" : profile, region == null ? "" : region);
    }

    @Override
    public Following follow(Consumer<String> sink) {
        Follower follower = new Follower(sink);
        followers.add(follower);
        return () -> followers.remove(follower);
    }

    int nextCallNumber() {
        return calls.incrementAndGet();
    }

    boolean traced() {
        return !followers.isEmpty();
    }

    void trace(String block) {
        for (Follower follower : followers) {
            follower.sink.accept(block);
        }
    }

    void ended(ServiceCallRecord call) {
        log.accept(call);
    }

    /** One following, by identity: the same sink may follow twice. */
    private record Follower(Consumer<String> sink) {
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
