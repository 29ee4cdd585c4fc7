package io.connectorexplorer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.store.Snapshot;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** One side of {@code diff}: a profile (in its region, or {@code PROFILE@REGION}), or {@code file:PATH}. */
sealed interface DiffSide {

    Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

    /** What a side gave: the document compared, and what it was (for --json). */
    record Read(JsonNode document, ObjectNode describe) {}

    /** Fails with a usage error when the side names nothing there is (before any call is made). */
    void check(CliServices context) throws UsageException;

    Read read(ConnectorKey key, CliServices context, PrintStream err) throws UsageException;

    /** An entity's fields through a connection, for {@code diff --entity}. */
    record Fields(String connection, String entity, String connectorType, String apiVersion) {}

    /** The entity's fields this side has: {@code {"connectorEntityFields": [...]}} as {@code entity --json} prints. */
    Read read(Fields wanted, CliServices context, PrintStream err) throws UsageException;

    /** {@code --left-as-of} / {@code --right-as-of}: the side as the history kept it then (a profile side only). */
    static DiffSide parse(String option, Optional<String> value, Optional<String> asOf) throws UsageException {
        DiffSide side = parse(option, value);
        if (asOf.isEmpty()) {
            return side;
        }
        if (!(side instanceof ProfileSide profile)) {
            throw new UsageException(option + "-as-of needs a profile side: a file is as it is");
        }
        Offline.asOf(asOf, java.time.ZoneId.systemDefault());
        return new ProfileSide(profile.profile(), profile.region(), asOf);
    }

    static DiffSide parse(String option, Optional<String> value) throws UsageException {
        String text = value.map(String::strip)
                .filter(v -> !v.isEmpty())
                .orElseThrow(() -> new UsageException(option + " is required: PROFILE, PROFILE@REGION or file:PATH"));
        if (text.startsWith("file:")) {
            String file = text.substring("file:".length());
            if (file.isEmpty()) {
                throw new UsageException(option + " file: needs a path, such as file:prod.json");
            }
            try {
                return new FileSide(Path.of(file));
            } catch (InvalidPathException e) {
                throw new UsageException(option + " " + text + " is not a path this system can use");
            }
        }
        // A profile name may hold '@' itself: only a region after the last one makes it PROFILE@REGION.
        int at = text.lastIndexOf('@');
        if (at > 0 && REGION.matcher(text.substring(at + 1)).matches()) {
            return new ProfileSide(text.substring(0, at), Optional.of(text.substring(at + 1)), Optional.empty());
        }
        return new ProfileSide(text, Optional.empty(), Optional.empty());
    }

    /** A connector as a profile's account describes it now (DescribeConnector), or as the history kept it then. */
    record ProfileSide(String profile, Optional<String> region, Optional<String> asOf) implements DiffSide {

        @Override
        public void check(CliServices context) throws UsageException {
            context.target(arguments());
        }

        @Override
        public Read read(ConnectorKey key, CliServices context, PrintStream err) throws UsageException {
            if (asOf.isPresent()) {
                Offline offline = Offline.of(arguments(), context);
                Snapshot snapshot = offline.configuration(key, err);
                ObjectNode describe = JsonNodeFactory.instance.objectNode();
                describe.put("profile", offline.target().profileName());
                describe.put("region", offline.target().region());
                describe.put("accountId", offline.accountId());
                describe.put("asOf", snapshot.info().confirmedAt().toString());
                describe.put("recordedAt", snapshot.info().recordedAt().toString());
                ConnectorDescription kept = Offline.description(key, snapshot);
                return new Read(context.describeOutput().document(kept), describe);
            }
            Target target = context.target(arguments());
            try (AccountSession session = context.open(target)) {
                ConnectorDescription description = session.describe(key);
                ObjectNode describe = JsonNodeFactory.instance.objectNode();
                describe.put("profile", target.profileName());
                describe.put("region", target.region());
                accountOf(session).ifPresent(account -> describe.put("accountId", account));
                return new Read(context.describeOutput().document(description), describe);
            }
        }

