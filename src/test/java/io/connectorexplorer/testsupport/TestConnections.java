package io.connectorexplorer.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.infra.demo.DemoConnections;
import java.util.List;
import java.util.Locale;

/**
 * Connections, entities, fields, faults and flows for a loopback endpoint to serve ({@link DemoConnections}), built
 * in code — small ones written out in a test, or large generated ones (thousands of entities, thousands of fields).
 */
public final class TestConnections {

    public static final String ACCOUNT = "123456789012";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode document = NODES.objectNode();

    private TestConnections() {
        document.putArray("connectorProfileDetails");
        document.putObject("entities");
        document.putObject("fields");
        document.putObject("faults");
        document.putArray("flows");
    }

    public static TestConnections builder() {
        return new TestConnections();
    }

    /** A connection as DescribeConnectorProfiles reports it; {@code label} null for a connector type of Amazon's. */
    public static ObjectNode connection(String name, String type, String label) {
        ObjectNode p = NODES.objectNode();
        p.put("connectorProfileArn", "arn:aws:appflow:us-east-1:" + ACCOUNT + ":connectorprofile/" + name);
        p.put("connectorProfileName", name);
        p.put("connectorType", type);
        if (label != null) {
            p.put("connectorLabel", label);
        }
        p.put("connectionMode", "Public");
        p.put("credentialsArn", "arn:aws:secretsmanager:us-east-1:" + ACCOUNT + ":secret:appflow!" + name);
        p.putObject("connectorProfileProperties");
        p.put("createdAt", 1_700_000_000);
        p.put("lastUpdatedAt", 1_700_000_000);
        return p;
    }

    public static ObjectNode entity(String name, String label, boolean nested) {
        return NODES.objectNode().put("name", name).put("label", label).put("hasNestedEntities", nested);
    }

    /** A field of type {@code type} that may be read, queried, created and updated; tests add what they check. */
    public static ObjectNode field(String identifier, String label, String type) {
        ObjectNode f = NODES.objectNode();
        f.put("identifier", identifier);
        f.put("label", label);
        f.put("isPrimaryKey", false);
        ObjectNode v1 = f.putObject("supportedFieldTypeDetails").putObject("v1");
        v1.put("fieldType", type);
        v1.putArray("filterOperators").add("EQUAL_TO").add("NOT_EQUAL_TO").add("PROJECTION");
        f.putObject("sourceProperties").put("isRetrievable", true).put("isQueryable", true);
        ObjectNode destination = f.putObject("destinationProperties")
                .put("isCreatable", true)
                .put("isNullable", true)
                .put("isUpsertable", true)
                .put("isUpdatable", true);
        destination
                .putArray("supportedWriteOperations")
                .add("INSERT")
                .add("UPDATE")
                .add("UPSERT");
        return f;
    }

    /** A flow as DescribeFlow reports it, from one connection to another. */
    public static ObjectNode flow(
            String name, String sourceType, String sourceProfile, String destinationType, String destinationProfile) {
        ObjectNode f = NODES.objectNode();
        f.put("flowArn", "arn:aws:appflow:us-east-1:" + ACCOUNT + ":flow/" + name);
        f.put("description", "Flow " + name);
        f.put("flowName", name);
        f.put("flowStatus", "Active");
        f.putObject("sourceFlowConfig")
                .put("connectorType", sourceType)
                .put("connectorProfileName", sourceProfile)
                .putObject("sourceConnectorProperties");
        ObjectNode destination = f.putArray("destinationFlowConfigList").addObject();
        destination.put("connectorType", destinationType);
        if (destinationProfile != null) {
            destination.put("connectorProfileName", destinationProfile);
        }
        destination.putObject("destinationConnectorProperties");
        ObjectNode run = f.putObject("lastRunExecutionDetails");
        run.put("mostRecentExecutionTime", 1_733_227_200);
        run.put("mostRecentExecutionStatus", "Successful");
        f.putObject("triggerConfig").put("triggerType", "OnDemand");
        f.putArray("tasks");
        f.put("createdAt", 1_700_000_000);
        f.put("lastUpdatedAt", 1_700_000_000);
        return f;
    }

