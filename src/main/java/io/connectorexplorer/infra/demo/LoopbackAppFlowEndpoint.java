package io.connectorexplorer.infra.demo;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP server on loopback that speaks AppFlow's REST-JSON protocol; {@link DemoAppFlowService} answers. The demo
 * account reaches it through the real SDK client: signing, retries and parsing all run as against the real service;
 * only the endpoint differs.
 */
public final class LoopbackAppFlowEndpoint implements AutoCloseable {

    static {
        // The JDK server delays small responses (Nagle) by ~40 ms per call; loopback wants them at once.
        // Read once by the JDK when its first server starts; only this endpoint uses that server here.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;

    private LoopbackAppFlowEndpoint(HttpHandler handler) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-appflow");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", handler);
    }

    /** Starts on a free loopback port, answering from {@code catalogue}. */
    public static LoopbackAppFlowEndpoint start(DemoCatalogue catalogue) throws IOException {
        return start(answeredBy(new DemoAppFlowService(catalogue)));
    }

    /**
     * Starts on a free loopback port with {@code handler} answering every request: one that reads requests with
     * {@link AppFlowRequest#read} and hands those it does not answer itself to a {@link DemoAppFlowService}.
     */
    public static LoopbackAppFlowEndpoint start(HttpHandler handler) throws IOException {
        LoopbackAppFlowEndpoint endpoint = new LoopbackAppFlowEndpoint(handler);
        endpoint.server.start();
        return endpoint;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static HttpHandler answeredBy(DemoAppFlowService service) {
        return exchange -> {
            AppFlowRequest.read(exchange)
                    .map(service::answer)
                    .orElseGet(AppFlowResponse::notJson)
                    .sendTo(exchange);
            exchange.close();
        };
    }
}
