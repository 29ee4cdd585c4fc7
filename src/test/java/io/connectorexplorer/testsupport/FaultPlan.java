package io.connectorexplorer.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * Faults for a {@link TestAppFlowEndpoint}, set up by a test: the requests a
 * rule matches get its faults in order (then the catalogue answers again), or one fault for good. Every request
 * is recorded with the moment it arrived, so a test can see retries and the pause before each.
 */
public final class FaultPlan implements RequestHook {

    /** One request as it reached the endpoint, and whether a fault answered it. */
    public record Arrival(String operation, JsonNode body, long nanoTime, boolean faulted) {}

    private record Rule(
            BiPredicate<String, JsonNode> matches,
            Deque<Supplier<CannedResponse>> faults,
            Supplier<CannedResponse> forGood) {}

    private static final ThreadLocal<Map<String, List<String>>> HEADERS = ThreadLocal.withInitial(Map::of);

    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();

    /** The next requests for {@code operation} get these answers, one each, then the catalogue answers. */
    @SafeVarargs
    public final FaultPlan next(String operation, Supplier<CannedResponse>... faults) {
        return add(operation(operation), faults);
    }

    /** The next DescribeConnector requests for {@code connectorType} get these answers, one each. */
    @SafeVarargs
    public final FaultPlan nextDescribe(String connectorType, Supplier<CannedResponse>... faults) {
        return add(describing(connectorType), faults);
    }

    /** Every request for {@code operation} gets this answer until {@link #clear()}. */
    public FaultPlan always(String operation, Supplier<CannedResponse> fault) {
        rules.add(new Rule(operation(operation), new ArrayDeque<>(), fault));
        return this;
    }

    /** Every DescribeConnector request for {@code connectorType} gets this answer until {@link #clear()}. */
    public FaultPlan alwaysDescribe(String connectorType, Supplier<CannedResponse> fault) {
        rules.add(new Rule(describing(connectorType), new ArrayDeque<>(), fault));
        return this;
    }

    /** No more faults: the catalogue answers everything. */
    public void clear() {
        rules.clear();
    }

    /** Every request so far, in the order they arrived. */
    public List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    public List<Arrival> arrivals(String operation) {
        return arrivals.stream().filter(a -> a.operation().equals(operation)).toList();
    }

    @SafeVarargs
    private FaultPlan add(BiPredicate<String, JsonNode> matches, Supplier<CannedResponse>... faults) {
        rules.add(new Rule(matches, new ArrayDeque<>(List.of(faults)), null));
        return this;
    }

    private static BiPredicate<String, JsonNode> operation(String operation) {
        return (op, body) -> op.equals(operation);
    }

    private static BiPredicate<String, JsonNode> describing(String connectorType) {
        return (op, body) -> op.equals("DescribeConnector")
                && body.path("connectorType").asText().equals(connectorType);
    }

    @Override
    public Optional<CannedResponse> intercept(String operation, JsonNode body) {
        return intercept(operation, body, Map.of());
    }

    @Override
    public Optional<CannedResponse> intercept(String operation, JsonNode body, Map<String, List<String>> headers) {
        long now = System.nanoTime();
        Supplier<CannedResponse> fault = null;
        for (Rule rule : rules) {
            if (rule.matches().test(operation, body)) {
                synchronized (rule.faults()) {
                    fault = rule.faults().poll();
                }
                if (fault == null) {
                    fault = rule.forGood();
                }
                if (fault != null) {
                    break;
                }
            }
        }
        arrivals.add(new Arrival(operation, body, now, fault != null));
        if (fault == null) {
            return Optional.empty();
        }
        HEADERS.set(headers);
        try {
            return Optional.of(fault.get());
        } finally {
            HEADERS.remove();
        }
    }

    /** The first value of a header of the request a fault is answering (looked up ignoring case), or "". */
    static String requestHeader(String name) {
        return HEADERS.get().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0))
                .findFirst()
                .orElse("");
    }
}
