package io.connectorexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.account.AccountConnection;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorCatalog;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.model.ServiceModel;
import io.connectorexplorer.core.model.Shape;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.tree.ConfigNode;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.model.BundledServiceModel;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.CannedResponse;
import io.connectorexplorer.testsupport.ConfigurationGenerator;
import io.connectorexplorer.testsupport.SecretSentinels;
import io.connectorexplorer.testsupport.TestThreads;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Configurations generated at random from the service model's ConnectorConfiguration shape (every member, unknown
 * members nested deep, unknown enum values, Unicode, nulls, odd numbers), served by the loopback endpoint and
 * described through the real SDK: for every seed, the tree has exactly the served document's leaves with their values,
 * and the export equals the served document after the documented normalisation — timestamps as ISO-8601 UTC, null
 * structure members left out, everything else (unknown members included) as served, in the served order.
 *
 * <p>{@value #SEEDS} seeds per run, from {@code -Dgenerated.baseSeed} (default 1) on; a failure names its seed, which
 * {@code -Dgenerated.baseSeed=N -Dgenerated.seeds=1} replays alone.
 */
class GeneratedConfigurationsEndToEndTest {

    private static final int SEEDS = 300;
    private static final String SHAPE = "ConnectorConfiguration";
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final DateTimeFormatter ISO_SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void everyGeneratedConfigurationShowsEveryLeafAndExportsAsServed() throws Exception {
        long base = Long.getLong("generated.baseSeed", 1);
        int seeds = Integer.getInteger("generated.seeds", SEEDS);
        ServiceModel model = BundledServiceModel.appflow();
        Map<String, byte[]> served = new ConcurrentHashMap<>();
        try (AppFlowTestAccount account = AppFlowTestAccount.start(new DemoCatalogue(List.of()), folder)) {
            account.writeCredentials(SecretSentinels.credentialsSection(AppFlowTestAccount.PROFILE));
            account.endpoint()
                    .setHook((operation, body) -> operation.equals("DescribeConnector")
                            ? Optional.ofNullable(served.get(
                                            body.path("connectorLabel").asText()))
                                    .map(bytes -> new CannedResponse(200, Map.of(), bytes))
                            : Optional.empty());
            try (Services services =
                    Services.create(new AwsEnvironment(account.variables(), folder), AppFlowTestAccount.TIMEOUTS)) {
                AwsProfile profile = services.profiles().profiles().stream()
                        .filter(p -> p.name().equals(AppFlowTestAccount.PROFILE))
                        .findFirst()
                        .orElseThrow();
                try (AccountConnection connection =
                        services.accounts().open(new Target(profile, AppFlowTestAccount.PROFILE_REGION))) {
                    ConnectorCatalog catalog = new ConnectorCatalog(connection.appflow(), TestThreads.SERVICE_CALLS);
                    for (long seed = base; seed < base + seeds; seed++) {
                        ObjectNode generated = ConfigurationGenerator.generate(model, SHAPE, seed);
                        String label = "generated-" + seed;
                        ObjectNode response = NODES.objectNode();
                        response.set("connectorConfiguration", generated);
                        served.put(label, JsonFormat.compact(response).getBytes(StandardCharsets.UTF_8));
                        try {
                            String export = check(model, services, catalog, label, served.get(label));
                            if (seed % 50 == 0) {
                                // Now and then the command line too: the same document on standard output.
                                AppFlowTestAccount.Run run = account.run(
                                        "describe",
                                        "--connector-type",
                                        ConnectorKey.CUSTOM_CONNECTOR,
                                        "--connector-label",
                                        label);
                                assertThat(run.exitCode()).as(run.toString()).isZero();
                                assertThat(run.out()).isEqualTo(export);
                                SecretSentinels.assertNoneIn("standard error", run.err());
                            }
                        } catch (AssertionError | RuntimeException e) {
                            throw new AssertionError(
                                    "seed " + seed + " (replay: -Dgenerated.baseSeed=" + seed
                                            + " -Dgenerated.seeds=1) failed: " + e.getMessage(),
                                    e);
                        }
                        served.remove(label);
                    }
                }
            }
        }
    }

    /** Checks one served document; answers its export. */
    private String check(ServiceModel model, Services services, ConnectorCatalog catalog, String label, byte[] bytes)
            throws Exception {
        JsonNode servedConfiguration = JsonFormat.parse(bytes).get("connectorConfiguration");

        ConnectorDescription description = catalog.describe(ConnectorKey.custom(label));

        // The tree: exactly the served leaves, in order, each with its value; timestamps and nulls recognised.
        List<Leaf> shown = new ArrayList<>();
        walk(ConfigNode.configurationRoot(description.configuration(), services.configurationSchema()), shown);
        List<Leaf> expected = new ArrayList<>();
        leaves(servedConfiguration, List.of("connectorConfiguration"), expected);
        assertThat(shown).as("leaves of the tree").containsExactlyElementsOf(expected);
        ConfigNode registered = ConfigNode.configurationRoot(
                        description.configuration(), services.configurationSchema())
                .child("registeredAt");
        if (registered != null && registered.value().isNumber()) {
            assertThat(registered.kind()).isEqualTo(ConfigNode.Kind.TIMESTAMP);
            assertThat(registered.displayValue(ZoneOffset.UTC))
                    .endsWith("(" + registered.value().asText() + ")");
        }

        // The export: the served document, normalised as documented, member order kept.
        String export = services.describeOutput().text(description);
        ObjectNode normalised = NODES.objectNode();
        normalised.set("connectorConfiguration", normalise(servedConfiguration, model.shape(SHAPE), model));
        assertThat(JsonFormat.parse(export)).as("export").isEqualTo(normalised);
        assertThat(export).as("export, as text").isEqualTo(JsonFormat.pretty(normalised));
        SecretSentinels.assertNoneIn("the export", export);
        return export;
    }

    /** One leaf as the tree shows it: where, what kind, and the text of its value column. */
    record Leaf(List<Object> path, String value) {}

    private static void walk(ConfigNode node, List<Leaf> out) {
        List<ConfigNode> children = node.children();
        if (children.isEmpty()) {
            String value = node.kind() == ConfigNode.Kind.TIMESTAMP
                    ? node.value().asText()
                    : node.displayValue(ZoneOffset.UTC);
            out.add(new Leaf(node.path().segments(), value));
            return;
        }
        assertThat(children).as("children of %s", node.path()).hasSize(node.childCount());
        children.forEach(child -> walk(child, out));
    }

    /** The leaves of plain JSON, with the text the value column must show for each. */
    private static void leaves(JsonNode node, List<Object> path, List<Leaf> out) {
        if (node.isObject() && !node.isEmpty()) {
            node.fields().forEachRemaining(e -> leaves(e.getValue(), append(path, e.getKey()), out));
        } else if (node.isArray() && !node.isEmpty()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), append(path, i), out);
            }
        } else {
            String value = node.isNull() ? "null" : node.isObject() ? "{ }" : node.isArray() ? "[ ]" : node.asText();
            out.add(new Leaf(List.copyOf(path), value));
        }
    }

    private static List<Object> append(List<Object> path, Object segment) {
        List<Object> next = new ArrayList<>(path);
        next.add(segment);
        return next;
    }

    /**
     * The documented normalisation, worked out from the service model (not from the SDK's metadata the app uses):
     * null members of known structures dropped, timestamps as the AWS CLI prints them, all else as served.
     */
    private static JsonNode normalise(JsonNode node, Shape shape, ServiceModel model) {
        if (node.isNull() || shape == null) {
            return node.deepCopy();
        }
        if (shape.isStructure() && node.isObject()) {
            ObjectNode out = NODES.objectNode();
            node.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    Shape member = shape.member(e.getKey())
                            .map(m -> model.shape(m.shapeName()))
                            .orElse(null);
                    out.set(e.getKey(), normalise(e.getValue(), member, model));
                }
            });
            return out;
        }
        if (Shape.LIST.equals(shape.type()) && node.isArray()) {
            ArrayNode out = NODES.arrayNode();
            node.forEach(element -> out.add(normalise(element, model.shape(shape.listMember()), model)));
            return out;
        }
        if (Shape.MAP.equals(shape.type()) && node.isObject()) {
            ObjectNode out = NODES.objectNode();
            node.fields()
                    .forEachRemaining(
                            e -> out.set(e.getKey(), normalise(e.getValue(), model.shape(shape.mapValue()), model)));
            return out;
        }
        if ("timestamp".equals(shape.type()) && node.isNumber()) {
            return NODES.textNode(iso(node.decimalValue()));
        }
        return node.deepCopy();
    }

    /** Python's isoformat of a UTC datetime, as the AWS CLI prints it: microseconds only when there are any. */
    private static String iso(BigDecimal epochSeconds) {
        BigDecimal whole = epochSeconds.setScale(0, RoundingMode.FLOOR);
        long micros = epochSeconds
                .subtract(whole)
                .movePointRight(6)
                .setScale(0, RoundingMode.HALF_EVEN)
                .longValueExact();
        String text = ISO_SECONDS.format(Instant.ofEpochSecond(whole.longValueExact()));
        return text + (micros == 0 ? "" : String.format(Locale.ROOT, ".%06d", micros)) + "+00:00";
    }
}
