package io.connectorexplorer.core.tree;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.json.WireSchema;
import io.connectorexplorer.core.tree.ConfigNode.Kind;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigNodeTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final WireSchema SETTING =
            new WireSchema.Structure(Map.of("key", WireSchema.SCALAR, "checkedAt", WireSchema.TIMESTAMP));
    private static final WireSchema SCHEMA = new WireSchema.Structure(Map.of(
            "registeredAt",
            WireSchema.TIMESTAMP,
            "version",
            WireSchema.SCALAR,
            "settings",
            new WireSchema.ListOf(SETTING),
            "history",
            new WireSchema.MapOf(WireSchema.TIMESTAMP)));

    private static final JsonNode CONFIGURATION = json("""
            {'connectorType': 'Salesforce', 'canUseAsSource': true, 'version': 1.10, 'registeredAt': 1700000000.5,
             'connectorLabel': null, 'settings': [{'key': 'instanceUrl', 'checkedAt': 0}, {'key': 'x'}],
             'history': {'created': 1700000000}, 'empty': {}, 'none': [], 'one': {'a': 1}, 'single': ['x'],
             'newTime': 1700000000, 'textTime': 'soon'}""");

    private final ConfigNode root = ConfigNode.configurationRoot(CONFIGURATION, SCHEMA);

    @Test
    void theRootIsTheConfigurationObject() {
        assertThat(root.name()).isEqualTo("connectorConfiguration");
        assertThat(root.path()).hasToString("$.connectorConfiguration");
        assertThat(root.kind()).isEqualTo(Kind.OBJECT);
        assertThat(root.isContainer()).isTrue();
        assertThat(root.childCount()).isEqualTo(CONFIGURATION.size());
        assertThat(root).hasToString("$.connectorConfiguration");
    }

    @Test
    void kindFollowsTheJsonValue() {
        assertThat(root.child("connectorType").kind()).isEqualTo(Kind.STRING);
        assertThat(root.child("canUseAsSource").kind()).isEqualTo(Kind.BOOLEAN);
        assertThat(root.child("version").kind()).isEqualTo(Kind.NUMBER);
        assertThat(root.child("connectorLabel").kind()).isEqualTo(Kind.NULL);
        assertThat(root.child("settings").kind()).isEqualTo(Kind.ARRAY);
        assertThat(root.child("empty").kind()).isEqualTo(Kind.OBJECT);
        assertThat(new ConfigNode("gone", MissingNode.getInstance(), JsonPath.root(), WireSchema.UNKNOWN).kind())
                .isEqualTo(Kind.NULL);
        assertThat(new ConfigNode("gone", null, JsonPath.root(), WireSchema.UNKNOWN).kind())
                .isEqualTo(Kind.NULL);
    }

    @Test
    void aNumberIsATimestampOnlyWhereTheSchemaSaysSo() {
        assertThat(root.child("registeredAt").kind()).isEqualTo(Kind.TIMESTAMP);
        assertThat(root.child("settings").child(0).child("checkedAt").kind()).isEqualTo(Kind.TIMESTAMP);
        assertThat(root.child("history").child("created").kind()).isEqualTo(Kind.TIMESTAMP);
        assertThat(root.child("newTime").kind()).as("unknown member").isEqualTo(Kind.NUMBER);
        assertThat(root.child("version").kind()).as("scalar member").isEqualTo(Kind.NUMBER);
        assertThat(new ConfigNode("t", json("'soon'"), JsonPath.root(), WireSchema.TIMESTAMP).kind())
                .as("text where a timestamp belongs")
                .isEqualTo(Kind.STRING);
    }

    @Test
    void containersShowTheirSize() {
        assertThat(root.child("settings").displayValue(UTC)).isEqualTo("[ 2 items ]");
        assertThat(root.child("single").displayValue(UTC)).isEqualTo("[ 1 item ]");
        assertThat(root.child("none").displayValue(UTC)).isEqualTo("[ ]");
        assertThat(root.child("settings").child(0).displayValue(UTC)).isEqualTo("{ 2 members }");
        assertThat(root.child("one").displayValue(UTC)).isEqualTo("{ 1 member }");
        assertThat(root.child("empty").displayValue(UTC)).isEqualTo("{ }");
    }

    @Test
    void leavesShowTheirValue() {
        assertThat(root.child("connectorType").displayValue(UTC)).isEqualTo("Salesforce");
        assertThat(root.child("canUseAsSource").displayValue(UTC)).isEqualTo("true");
        assertThat(root.child("version").displayValue(UTC)).isEqualTo("1.10");
        assertThat(root.child("connectorLabel").displayValue(UTC)).isEqualTo("null");
    }

    @Test
    void timestampsShowTheTimeInTheZoneAndTheRawValue() {
        assertThat(root.child("registeredAt").displayValue(UTC)).isEqualTo("2023-11-14 22:13:20 UTC  (1700000000.5)");
        assertThat(root.child("registeredAt").displayValue(PARIS)).isEqualTo("2023-11-14 23:13:20 CET  (1700000000.5)");
        assertThat(root.child("newTime").displayValue(PARIS)).isEqualTo("1700000000");
    }

    @Test
    void childrenComeInDocumentOrderWithNamesAndPaths() {
        ConfigNode settings = root.child("settings");

        assertThat(root.children())
                .extracting(ConfigNode::name)
                .containsExactly(
                        "connectorType",
                        "canUseAsSource",
                        "version",
                        "registeredAt",
                        "connectorLabel",
                        "settings",
                        "history",
                        "empty",
                        "none",
                        "one",
                        "single",
                        "newTime",
                        "textTime");
        assertThat(settings.children()).extracting(ConfigNode::name).containsExactly("[0]", "[1]");
        assertThat(settings.children())
                .extracting(n -> n.path().toString())
                .containsExactly("$.connectorConfiguration.settings[0]", "$.connectorConfiguration.settings[1]");
        assertThat(settings.children().get(0).children())
                .extracting(n -> n.path().toString())
                .containsExactly(
                        "$.connectorConfiguration.settings[0].key", "$.connectorConfiguration.settings[0].checkedAt");
    }

    @Test
    void leavesHaveNoChildren() {
        assertThat(root.child("connectorType").children()).isEmpty();
        assertThat(root.child("connectorType").childCount()).isZero();
        assertThat(root.child("connectorLabel").children()).isEmpty();
    }

    @Test
    void childrenAreViewsOverTheWireJsonNotCopies() {
        assertThat(root.child("settings").value()).isSameAs(CONFIGURATION.get("settings"));
        assertThat(root.children().get(5).value()).isSameAs(CONFIGURATION.get("settings"));
        assertThat(root.child("settings").child(1).value())
                .isSameAs(CONFIGURATION.get("settings").get(1));
    }

    @Test
    void childBySegmentMatchesTheChildInTheList() {
        ConfigNode fromList = root.child("settings").children().get(1);
        ConfigNode bySegment = root.child("settings").child(1);

        assertThat(bySegment.name()).isEqualTo(fromList.name());
        assertThat(bySegment.path()).isEqualTo(fromList.path());
        assertThat(bySegment.kind()).isEqualTo(fromList.kind());
    }

    @Test
    void childIsNullForSegmentsThatNameNothing() {
        assertThat(root.child("noSuchMember")).isNull();
        assertThat(root.child(0)).as("index into an object").isNull();
        assertThat(root.child("settings").child("key")).as("name into an array").isNull();
        assertThat(root.child("settings").child(2)).isNull();
        assertThat(root.child("settings").child(-1)).isNull();
        assertThat(root.child("connectorType").child("x")).isNull();
        assertThat(root.child("settings").child(0L))
                .as("a Long is not an index segment")
                .isNull();
    }

    @Test
    void aPresentNullMemberIsAChild() {
        ConfigNode label = root.child("connectorLabel");

        assertThat(label).isNotNull();
        assertThat(label.path()).hasToString("$.connectorConfiguration.connectorLabel");
    }

    @Test
    void copyTextIsPlainForLeavesAndJsonForContainers() {
        assertThat(root.child("connectorType").copyText()).isEqualTo("Salesforce");
        assertThat(root.child("version").copyText()).isEqualTo("1.10");
        assertThat(root.child("registeredAt").copyText()).isEqualTo("1700000000.5");
        assertThat(root.child("connectorLabel").copyText()).isEqualTo("null");
        assertThat(root.child("empty").copyText()).isEqualTo("{}");
        assertThat(root.child("settings").child(0).copyText()).isEqualTo("""
                {
                    "key": "instanceUrl",
                    "checkedAt": 0
                }""");
    }

    private static JsonNode json(String singleQuoted) {
        try {
            return JsonFormat.parse(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
