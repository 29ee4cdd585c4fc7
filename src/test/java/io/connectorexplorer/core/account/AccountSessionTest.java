package io.connectorexplorer.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.connector.AppFlowGateway;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.testsupport.TestThreads;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountSessionTest {

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final Map<ConnectorKey, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final ConnectorKey slow = ConnectorKey.amazon("Zendesk");
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final AccountSession session = new AccountSession(
            new Target(new AwsProfile("p", ProfileKind.STATIC_KEYS, "eu-west-1", null), "eu-west-1"),
            new Connection(),
            TestThreads.SERVICE_CALLS);

    @AfterEach
    void stop() {
        release.countDown();
        threads.shutdownNow();
    }

    @Test
    void aSlowDescribeDoesNotHoldUpDescribingAnotherConnector() throws Exception {
        // A key in the same bin of a fresh ConcurrentHashMap as the slow one: the case where computeIfAbsent
        // made the second describe wait for the first.
        ConnectorKey other = sameBinAs(slow);
        Future<ConnectorDescription> first = threads.submit(() -> session.describe(slow));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        Future<ConnectorDescription> second = threads.submit(() -> session.describe(other));

        assertThat(second.get(10, TimeUnit.SECONDS).key()).isEqualTo(other);
        assertThat(first.isDone()).isFalse();
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).key()).isEqualTo(slow);
    }

    @Test
    void aDescribedConnectorIsAnsweredFromTheCache() {
        ConnectorKey key = ConnectorKey.amazon("S3");

        ConnectorDescription once = session.describe(key);
        ConnectorDescription twice = session.describe(key);

        assertThat(twice).isSameAs(once);
        assertThat(session.cached(key)).contains(once);
        assertThat(calls.get(key).get()).isEqualTo(1);
    }

    @Test
    void describeAllKeepsTheListOrderStopsWhenCancelledAndReusesWhatWasDescribed() {
        List<ConnectorSummary> list = List.of(summary(ConnectorKey.custom("acme")), summary(ConnectorKey.amazon("S3")));

        ServiceCallException failure = catchThrowableOfType(
                ServiceCallException.class, () -> session.describeAll(list, () -> calls.size() >= 1));
        assertThat(failure.kind()).isEqualTo(ServiceCallException.Kind.CANCELLED);
        assertThat(calls).containsOnlyKeys(ConnectorKey.custom("acme"));

        assertThat(session.describeAll(list, Cancellation.NEVER))
                .extracting(ConnectorDescription::key)
                .containsExactly(ConnectorKey.custom("acme"), ConnectorKey.amazon("S3"));
        assertThat(calls.get(ConnectorKey.custom("acme")).get()).isEqualTo(1);
    }

    private static ConnectorSummary summary(ConnectorKey key) {
        return new ConnectorSummary(key, null, null, null, null, null);
    }

    private static ConnectorKey sameBinAs(ConnectorKey key) {
        for (int i = 0; ; i++) {
            ConnectorKey candidate = ConnectorKey.amazon("Connector" + i);
            if (bin(candidate) == bin(key)) {
                return candidate;
            }
        }
    }

    /** The bin of ConcurrentHashMap's initial 16-entry table. */
    private static int bin(Object key) {
        int h = key.hashCode();
        return ((h ^ (h >>> 16)) & 0x7fffffff) & 15;
    }

    private final class Connection implements AccountConnection, AppFlowGateway {
        @Override
        public AppFlowGateway appflow() {
            return this;
        }

        @Override
        public CallerIdentity identity() {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonNode describeConnectors(String nextToken) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonNode listConnectors(String nextToken) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonNode describeConnector(ConnectorKey key) {
            calls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (key.equals(slow)) {
                entered.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            ObjectNode response = JsonNodeFactory.instance.objectNode();
            response.putObject("connectorConfiguration").put("connectorType", key.connectorType());
            return response;
        }

        @Override
        public String endpointDescription() {
            return "test";
        }

        @Override
        public void close() {}
    }
}