        @Override
        public Read read(Fields wanted, CliServices context, PrintStream err) throws UsageException {
            if (asOf.isPresent()) {
                Offline offline = Offline.of(arguments(), context);
                JsonNode kept = offline.kept(
                        io.connectorexplorer.core.store.SnapshotKey.fields(
                                offline.accountId(),
                                offline.target().region(),
                                wanted.connection(),
                                wanted.entity(),
                                wanted.apiVersion()),
                        "fields of " + wanted.entity() + " in " + wanted.connection(),
                        err);
                ObjectNode describe = JsonNodeFactory.instance.objectNode();
                describe.put("profile", offline.target().profileName());
                describe.put("region", offline.target().region());
                describe.put("accountId", offline.accountId());
                describe.put("connection", wanted.connection());
                return new Read(context.describeOutput().response("DescribeConnectorEntity", kept), describe);
            }
            Target target = context.target(arguments());
            try (AccountSession session = context.open(target)) {
                io.connectorexplorer.core.connector.EntityQuery query =
                        new io.connectorexplorer.core.connector.EntityQuery(
                                wanted.connection(),
                                ConnectionLookup.connectorType(session, wanted.connection(), wanted.connectorType()),
                                null,
                                wanted.apiVersion());
                JsonNode fields = session.connections().fields(query, wanted.entity());
                ObjectNode describe = JsonNodeFactory.instance.objectNode();
                describe.put("profile", target.profileName());
                describe.put("region", target.region());
                accountOf(session).ifPresent(account -> describe.put("accountId", account));
                describe.put("connection", wanted.connection());
                return new Read(context.describeOutput().response("DescribeConnectorEntity", fields), describe);
            }
        }

        private Arguments arguments() throws UsageException {
            List<String> args = new ArrayList<>(List.of("--profile", profile));
            region.ifPresent(r -> args.addAll(List.of("--region", r)));
            asOf.ifPresent(t -> args.addAll(List.of("--as-of", t)));
            return Arguments.parse(args, Set.of("--profile", "--region", "--as-of"), Set.of());
        }

        /** The account ID for --json; a side is still compared when STS cannot say it. */
        private static Optional<String> accountOf(AccountSession session) {
            try {
                return Optional.ofNullable(session.identity().account());
            } catch (ServiceCallException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * A file as {@code describe} writes it ({@code {"connectorConfiguration": {...}}}), as {@code export} writes it
     * (the connector is picked from {@code connectorConfigurations} by type and label), or a bare configuration.
     */
    record FileSide(Path file) implements DiffSide {

        @Override
        public void check(CliServices context) {}

        @Override
        public Read read(ConnectorKey key, CliServices context, PrintStream err) {
            JsonNode root = parsed(context);
            ObjectNode describe = JsonNodeFactory.instance.objectNode();
            describe.put("file", file.toString());
            return new Read(DiffCommand.wrapped(configurationIn(root, key)), describe);
        }

        @Override
        public Read read(Fields wanted, CliServices context, PrintStream err) {
            JsonNode root = parsed(context);
            if (!root.path("connectorEntityFields").isArray()) {
                throw ServiceCallException.localFile(file + " is not an entity's fields: it has no"
                        + " connectorEntityFields (as 'entity --json' and 'aws appflow describe-connector-entity'"
                        + " write)");
            }
            ObjectNode describe = JsonNodeFactory.instance.objectNode();
            describe.put("file", file.toString());
            return new Read(context.describeOutput().response("DescribeConnectorEntity", root), describe);
        }

        private JsonNode parsed(CliServices context) {
            try {
                return JsonFormat.parse(context.fileReader().read(file));
            } catch (NoSuchFileException e) {
                throw ServiceCallException.localFile(file + " does not exist");
            } catch (JsonProcessingException e) {
                throw ServiceCallException.localFile(file + " is not JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                throw ServiceCallException.localFile(file + " could not be read: " + e.getMessage());
            }
        }

        private JsonNode configurationIn(JsonNode root, ConnectorKey key) {
            if (root.path("connectorConfiguration").isObject()) {
                return ofKey(root.get("connectorConfiguration"), key);
            }
            if (root.path("connectorConfigurations").isArray()) {
                for (JsonNode configuration : root.get("connectorConfigurations")) {
                    if (key.equals(keyOf(configuration))) {
                        return configuration;
                    }
                }
                throw ServiceCallException.localFile(file + " has no " + key.displayId() + " connector");
            }
            if (root.isObject() && root.has("connectorType")) {
                return ofKey(root, key);
            }
            throw ServiceCallException.localFile(
                    file + " is not a connector configuration: it has neither"
                            + " connectorConfiguration (as 'describe' writes) nor connectorConfigurations (as 'export' writes)");
        }

        /** The file's one connector, when it is the one asked for: comparing two different connectors helps no one. */
        private JsonNode ofKey(JsonNode configuration, ConnectorKey key) {
            ConnectorKey found = keyOf(configuration);
            if (!found.connectorType().isEmpty() && !found.equals(key)) {
                throw ServiceCallException.localFile(
                        file + " holds the " + found.displayId() + " connector, not " + key.displayId());
            }
            return configuration;
        }

        private static ConnectorKey keyOf(JsonNode configuration) {
            String type = configuration.path("connectorType").asText("");
            String label = configuration.path("connectorLabel").asText(null);
            return new ConnectorKey(type, type.equals("CustomConnector") ? label : null);
        }
    }
}
