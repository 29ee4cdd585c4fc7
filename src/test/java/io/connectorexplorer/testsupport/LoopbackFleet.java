package io.connectorexplorer.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.infra.demo.AppFlowRequest;
import io.connectorexplorer.infra.demo.AppFlowResponse;
import io.connectorexplorer.infra.demo.DemoAppFlowService;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.demo.DemoConnections;
import io.connectorexplorer.infra.demo.LoopbackAppFlowEndpoint;
import io.connectorexplorer.infra.demo.RequestCheck;
import io.connectorexplorer.testsupport.LoopbackAwsServices.RecordedRequest;
import io.connectorexplorer.testsupport.LoopbackAwsServices.Reply;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many AWS accounts and regions behind one loopback endpoint, for the fleet inventory: AppFlow (REST-JSON) and STS
 * GetCallerIdentity (awsQuery) as the real SDK clients call them. Who calls is told by the access key id in the SigV4
 * {@code Credential=} scope (one fake key per account), and where by the scope's region — so one {@code endpoint_url}
 * serves every profile and region, as AppFlow's regional endpoints would. Each account serves a catalogue in every
 * region, or another in the regions named (custom connectors only in some, say); a region may be made to throttle
 * above a rate ({@link RequestRateLimit}) or to be down (every connection closed unanswered), and every call may be
 * delayed. Counts calls per operation and the most in flight at once.
 */
public final class LoopbackFleet implements AutoCloseable {

    private static final Pattern SCOPE = Pattern.compile("Credential=([^/,\\s]+)/\\d{8}/([^/]+)/([^/]+)/aws4_request");

    /** One account: its key, and what it serves where. */
    public final class Account {
        private final String id;
        private final String accessKeyId;
        private final DemoAppFlowService everywhere;
        private final Map<String, DemoAppFlowService> byRegion = new ConcurrentHashMap<>();
        private final Map<String, RequestHook> hooks = new ConcurrentHashMap<>();

        private Account(String id, String accessKeyId, DemoCatalogue catalogue, DemoConnections connections) {
            this.id = id;
            this.accessKeyId = accessKeyId;
            this.everywhere = new DemoAppFlowService(
                    catalogue,
                    connections == null ? DemoConnections::bundled : () -> connections,
                    RequestCheck.againstServiceModel());
        }

        public String id() {
            return id;
        }

        public String accessKeyId() {
            return accessKeyId;
        }

        /** In {@code region}, this catalogue instead. */
        public Account serves(String region, DemoCatalogue catalogue) {
            byRegion.put(region, new DemoAppFlowService(catalogue));
            return this;
        }

        /** In {@code region}, at most {@code perSecond} AppFlow calls are answered; the rest get 429. */
        public RequestRateLimit throttleAbove(String region, int perSecond) {
            RequestRateLimit limit = new RequestRateLimit(perSecond);
            hooks.put(region, limit);
            return limit;
        }

        /** In {@code region}, {@code hook} sees each AppFlow call first and may answer it. */
        public Account hook(String region, RequestHook hook) {
            hooks.put(region, hook);
            return this;
        }

        /** In {@code region}, AppFlow is down: every connection is closed before an answer. */
        public Account down(String region) {
            return hook(region, (operation, body) -> Optional.of(CannedResponse.dropConnection()));
        }

        /** This account's keys as a role's temporary credentials (for a fake SSO portal to hand out). */
        public FakeCredentials roleCredentials() {
            return new FakeCredentials(
                    accessKeyId,
                    secretOf(accessKeyId),
                    "fleet-session-" + id,
                    java.time.Instant.now().plus(java.time.Duration.ofHours(1)));
        }

        /** {@code [NAME]} with this account's fake keys, for the credentials file. */
        public String credentialsSection(String profile) {
            return "[" + profile + "]\naws_access_key_id = " + accessKeyId + "\naws_secret_access_key = "
                    + secretOf(accessKeyId) + "\n";
        }

        private DemoAppFlowService in(String region) {
            return byRegion.getOrDefault(region, everywhere);
        }
    }

    private final LoopbackAppFlowEndpoint server;
    private final Map<String, Account> byKey = new ConcurrentHashMap<>();
    private final FakeSts sts = new FakeSts();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peakInFlight = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;

