package io.connectorexplorer.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.connectorexplorer.core.json.JsonFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * An HTTP endpoint on loopback that answers AppFlow's REST-JSON read operations from a catalogue.
 * The demo account and the end-to-end tests reach it through the real SDK client: signing, retries and
 * parsing all run as against the real service; only the endpoint differs.
 */
public final class LoopbackAppFlowEndpoint implements AutoCloseable {

    /** Lets a test answer a request itself (a fault, a slow or broken response) before the catalogue does. */
    @FunctionalInterface
    public interface RequestHook {
        Optional<CannedResponse> intercept(String operation, JsonNode body);

        /**
         * What the endpoint calls: by default {@link #intercept(String, JsonNode)}. Override it to see the
         * request headers as well (read-only; looked up ignoring case), such as the SigV4 Authorization header.
         */
        default Optional<CannedResponse> intercept(String operation, JsonNode body, Map<String, List<String>> headers) {
            return intercept(operation, body);
        }
    }

    /** Writes a response body itself, for faults a whole body cannot show: slow, broken off, or streamed. */
    @FunctionalInterface
    public interface BodyWriter {
        /** Throwing closes the connection at once, with whatever was written so far on the wire. */
        void write(OutputStream body) throws IOException;
    }

    /**
     * A response to send as-is; or, with a {@link BodyWriter}, a status line and headers announcing
     * {@code declaredLength} bytes (0: chunked) and a body the writer produces — honouring that length or not.
     */
    public record CannedResponse(
            int status, Map<String, String> headers, byte[] body, long declaredLength, BodyWriter writer) {

        public CannedResponse(int status, Map<String, String> headers, byte[] body) {
            this(status, headers, body, body == null ? 0 : body.length, null);
        }

        public static CannedResponse error(int status, String errorType, String message) {
            ObjectNode body = JsonNodeFactory.instance.objectNode().put("message", message);
            return new CannedResponse(
                    status,
                    Map.of("x-amzn-ErrorType", errorType),
                    JsonFormat.compact(body).getBytes(StandardCharsets.UTF_8));
        }

        public static CannedResponse streamed(
                int status, Map<String, String> headers, long declaredLength, BodyWriter writer) {
            return new CannedResponse(status, headers, null, declaredLength, java.util.Objects.requireNonNull(writer));
        }

        /** The connection is closed before a single byte of a response is sent. */
        public static CannedResponse dropConnection() {
            return new CannedResponse(-1, Map.of(), null, 0, null);
        }
    }

