package io.connectorexplorer.infra.appflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

class LazyHttpClientTest {

    private final AtomicInteger built = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private final AtomicInteger prepared = new AtomicInteger();
    private final LazyHttpClient client = new LazyHttpClient(() -> {
        built.incrementAndGet();
        return new CountingClient();
    });

    @Test
    void buildsTheRealClientOnTheFirstRequestOnlyAndPassesRequestsOn() throws Exception {
        assertThat(built).hasValue(0);

        client.prepareRequest(request()).call();
        client.prepareRequest(request()).call();

        assertThat(built).hasValue(1);
        assertThat(prepared).hasValue(2);
    }

    @Test
    void warmUpBuildsItAheadAndOnlyOnce() {
        client.warmUp();
        client.warmUp();
        client.prepareRequest(request());

        assertThat(built).hasValue(1);
    }

    @Test
    void closingBeforeAnyRequestBuildsNothingAndAfterwardsRequestsAreRefused() {
        client.close();

        assertThat(built).hasValue(0);
        assertThatThrownBy(() -> client.prepareRequest(request()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(built).hasValue(0);
    }

    @Test
    void closingClosesTheBuiltClient() {
        client.warmUp();
        client.close();

        assertThat(closed).hasValue(1);
    }

    private static HttpExecuteRequest request() {
        return HttpExecuteRequest.builder()
                .request(SdkHttpRequest.builder()
                        .method(SdkHttpMethod.GET)
                        .uri(URI.create("http://127.0.0.1:9/"))
                        .build())
                .build();
    }

    private final class CountingClient implements SdkHttpClient {
        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            prepared.incrementAndGet();
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() {
                    return HttpExecuteResponse.builder()
                            .response(SdkHttpFullResponse.builder()
                                    .statusCode(200)
                                    .build())
                            .build();
                }

                @Override
                public void abort() {}
            };
        }

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }
}
