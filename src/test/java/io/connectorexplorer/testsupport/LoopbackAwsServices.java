package io.connectorexplorer.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * SSO OIDC, the SSO portal and STS on one loopback HTTP server, speaking their real wire protocols (rest-json for
 * the first two, awsQuery for STS), so tests run the real SDK clients — and the AWS CLI — against them. Tests
 * drive it ({@link FakeSsoOidc#approveDevice()}, {@link FakeSts#identity}...) and read back every request with its
 * headers. Point a config at it with {@link #endpointVariables()}, {@link #environment(Path)} or
 * {@link #servicesSection(String)}.
 */
public final class LoopbackAwsServices implements AutoCloseable {

    static {
        // The JDK server delays small responses (Nagle) by ~40 ms per call; loopback wants them at once.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** One request as it arrived: the service and operation it was routed to, and everything it carried. */
    public record RecordedRequest(
            String service,
            String operation,
            String method,
            String path,
            String rawQuery,
            Map<String, List<String>> headers,
            String body) {

        /** A header, looked up ignoring case. */
        public Optional<String> header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        /** The query parameters, decoded. */
        public Map<String, String> query() {
            return decodeForm(rawQuery);
        }

        /** The body as form parameters (STS), decoded. */
        public Map<String, String> form() {
            return decodeForm(body);
        }

        /** The body as JSON (SSO OIDC). */
        public JsonNode json() {
            if (body == null || body.isEmpty()) {
                return JsonNodeFactory.instance.objectNode();
            }
            try {
                return JsonFormat.parse(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A response to send. */
    record Reply(int status, Map<String, String> headers, byte[] body) {

        static Reply json(int status, JsonNode body) {
            return new Reply(
                    status,
                    Map.of("Content-Type", "application/json"),
                    JsonFormat.compact(body).getBytes(StandardCharsets.UTF_8));
        }

        /** A rest-json error: the SDK reads the error code from x-amzn-ErrorType. */
        static Reply restJsonError(int status, String errorType, JsonNode body) {
            return new Reply(
                    status,
                    Map.of("Content-Type", "application/json", "x-amzn-ErrorType", errorType),
                    JsonFormat.compact(body).getBytes(StandardCharsets.UTF_8));
        }

        static Reply xml(int status, String xml) {
            return new Reply(status, Map.of("Content-Type", "text/xml"), xml.getBytes(StandardCharsets.UTF_8));
        }

        static Reply html(int status, String text) {
            return new Reply(
                    status,
                    Map.of("Content-Type", "text/html; charset=utf-8"),
                    ("<!DOCTYPE html><html><body><p>" + text + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        }

        static Reply redirect(String location) {
            return new Reply(302, Map.of("Location", location), new byte[0]);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> answered = new HashMap<>();
    private final FakeSsoOidc oidc;
    private final FakeSts sts;
    private final FakeSsoPortal sso;

    private LoopbackAwsServices() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "loopback-aws-services");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        oidc = new FakeSsoOidc(this::endpoint);
        sts = new FakeSts();
        sso = new FakeSsoPortal(oidc, sts);
    }

    /** Starts on a free port of 127.0.0.1. */
    public static LoopbackAwsServices start() throws IOException {
        LoopbackAwsServices services = new LoopbackAwsServices();
        services.server.start();
        return services;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public FakeSsoOidc oidc() {
        return oidc;
    }

    public FakeSsoPortal sso() {
        return sso;
    }

    public FakeSts sts() {
        return sts;
    }

    /** Approves the device-code sign-ins waiting for approval, as a person on the verification page would. */
    public void approveDevice() {
        oidc.approveDevice();
    }

    /** The clock the services issue expiry times by (default: the system clock). */
    public LoopbackAwsServices clock(Clock clock) {
        oidc.clock(clock);
        sts.clock(clock);
        return this;
    }

    /** AWS_ENDPOINT_URL_SSO_OIDC, AWS_ENDPOINT_URL_SSO and AWS_ENDPOINT_URL_STS, all pointing here. */
    public Map<String, String> endpointVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("AWS_ENDPOINT_URL_SSO_OIDC", endpoint().toString());
        variables.put("AWS_ENDPOINT_URL_SSO", endpoint().toString());
        variables.put("AWS_ENDPOINT_URL_STS", endpoint().toString());
        return variables;
    }

    /**
     * An environment with home folder {@code home}, the config and credentials files in {@code home/.aws}, and
     * {@link #endpointVariables()}; {@code extra} variables on top.
     */
    public AwsEnvironment environment(Path home, Map<String, String> extra) {
        Map<String, String> variables = new HashMap<>(endpointVariables());
        variables.put("AWS_CONFIG_FILE", home.resolve(".aws").resolve("config").toString());
        variables.put(
                "AWS_SHARED_CREDENTIALS_FILE",
                home.resolve(".aws").resolve("credentials").toString());
        variables.putAll(extra);
        return new AwsEnvironment(variables, home);
    }

    public AwsEnvironment environment(Path home) {
        return environment(home, Map.of());
    }

    /** A {@code [services NAME]} section sending sso_oidc, sso and sts here; name it in a profile's {@code services}. */
    public String servicesSection(String name) {
        String url = endpoint().toString();
        return "[services " + name + "]\n"
                + "sso_oidc =\n  endpoint_url = " + url + "\n"
                + "sso =\n  endpoint_url = " + url + "\n"
                + "sts =\n  endpoint_url = " + url + "\n";
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests for one operation, such as "CreateToken", "GetRoleCredentials" or "AssumeRole". */
    public List<RecordedRequest> requests(String operation) {
        return requests.stream().filter(r -> r.operation().equals(operation)).toList();
    }

    /**
     * Waits until the services have answered {@code count} requests for {@code operation} (the answer decided, so
     * state a test changes next cannot leak into it); false when {@code timeout} passes first.
     */
    public boolean awaitAnswered(String operation, int count, java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (answered) {
            for (long left = timeout.toNanos();
                    answered.getOrDefault(operation, 0) < count;
                    left = deadline - System.nanoTime()) {
                if (left <= 0) {
                    return false;
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(answered, left);
            }
            return true;
        }
    }

    /** Every secret the services handed out so far (tokens, client secrets, secret keys, session tokens). */
    public List<String> secretsIssued() {
        List<String> secrets = new ArrayList<>(oidc.secretsIssued());
        secrets.addAll(sts.secretsIssued());
        return secrets;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            String[] route = route(method, path, headers, body);
            RecordedRequest request = new RecordedRequest(
                    route[0], route[1], method, path, query, Collections.unmodifiableMap(headers), body);
            requests.add(request);
            Reply reply;
            try {
                reply = dispatch(request);
            } catch (RuntimeException e) {
                reply = Reply.restJsonError(
                        500,
                        "InternalServerException",
                        JsonNodeFactory.instance.objectNode().put("message", "The fake failed: " + e));
            }
            synchronized (answered) {
                answered.merge(request.operation(), 1, Integer::sum);
                answered.notifyAll();
            }
            reply.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.getResponseHeaders()
                    .set("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            if (reply.body().length > 0) {
                exchange.getResponseBody().write(reply.body());
            }
        }
    }

    private static String[] route(String method, String path, Map<String, List<String>> headers, String body) {
        return switch (path) {
            case "/client/register" -> new String[] {"sso-oidc", "RegisterClient"};
            case "/device_authorization" -> new String[] {"sso-oidc", "StartDeviceAuthorization"};
            case "/token" -> new String[] {"sso-oidc", "CreateToken"};
            case "/authorize" -> new String[] {"sso-oidc", "Authorize"};
            case "/federation/credentials" -> new String[] {"sso", "GetRoleCredentials"};
            case "/assignment/accounts" -> new String[] {"sso", "ListAccounts"};
            case "/assignment/roles" -> new String[] {"sso", "ListAccountRoles"};
            case "/", "" ->
                "POST".equals(method)
                        ? new String[] {"sts", decodeForm(body).getOrDefault("Action", "(no Action)")}
                        : new String[] {"unknown", method + " /"};
            default -> new String[] {"unknown", method + " " + path};
        };
    }

    private Reply dispatch(RecordedRequest request) {
        return switch (request.service()) {
            case "sso-oidc" -> oidc.handle(request);
            case "sso" -> sso.handle(request);
            case "sts" -> sts.handle(request);
            default ->
                Reply.restJsonError(
                        404,
                        "UnknownOperationException",
                        JsonNodeFactory.instance
                                .objectNode()
                                .put("message", "No such operation: " + request.operation()));
        };
    }

    static Map<String, String> decodeForm(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return values;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(name, value);
        }
        return values;
    }
}
