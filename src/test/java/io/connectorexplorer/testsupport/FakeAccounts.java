package io.connectorexplorer.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.connectorexplorer.core.profile.ProfileCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In-memory accounts for view-model tests (no SDK, no network): each profile name has its own connectors.
 * End-to-end tests use the real SDK against the loopback endpoint instead.
 */
public final class FakeAccounts implements AccountConnector, ProfileCatalog {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, Map<ConnectorKey, ObjectNode>> accounts = new LinkedHashMap<>();
    private final Map<String, ServiceCallException> failures = new LinkedHashMap<>();
    private final List<String> opened = new ArrayList<>();
    private final List<String> closed = new ArrayList<>();
    private String environmentProfile;

    public FakeAccounts account(String profile, String... connectorTypes) {
        Map<ConnectorKey, ObjectNode> connectors = accounts.computeIfAbsent(profile, k -> new LinkedHashMap<>());
        for (String type : connectorTypes) {
            ConnectorKey key = type.contains("/")
                    ? ConnectorKey.custom(type.substring(type.indexOf('/') + 1))
                    : ConnectorKey.amazon(type);
            ObjectNode config = JSON.objectNode();
            config.put("connectorType", key.connectorType());
            if (key.connectorLabel() != null) {
                config.put("connectorLabel", key.connectorLabel());
            }
            config.put("connectorName", type + " in " + profile);
            config.put("canUseAsSource", true);
            config.put("canUseAsDestination", false);
            connectors.put(key, config);
        }
        return this;
    }

    public FakeAccounts failWith(String profile, ServiceCallException failure) {
        if (failure == null) {
            failures.remove(profile);
        } else {
            failures.put(profile, failure);
        }
        return this;
    }

    public FakeAccounts environmentProfile(String name) {
        this.environmentProfile = name;
        return this;
    }

    public List<String> opened() {
        return List.copyOf(opened);
    }

    public List<String> closed() {
        return List.copyOf(closed);
    }

    @Override
    public List<AwsProfile> profiles() {
        List<AwsProfile> all = new ArrayList<>();
        accounts.keySet()
                .forEach(name -> all.add(new AwsProfile(
                        name, io.connectorexplorer.core.profile.ProfileKind.STATIC_KEYS, "eu-west-1", null)));
        all.add(AwsProfile.demo());
        return all;
    }

    @Override
    public List<String> fileProblems() {
        return List.of();
    }

    @Override
    public Optional<String> environmentProfile() {
        return Optional.ofNullable(environmentProfile);
    }

    @Override
    public Optional<String> environmentRegion() {
        return Optional.empty();
    }

    @Override
    public boolean isEmpty() {
        return accounts.isEmpty();
    }

    @Override
    public AccountConnection open(Target target) {
        AwsProfile profile = target.profile();
        String region = target.region();
        AppFlowGateway gateway = gateway(profile, region);
        CallerIdentity identity = new CallerIdentity(
                accountIdOf(profile.name()), "arn:aws:iam::" + accountIdOf(profile.name()) + ":user/" + profile.name());
        return new AccountConnection() {
            @Override
            public AppFlowGateway appflow() {
                return gateway;
            }

            @Override
            public CallerIdentity identity() {
                ServiceCallException failure = failures.get(profile.name());
                if (failure != null) {
                    throw failure;
                }
                return identity;
            }

            @Override
            public void close() {
                gateway.close();
            }
        };
    }

    /** A stable twelve-digit account number per profile name. */
    public static String accountIdOf(String profileName) {
        return String.format("%012d", Math.abs((long) profileName.hashCode()) % 1_000_000_000_000L);
    }

    private AppFlowGateway gateway(AwsProfile profile, String region) {
        opened.add(profile.name() + "@" + region);
        String name = profile.name();
        return new AppFlowGateway() {
            @Override
            public JsonNode describeConnectors(String nextToken) {
                failIfAsked();
                ObjectNode page = JSON.objectNode();
                ObjectNode configs = page.putObject("connectorConfigurations");
                connectors().forEach((key, config) -> {
                    if (key.connectorLabel() == null) {
                        configs.set(key.connectorType(), config);
                    }
                });
                return page;
            }

            @Override
            public JsonNode listConnectors(String nextToken) {
                failIfAsked();
                ObjectNode page = JSON.objectNode();
                var list = page.putArray("connectors");
                connectors().forEach((key, config) -> {
                    if (key.connectorLabel() != null) {
                        list.addObject()
                                .put("connectorType", key.connectorType())
                                .put("connectorLabel", key.connectorLabel());
                    }
                });
                return page;
            }

            @Override
            public JsonNode describeConnector(ConnectorKey key) {
                failIfAsked();
                ObjectNode config = connectors().get(key);
                if (config == null) {
                    throw ServiceCallException.fromService(
                            ServiceCallException.Kind.SERVICE,
                            "DescribeConnector",
                            "ResourceNotFoundException",
                            404,
                            key + " not found");
                }
                ObjectNode response = JSON.objectNode();
                response.set("connectorConfiguration", config);
                return response;
            }

            @Override
            public String endpointDescription() {
                return "fake:" + name;
            }

            @Override
            public void close() {
                closed.add(name + "@" + region);
            }

            private Map<ConnectorKey, ObjectNode> connectors() {
                return accounts.getOrDefault(name, Map.of());
            }

            private void failIfAsked() {
                ServiceCallException failure = failures.get(name);
                if (failure != null) {
                    throw failure;
                }
            }
        };
    }
}