    public TestConnections connections(JsonNode... profiles) {
        ArrayNode all = (ArrayNode) document.get("connectorProfileDetails");
        for (JsonNode p : profiles) {
            all.add(p);
        }
        return this;
    }

    /** {@code count} connections of one connector type, named {@code prefix-0000} on. */
    public TestConnections generatedConnections(String prefix, int count, String type) {
        for (int i = 0; i < count; i++) {
            connections(connection(String.format(Locale.ROOT, "%s-%04d", prefix, i), type, null));
        }
        return this;
    }

    /** The entities of a connection below {@code path} ("" for the top), in one group. */
    public TestConnections entities(String profile, String path, String group, JsonNode... entities) {
        ObjectNode groups = byPath(profile, path);
        ArrayNode list = groups.has(group) ? (ArrayNode) groups.get(group) : groups.putArray(group);
        for (JsonNode e : entities) {
            list.add(e);
        }
        return this;
    }

    /** {@code count} entities at the top of a connection, over three groups, named {@code Entity00000} on. */
    public TestConnections generatedEntities(String profile, int count) {
        List<String> groups = List.of("Standard", "Custom", "Reports");
        for (int i = 0; i < count; i++) {
            String name = String.format(Locale.ROOT, "Entity%05d", i);
            entities(profile, "", groups.get(i % 3), entity(name, "Entity number " + i, i % 50 == 0));
        }
        return this;
    }

    public TestConnections fields(String profile, String entity, JsonNode... fields) {
        ObjectNode byEntity = (ObjectNode) document.withObjectProperty("fields").withObjectProperty(profile);
        ArrayNode list = byEntity.has(entity) ? (ArrayNode) byEntity.get(entity) : byEntity.putArray(entity);
        for (JsonNode f : fields) {
            list.add(f);
        }
        return this;
    }

    /** {@code count} fields of an entity with varied types and constraints, the first its primary key. */
    public TestConnections generatedFields(String profile, String entity, int count) {
        List<String> types = List.of("string", "double", "datetime", "boolean", "picklist", "reference");
        for (int i = 0; i < count; i++) {
            String type = types.get(i % types.size());
            ObjectNode f = field(String.format(Locale.ROOT, "Field_%04d__c", i), "Field " + i, type);
            f.put("isPrimaryKey", i == 0);
            ObjectNode v1 = (ObjectNode) f.at("/supportedFieldTypeDetails/v1");
            switch (type) {
                case "string" ->
                    v1.put("valueRegexPattern", "^[A-Z]{2}-\\d+$")
                            .putObject("fieldLengthRange")
                            .put("maximum", 80)
                            .put("minimum", 1);
                case "double" ->
                    v1.putObject("fieldValueRange").put("maximum", 1000.5).put("minimum", -1000.5);
                case "datetime" -> v1.put("supportedDateFormat", "yyyy-MM-dd'T'HH:mm:ssZ");
                case "picklist" ->
                    v1.putArray("supportedValues")
                            .add("Red")
                            .add("Green, or blue")
                            .add("\"Quoted\"");
                default -> {}
            }
            if (i % 7 == 0) {
                f.putObject("customProperties").put("custom", "true").put("index", String.valueOf(i));
            }
            fields(profile, entity, f);
        }
        return this;
    }

    /** The connection answers these operations with this error (expired credentials, the application down, …). */
    public TestConnections fault(String profile, int status, String errorType, String message, String... operations) {
        ObjectNode fault = document.withObjectProperty("faults").putObject(profile);
        fault.put("status", status).put("errorType", errorType).put("message", message);
        ArrayNode ops = fault.putArray("operations");
        for (String o : operations) {
            ops.add(o);
        }
        return this;
    }

    public TestConnections flows(JsonNode... flows) {
        ArrayNode all = (ArrayNode) document.get("flows");
        for (JsonNode f : flows) {
            all.add(f);
        }
        return this;
    }

    public DemoConnections build() {
        return DemoConnections.fromDocument(document.deepCopy());
    }

    private ObjectNode byPath(String profile, String path) {
        ObjectNode byProfile =
                (ObjectNode) document.withObjectProperty("entities").withObjectProperty(profile);
        return byProfile.has(path) ? (ObjectNode) byProfile.get(path) : byProfile.putObject(path);
    }
}