    static {
        // The JDK server delays small responses (Nagle) by ~40 ms per call; loopback wants them at once.
        // Read once by the JDK when its first server starts; only this endpoint uses that server here.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final Pattern LABEL = Pattern.compile("[a-zA-Z0-9][\\w!@#.-]+");
    private static final int DEFAULT_PAGE = 20;

    private final DemoCatalogue catalogue;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, String> profiles = new java.util.HashMap<>();
    private volatile java.util.function.BiFunction<String, JsonNode, List<String>> requestCheck =
            LoopbackAppFlowEndpoint::checkAgainstModel;
    private volatile RequestHook hook = (operation, body) -> Optional.empty();

    private LoopbackAppFlowEndpoint(DemoCatalogue catalogue, int port) throws IOException {
        this.catalogue = catalogue;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-appflow");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /** Starts on a free loopback port. */
    public static LoopbackAppFlowEndpoint start(DemoCatalogue catalogue) throws IOException {
        return start(catalogue, 0);
    }

    public static LoopbackAppFlowEndpoint start(DemoCatalogue catalogue, int port) throws IOException {
        LoopbackAppFlowEndpoint endpoint = new LoopbackAppFlowEndpoint(catalogue, port);
        endpoint.server.start();
        return endpoint;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void setHook(RequestHook hook) {
        this.hook = hook == null ? (operation, body) -> Optional.empty() : hook;
    }

    /** How many requests reached the endpoint for an operation, such as "DescribeConnector". */
    public int callCount(String operation) {
        AtomicInteger count = calls.get(operation);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] requestBytes = exchange.getRequestBody().readAllBytes();
        String operation = operationFor(exchange.getRequestURI().getPath());
        calls.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
        CannedResponse response = respond(exchange, operation, requestBytes);
        // On a failure the exchange is left open: the server then closes the connection as it stands, even
        // mid-body. Closing the exchange first would end a chunked body properly and hide the fault.
        send(exchange, response);
        exchange.close();
    }

    private CannedResponse respond(HttpExchange exchange, String operation, byte[] requestBytes) {
        JsonNode body;
        try {
            body = requestBytes.length == 0 ? JsonNodeFactory.instance.objectNode() : JsonFormat.parse(requestBytes);
        } catch (IOException e) {
            return CannedResponse.error(400, "SerializationException", "The request body is not valid JSON.");
        }
        Optional<CannedResponse> hooked =
                hook.intercept(operation, body, java.util.Collections.unmodifiableMap(exchange.getRequestHeaders()));
        if (hooked.isPresent()) {
            return hooked.get();
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            return CannedResponse.error(405, "MethodNotAllowedException", "Use POST.");
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null
                || !authorization.startsWith("AWS4-HMAC-SHA256 ")
                || !authorization.contains("/appflow/aws4_request")) {
            return CannedResponse.error(
                    403,
                    "MissingAuthenticationTokenException",
                    "Missing or malformed SigV4 Authorization header for service appflow.");
        }
        return switch (operation) {
            case "DescribeConnectors" -> describeConnectors(body);
            case "ListConnectors" -> listConnectors(body);
            case "DescribeConnector" -> describeConnector(body);
            case "CreateConnectorProfile" -> createConnectorProfile(body, authorization);
            default -> CannedResponse.error(404, "UnknownOperationException", "Unknown operation " + operation + ".");
        };
    }

    private CannedResponse describeConnectors(JsonNode body) {
        List<JsonNode> amazon = catalogue.amazonConnectors();
        JsonNode types = body.get("connectorTypes");
        if (types != null && types.isArray() && !types.isEmpty()) {
            List<String> wanted = stream(types).map(JsonNode::asText).toList();
            amazon = amazon.stream()
                    .filter(c -> wanted.contains(c.path("connectorType").asText()))
                    .toList();
        }
        Page page = Page.of(body, amazon.size());
        if (page.problem != null) {
            return CannedResponse.error(400, "ValidationException", page.problem);
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ObjectNode configs = out.putObject("connectorConfigurations");
        ArrayNode details = out.putArray("connectors");
        for (JsonNode c : amazon.subList(page.from, page.to)) {
            configs.set(c.path("connectorType").asText(), c);
            details.add(detailOf(c));
        }
        page.nextToken().ifPresent(t -> out.put("nextToken", t));
        return ok(out);
    }

    private CannedResponse listConnectors(JsonNode body) {
        List<JsonNode> custom = catalogue.customConnectors();
        Page page = Page.of(body, custom.size());
        if (page.problem != null) {
            return CannedResponse.error(400, "ValidationException", page.problem);
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode details = out.putArray("connectors");
        custom.subList(page.from, page.to).forEach(c -> details.add(detailOf(c)));
        page.nextToken().ifPresent(t -> out.put("nextToken", t));
        return ok(out);
    }

    private CannedResponse describeConnector(JsonNode body) {
        String type = body.path("connectorType").asText("");
        String label = body.path("connectorLabel").asText("");
        if (type.isEmpty()) {
            return CannedResponse.error(
                    400, "ValidationException", "1 validation error detected: connectorType must not be null");
        }
        if (!label.isEmpty() && (label.length() > 256 || !LABEL.matcher(label).matches())) {
            return CannedResponse.error(
                    400,
                    "ValidationException",
                    "1 validation error detected: Value at 'connectorLabel' failed to satisfy constraint: "
                            + "Member must satisfy regular expression pattern: [a-zA-Z0-9][\\w!@#.-]+");
        }
        Optional<JsonNode> found = catalogue.configurations().stream()
                .filter(c -> label.isEmpty()
                        ? !DemoCatalogue.isCustom(c)
                                && c.path("connectorType").asText().equalsIgnoreCase(type)
                        : label.equals(c.path("connectorLabel").asText()))
                .findFirst();
        if (found.isEmpty()) {
            return CannedResponse.error(
                    404,
                    "ResourceNotFoundException",
                    label.isEmpty()
                            ? "Connector type " + type + " was not found."
                            : "Connector with label " + label + " was not found in this account.");
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("connectorConfiguration", found.get());
        return ok(out);
    }

    /**
     * Creates a connector profile in memory. Only names, ARNs and client tokens are kept — never the
     * credentials — so a retry with the same client token answers the same ARN, and another request for a
     * name already taken is a ConflictException, as the service does. The request is first checked by
     * {@link #setRequestCheck the request check}, when one is set.
     */
    private CannedResponse createConnectorProfile(JsonNode body, String authorization) {
        List<String> problems = requestCheck.apply("CreateConnectorProfile", body);
        if (!problems.isEmpty()) {
            return CannedResponse.error(
                    400,
                    "ValidationException",
                    problems.size() + " validation error" + (problems.size() == 1 ? "" : "s") + " detected: "
                            + String.join("; ", problems));
        }
        String name = body.path("connectorProfileName").asText("");
        String token = body.path("clientToken").asText("");
        String region = authorization.replaceAll(".*Credential=[^/]+/[^/]+/([^/]+)/appflow/.*", "$1");
        String arn = "arn:aws:appflow:" + region + ":123456789012:connectorprofile/" + name;
        synchronized (profiles) {
            String existingToken = profiles.get(name);
            if (existingToken != null && (token.isEmpty() || !existingToken.equals(token))) {
                return CannedResponse.error(
                        409, "ConflictException", "There is already a connector profile with the name " + name + ".");
            }
            profiles.put(name, token);
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("connectorProfileArn", arn);
        return ok(out);
    }

    /**
     * Checks requests before they are answered; by default against the AppFlow service model's constraints,
     * as the service does (a ValidationException names each problem).
     */
    public void setRequestCheck(java.util.function.BiFunction<String, JsonNode, List<String>> check) {
        this.requestCheck = check == null ? LoopbackAppFlowEndpoint::checkAgainstModel : check;
    }

    static List<String> checkAgainstModel(String operation, JsonNode body) {
        io.connectorexplorer.core.model.ServiceModel model =
                io.connectorexplorer.infra.model.BundledServiceModel.appflow();
        return io.connectorexplorer.core.model.ModelValidator.validate(
                        model, model.inputShapeOf(operation).name(), body)
                .stream()
                .map(v -> "Value at '" + v.path() + "' " + v.message())
                .toList();
    }

    /** Names of the connector profiles created so far. */
    public java.util.Set<String> createdProfiles() {
        synchronized (profiles) {
            return java.util.Set.copyOf(profiles.keySet());
        }
    }

    /** The ConnectorDetail that ListConnectors reports for a configuration. */
    static ObjectNode detailOf(JsonNode configuration) {
        ObjectNode detail = JsonNodeFactory.instance.objectNode();
        for (String member : List.of(
                "connectorDescription",
                "connectorName",
                "connectorOwner",
                "connectorVersion",
                "connectorType",
                "connectorLabel",
                "registeredAt",
                "registeredBy",
                "connectorProvisioningType",
                "connectorModes",
                "supportedDataTransferTypes")) {
            JsonNode value = configuration.get(member);
            if (value != null && !value.isNull()) {
                detail.set(member, value);
            }
        }
        return detail;
    }

    private static CannedResponse ok(JsonNode body) {
        return new CannedResponse(200, Map.of(), JsonFormat.compact(body).getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, CannedResponse response) throws IOException {
        if (response.status() < 0) {
            throw new IOException("connection dropped on purpose, before any response");
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders()
                .set("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        if (response.writer() != null) {
            // A body shorter than declared makes the server close the connection, as a broken proxy would.
            exchange.sendResponseHeaders(response.status(), response.declaredLength());
            OutputStream out = exchange.getResponseBody();
            response.writer().write(out);
            out.close();
            return;
        }
        byte[] body = response.body() == null ? new byte[0] : response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static String operationFor(String path) {
        return switch (path) {
            case "/describe-connectors" -> "DescribeConnectors";
            case "/list-connectors" -> "ListConnectors";
            case "/describe-connector" -> "DescribeConnector";
            case "/create-connector-profile" -> "CreateConnectorProfile";
            default -> path;
        };
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    /** Offset-based pages behind an opaque token, as the service's maxResults (1–100) allows. */
    private record Page(int from, int to, int total, String problem) {
        static Page of(JsonNode body, int total) {
            int max = DEFAULT_PAGE;
            JsonNode maxResults = body.get("maxResults");
            if (maxResults != null && !maxResults.isNull()) {
                max = maxResults.asInt(-1);
                if (max < 1 || max > 100) {
                    return new Page(
                            0,
                            0,
                            total,
                            "1 validation error detected: Value '" + maxResults.asText()
                                    + "' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 100");
                }
            }
            int from = 0;
            JsonNode token = body.get("nextToken");
            if (token != null && !token.isNull()) {
                try {
                    from = Integer.parseInt(
                            new String(java.util.Base64.getUrlDecoder().decode(token.asText()), StandardCharsets.UTF_8)
                                    .replace("offset:", ""));
                } catch (IllegalArgumentException e) {
                    return new Page(0, 0, total, "Invalid nextToken.");
                }
                if (from < 0 || from > total) {
                    return new Page(0, 0, total, "Invalid nextToken.");
                }
            }
            return new Page(from, Math.min(total, from + max), total, null);
        }

        Optional<String> nextToken() {
            if (to >= total) {
                return Optional.empty();
            }
            return Optional.of(java.util.Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(("offset:" + to).getBytes(StandardCharsets.UTF_8)));
        }
    }
}
