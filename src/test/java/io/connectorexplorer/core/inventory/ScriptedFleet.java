package io.connectorexplorer.core.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.account.AccountConnection;
import io.connectorexplorer.core.account.AccountConnector;
import io.connectorexplorer.core.account.CallerIdentity;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.AppFlowGateway;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileKind;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Targets in memory for the fan-out's tests: what each lists, which fail or wait, and counts of what was asked — the
 * targets loading at once, the most of them, describes (which the inventory must never make) and identity calls.
 */
final class ScriptedFleet implements AccountConnector {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, List<String>> connectors = new ConcurrentHashMap<>();
    private final Map<String, ServiceCallException> failures = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> entered = new ConcurrentHashMap<>();
    private final Map<String, ServiceCallException> identityFailures = new ConcurrentHashMap<>();
    private final AtomicInteger loading = new AtomicInteger();
    private final AtomicInteger peakLoading = new AtomicInteger();
    final AtomicInteger describes = new AtomicInteger();
    final AtomicInteger identities = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();
    volatile long listingMillis;

    static Target target(String profile, String region) {
        return new Target(new AwsProfile(profile, ProfileKind.STATIC_KEYS, region, null), region);
    }

    static String accountOf(String profile) {
        return String.format("%012d", Math.abs(profile.hashCode()) % 1_000_000_000_000L);
    }

    /** What the target lists: connector types, and "custom/label@version" for custom connectors. */
    ScriptedFleet lists(Target target, String... keys) {
        connectors.put(target.toString(), List.of(keys));
        return this;
    }

    ScriptedFleet fails(Target target, ServiceCallException failure) {
        failures.put(target.toString(), failure);
        return this;
    }

    /** The target's listing waits until {@link #open(Target)} is released; {@link #awaitEntered} sees it start. */
    ScriptedFleet holds(Target target) {
        gates.put(target.toString(), new CountDownLatch(1));
        entered.put(target.toString(), new CountDownLatch(1));
        return this;
    }

    void release(Target target) {
        gates.get(target.toString()).countDown();
    }

    boolean awaitEntered(Target target) throws InterruptedException {
        return entered.get(target.toString()).await(10, TimeUnit.SECONDS);
    }

    ScriptedFleet identityFails(String profile, ServiceCallException failure) {
        identityFailures.put(profile, failure);
        return this;
    }

    int peakLoading() {
        return peakLoading.get();
    }

    @Override
    public AccountConnection open(Target target) {
        String id = target.toString();
        return new AccountConnection() {
            @Override
            public AppFlowGateway appflow() {
                return new Gateway(id);
            }

            @Override
            public CallerIdentity identity() {
                identities.incrementAndGet();
                ServiceCallException failure = identityFailures.get(target.profileName());
                if (failure != null) {
                    throw failure;
                }
                String account = accountOf(target.profileName());
                return new CallerIdentity(account, "arn:aws:iam::" + account + ":user/test");
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
    }

    private final class Gateway implements AppFlowGateway {
        private final String id;

        Gateway(String id) {
            this.id = id;
        }

        @Override
        public JsonNode describeConnectors(String nextToken) {
            peakLoading.accumulateAndGet(loading.incrementAndGet(), Math::max);
            try {
                CountDownLatch started = entered.get(id);
                if (started != null) {
                    started.countDown();
                }
                CountDownLatch gate = gates.get(id);
                if (gate != null && !gate.await(20, TimeUnit.SECONDS)) {
                    throw ServiceCallException.timeout("DescribeConnectors", "The test never released " + id);
                }
                if (listingMillis > 0) {
                    Thread.sleep(listingMillis);
                }
            } catch (InterruptedException e) {
                throw ServiceCallException.cancelled("DescribeConnectors");
            } finally {
                loading.decrementAndGet();
            }
            ServiceCallException failure = failures.get(id);
            if (failure != null) {
                throw failure;
            }
            ObjectNode page = JSON.objectNode();
            ObjectNode configurations = page.putObject("connectorConfigurations");
            for (String key : connectors.getOrDefault(id, List.of())) {
                if (!key.startsWith("custom/")) {
                    configurations
                            .putObject(key)
                            .put("connectorType", key)
                            .put("connectorName", key + " connector")
                            .put("canUseAsSource", true)
                            .put("canUseAsDestination", !key.startsWith("Src"));
                }
            }
            return page;
        }

        @Override
        public JsonNode listConnectors(String nextToken) {
            ObjectNode page = JSON.objectNode();
            ArrayNode list = page.putArray("connectors");
            for (String key : connectors.getOrDefault(id, List.of())) {
                if (key.startsWith("custom/")) {
                    String[] labelAndVersion = key.substring("custom/".length()).split("@");
                    ObjectNode detail = list.addObject()
                            .put("connectorType", ConnectorKey.CUSTOM_CONNECTOR)
                            .put("connectorLabel", labelAndVersion[0]);
                    if (labelAndVersion.length > 1) {
                        detail.put("connectorVersion", labelAndVersion[1]);
                    }
                    detail.putArray("connectorModes").add("SOURCE");
                }
            }
            return page;
        }

        @Override
        public JsonNode describeConnector(ConnectorKey key) {
            describes.incrementAndGet();
            throw new AssertionError("the inventory described " + key);
        }

        @Override
        public String endpointDescription() {
            return "scripted " + id;
        }

        @Override
        public void close() {}
    }
}
