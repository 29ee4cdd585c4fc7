package io.connectorexplorer.infra.sso;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.task.Cancellation;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The redirect target of the authorization-code sign-in: an HTTP server on 127.0.0.1 only, on a free port,
 * that takes one answer from the browser, checks its {@code state}, and tells the person whether to close the tab.
 */
final class LoopbackCallback implements AutoCloseable {

    static final String PATH = "/oauth/callback";
    /** The redirect URI a client registers: loopback without a port, as RFC 8252 allows and the AWS CLI does. */
    static final String REGISTERED_REDIRECT_URI = "http://127.0.0.1" + PATH;

    private static final Duration CHECK_EVERY = Duration.ofMillis(200);

    private final HttpServer server;
    private final String expectedState;
    private final CompletableFuture<String> code = new CompletableFuture<>();

    private LoopbackCallback(HttpServer server, String expectedState) {
        this.server = server;
        this.expectedState = expectedState;
    }

    /** Starts listening; an IOException means the browser flow cannot run here. */
    static LoopbackCallback start(String expectedState) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        LoopbackCallback callback = new LoopbackCallback(server, expectedState);
        server.createContext(PATH, callback::handle);
        server.start();
        return callback;
    }

    /** The redirect URI for this sign-in, with the port the server listens on. */
    String redirectUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** Waits for the browser's answer and returns the authorization code; cancellable, and gives up after timeout. */
    String awaitCode(Cancellation cancellation, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (cancellation.isCancelled()) {
                throw SsoErrors.cancelled(null);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw SsoErrors.signInRequired(
                        null,
                        null,
                        "The browser did not come back with a sign-in within " + timeout.toMinutes() + " minutes.");
            }
            try {
                return code.get(Math.min(left, CHECK_EVERY.toNanos()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // Not yet: look at the cancellation again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw SsoErrors.cancelled(null);
            } catch (ExecutionException e) {
                throw (ServiceCallException) e.getCause();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())
                    || !PATH.equals(exchange.getRequestURI().getPath())) {
                answer(
                        exchange,
                        404,
                        "Not found",
                        "This address only takes the answer of a Connector Explorer sign-in.");
                return;
            }
            if (code.isDone()) {
                answer(
                        exchange,
                        409,
                        "Sign-in already finished",
                        "This sign-in has already finished. You can close this tab.");
                return;
            }
            Map<String, String> query;
            try {
                query = query(exchange.getRequestURI().getRawQuery());
            } catch (IllegalArgumentException malformed) {
                answer(exchange, 400, "Not understood", "The address is malformed.");
                return;
            }
            String state = query.get("state");
            if (state == null
                    || !MessageDigest.isEqual(
                            state.getBytes(StandardCharsets.UTF_8), expectedState.getBytes(StandardCharsets.UTF_8))) {
                answer(
                        exchange,
                        400,
                        "Sign-in stopped",
                        "The answer did not belong to this sign-in, so Connector "
                                + "Explorer stopped it. Start the sign-in again from Connector Explorer.");
                code.completeExceptionally(
                        SsoErrors.signInRequired(
                                null,
                                "StateMismatch",
                                "The browser came back with "
                                        + "an answer that does not belong to this sign-in (its state differs), so the sign-in was stopped."));
                return;
            }
            if (query.containsKey("error")
                    || query.get("code") == null
                    || query.get("code").isEmpty()) {
                answer(
                        exchange,
                        200,
                        "Sign-in not completed",
                        "The sign-in was not completed. You can close this tab and try again from Connector Explorer.");
                String error = safeWord(query.getOrDefault("error", "no authorization code"));
                code.completeExceptionally(SsoErrors.signInRequired(
                        null, null, "The sign-in was not completed in the browser (" + error + ")."));
                return;
            }
            // Said before the code is exchanged for the token, so it claims no more than that the answer arrived.
            answer(
                    exchange,
                    200,
                    "Sign-in received",
                    "Connector Explorer has received your sign-in. " + "You can close this tab and return to the app.");
            code.complete(query.get("code"));
        }
    }

    private static void answer(HttpExchange exchange, int status, String title, String text) throws IOException {
        byte[] page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                        + "<body style=\"font-family: sans-serif; margin: 3em\"><h1>" + title + "</h1><p>" + text
                        + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, page.length);
        exchange.getResponseBody().write(page);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(name, value);
        }
        return values;
    }

    /** An error word from the URL, shortened and stripped to letters, digits and underscores for a message. */
    private static String safeWord(String text) {
        String word = text.replaceAll("[^A-Za-z0-9_ ]", "");
        return word.length() > 60 ? word.substring(0, 60) : word;
    }
}
