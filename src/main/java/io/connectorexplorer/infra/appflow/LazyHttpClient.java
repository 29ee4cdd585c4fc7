package io.connectorexplorer.infra.appflow;

import java.util.function.Supplier;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * An HTTP client built on its first request (or {@link #warmUp()}): building the URL-connection client sets up
 * TLS, which loads the trust store, about a tenth of a second the window should not wait for before it opens —
 * and the demo account never needs at all.
 */
final class LazyHttpClient implements SdkHttpClient {

    private final Supplier<SdkHttpClient> factory;
    private SdkHttpClient built;
    private boolean closed;

    LazyHttpClient(Supplier<SdkHttpClient> factory) {
        this.factory = factory;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return client().prepareRequest(request);
    }

    /** Builds the client now, if not yet built. */
    void warmUp() {
        client();
    }

    private synchronized SdkHttpClient client() {
        if (closed) {
            throw new IllegalStateException("The HTTP client is closed");
        }
        if (built == null) {
            built = factory.get();
        }
        return built;
    }

    @Override
    public String clientName() {
        return "UrlConnection";
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (built != null) {
            built.close();
        }
    }
}