    private LoopbackFleet() throws IOException {
        this.server = LoopbackAppFlowEndpoint.start(this::handle);
    }

    public static LoopbackFleet start() throws IOException {
        return new LoopbackFleet();
    }

    /** Adds an account serving {@code catalogue} in every region; its key is made from its ID. */
    public Account account(String accountId, DemoCatalogue catalogue) {
        return account(accountId, catalogue, null);
    }

    /** As {@link #account(String, DemoCatalogue)}, serving {@code connections} (null: the demo's sample). */
    public Account account(String accountId, DemoCatalogue catalogue, DemoConnections connections) {
        String key = ("FLEETKEY" + accountId + "00000000").substring(0, 20);
        Account account = new Account(accountId, key, catalogue, connections);
        byKey.put(key, account);
        sts.identity(key, accountId, "arn:aws:iam::" + accountId + ":user/fleet");
        return account;
    }

    /** Each call is answered this much later (AppFlow and STS alike). */
    public void delayEveryCall(Duration delay) {
        this.delay = delay;
    }

    public URI uri() {
        return server.uri();
    }

    /** {@code [profile NAME]} in {@code region}, with AppFlow and STS both reached here through endpoint_url. */
    public String profileSection(String profile, String region) {
        return "[profile " + profile + "]\nregion = " + region + "\nendpoint_url = " + uri() + "\n";
    }

    /** Calls that reached the endpoint for an operation, such as "ListConnectors" or "GetCallerIdentity". */
    public int callCount(String operation) {
        AtomicInteger count = calls.get(operation);
        return count == null ? 0 : count.get();
    }

    public int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Starts the counts of calls and of calls in flight afresh. */
    public void resetCounts() {
        calls.clear();
        peakInFlight.set(inFlight.get());
    }

    /** The most calls the endpoint was answering at once. */
    public int peakInFlight() {
        return peakInFlight.get();
    }

    @Override
    public void close() {
        server.close();
    }

    private static String secretOf(String accessKeyId) {
        return "fleet-secret-" + accessKeyId.toLowerCase(java.util.Locale.ROOT);
    }

    private void handle(HttpExchange exchange) throws IOException {
        peakInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            answer(exchange);
        } finally {
            inFlight.decrementAndGet();
        }
        // Only once answered: on a failure the server closes the connection as it stands (a target that is down).
        exchange.close();
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        Matcher scope = SCOPE.matcher(String.join(",", headers.getOrDefault("Authorization", List.of())));
        String service = scope.find() ? scope.group(3) : "unknown";
        boolean isSts = service.equals("sts");
        String operation = isSts ? "GetCallerIdentity" : AppFlowRequest.operationOf(exchange);
        calls.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
        pause();
        if (isSts) {
            String form = new String(body, StandardCharsets.UTF_8);
            Reply reply = sts.handle(
                    new RecordedRequest("sts", operation, exchange.getRequestMethod(), "/", null, headers, form));
            send(exchange, reply.status(), reply.headers(), reply.body());
            return;
        }
        Account account = service.equals("unknown") ? null : byKey.get(scope.group(1));
        CannedResponse answer = account == null
                ? CannedResponse.error(
                        403, "UnrecognizedClientException", "The security token included in the request is invalid.")
                : appflow(account, scope.group(2), exchange, body, headers);
        answer.sendTo(exchange);
    }

    private CannedResponse appflow(
            Account account, String region, HttpExchange exchange, byte[] body, Map<String, List<String>> headers) {
        JsonNode json;
        try {
            json = body.length == 0 ? JsonNodeFactory.instance.objectNode() : JsonFormat.parse(body);
        } catch (IOException e) {
            return CannedResponse.of(AppFlowResponse.notJson());
        }
        AppFlowRequest request = new AppFlowRequest(
                exchange.getRequestMethod(),
                AppFlowRequest.operationOf(exchange),
                json,
                Collections.unmodifiableMap(headers));
        RequestHook hook = account.hooks.get(region);
        if (hook != null) {
            Optional<CannedResponse> hooked = hook.intercept(request.operation(), json, headers);
            if (hooked.isPresent()) {
                return hooked.get();
            }
        }
        return CannedResponse.of(account.in(region).answer(request));
    }

    private void pause() {
        Duration wait = delay;
        if (!wait.isZero()) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, byte[] body)
            throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.getResponseHeaders()
                .set("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
