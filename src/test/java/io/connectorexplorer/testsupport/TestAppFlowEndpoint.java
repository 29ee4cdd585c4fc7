package io.connectorexplorer.testsupport;

import com.sun.net.httpserver.HttpExchange;
import io.connectorexplorer.infra.demo.AppFlowRequest;
import io.connectorexplorer.infra.demo.AppFlowResponse;
import io.connectorexplorer.infra.demo.DemoAppFlowService;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.demo.DemoConnections;
import io.connectorexplorer.infra.demo.LoopbackAppFlowEndpoint;
import io.connectorexplorer.infra.demo.RequestCheck;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo's loopback AppFlow endpoint with what tests need in front of the demo service: a {@link RequestHook} that
 * sees every request first (before the method and signature checks) and may answer it with a {@link CannedResponse}
 * — a fault, a streamed or broken body, a dropped connection — a count of the requests per operation, the connector
 * profiles created, and a request check to use instead of the service model's.
 */
public final class TestAppFlowEndpoint implements AutoCloseable {

    private static final RequestHook NO_HOOK = (operation, body) -> Optional.empty();

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Set<String> createdProfiles = ConcurrentHashMap.newKeySet();
    private final DemoAppFlowService demo;
    private final LoopbackAppFlowEndpoint server;
    private volatile RequestHook hook = NO_HOOK;
    private volatile RequestCheck requestCheck = RequestCheck.againstServiceModel();

    private TestAppFlowEndpoint(DemoCatalogue catalogue, DemoConnections connections) throws IOException {
        // Read at each request, so that a test may swap the check on a running endpoint.
        this.demo = new DemoAppFlowService(
                catalogue,
                connections == null ? DemoConnections::bundled : () -> connections,
                (operation, body) -> requestCheck.problems(operation, body));
        this.server = LoopbackAppFlowEndpoint.start(this::handle);
    }

    /**
     * Starts on a free loopback port, answering from {@code catalogue} what the hook leaves alone; its connections
     * and flows are the demo's sample.
     */
    public static TestAppFlowEndpoint start(DemoCatalogue catalogue) throws IOException {
        return new TestAppFlowEndpoint(catalogue, null);
    }

    /** As {@link #start(DemoCatalogue)}, serving {@code connections}' connections, entities, fields and flows. */
    public static TestAppFlowEndpoint start(DemoCatalogue catalogue, DemoConnections connections) throws IOException {
        return new TestAppFlowEndpoint(catalogue, connections);
    }

    public URI uri() {
        return server.uri();
    }

    /** The hook that sees each request from now on; null: none. */
    public void setHook(RequestHook hook) {
        this.hook = hook == null ? NO_HOOK : hook;
    }

    /** How many requests reached the endpoint for an operation, such as "DescribeConnector". */
    public int callCount(String operation) {
        AtomicInteger count = calls.get(operation);
        return count == null ? 0 : count.get();
    }

    /** Names of the connector profiles created so far. */
    public Set<String> createdProfiles() {
        return Set.copyOf(createdProfiles);
    }

    /** Checks CreateConnectorProfile requests with {@code check} from now on; null: the service model again. */
    public void setRequestCheck(RequestCheck check) {
        this.requestCheck = check == null ? RequestCheck.againstServiceModel() : check;
    }

    @Override
    public void close() {
        server.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        // Counted before the body is read: a request that is not even JSON reached the endpoint too.
        calls.computeIfAbsent(AppFlowRequest.operationOf(exchange), k -> new AtomicInteger())
                .incrementAndGet();
        CannedResponse response = AppFlowRequest.read(exchange)
                .map(this::respond)
                .orElseGet(() -> CannedResponse.of(AppFlowResponse.notJson()));
        // On a failure the exchange is left open: the server then closes the connection as it stands, even
        // mid-body. Closing the exchange first would end a chunked body properly and hide the fault.
        response.sendTo(exchange);
        exchange.close();
    }

    private CannedResponse respond(AppFlowRequest request) {
        Optional<CannedResponse> hooked = hook.intercept(request.operation(), request.body(), request.headers());
        if (hooked.isPresent()) {
            return hooked.get();
        }
        AppFlowResponse answer = demo.answer(request);
        if (request.operation().equals("CreateConnectorProfile") && answer.status() == 200) {
            createdProfiles.add(request.body().path("connectorProfileName").asText(""));
        }
        return CannedResponse.of(answer);
    }
}
