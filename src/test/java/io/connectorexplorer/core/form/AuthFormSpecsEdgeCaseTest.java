package io.connectorexplorer.core.form;

import static io.connectorexplorer.core.form.FormFixtures.CREDENTIALS_MAP;
import static io.connectorexplorer.core.form.FormFixtures.NODES;
import static io.connectorexplorer.core.form.FormFixtures.PROFILE_PROPERTIES;
import static io.connectorexplorer.core.form.FormFixtures.array;
import static io.connectorexplorer.core.form.FormFixtures.custom;
import static io.connectorexplorer.core.form.FormFixtures.customAuth;
import static io.connectorexplorer.core.form.FormFixtures.parameter;
import static io.connectorexplorer.core.form.FormFixtures.setting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Configurations the demo account does not have: big, empty, repeated, unknown and malformed. */
class AuthFormSpecsEdgeCaseTest {

    @Test
    void threeHundredParametersBecomeThreeHundredFieldsInOrder() {
        ArrayNode parameters = NODES.arrayNode();
        IntStream.range(0, 300).forEach(i -> parameters.add(parameter("p" + i, i < 3, i % 10 == 0)));

        AuthFormSpec spec = custom(customAuth("Big", parameters), null);
        AuthMethod big = spec.methods().get(0);

        assertThat(big.fields()).hasSize(300);
        assertThat(big.fields().get(299).path()).isEqualTo(CREDENTIALS_MAP + "p299");
        assertThat(big.fields()).filteredOn(FieldSpec::required).hasSize(3);
        assertThat(big.fields()).filteredOn(f -> f.kind() == FieldKind.SECRET).hasSize(30);
        assertThat(spec.notes()).isEmpty();
    }

    @Test
    void aCustomTypeWithoutParametersHasNoFields() {
        AuthFormSpec empty = custom(customAuth("NoParams", NODES.arrayNode()), null);
        ObjectNode missing = customAuth("Missing", NODES.arrayNode());
        ((ObjectNode) missing.get("customAuthConfigs").get(0)).remove("authParameters");

        assertThat(empty.methods())
                .singleElement()
                .satisfies(m -> assertThat(m.fields()).isEmpty());
        assertThat(custom(missing, null).methods())
                .singleElement()
                .satisfies(m -> assertThat(m.fields()).isEmpty());
        assertThat(empty.propertyFields()).isEmpty();
        assertThat(empty.notes()).isEmpty();
    }

    @Test
    void duplicateParameterKeysKeepTheFirstAndSaySo() {
        ObjectNode second = parameter("token", false, false).put("label", "Second");
        AuthFormSpec spec = custom(
                customAuth("Dup", array(parameter("token", true, true), second, parameter("other", false, false))),
                null);

        assertThat(spec.methods().get(0).fields())
                .extracting(FieldSpec::path, FieldSpec::label, FieldSpec::kind)
                .containsExactly(
                        tuple(CREDENTIALS_MAP + "token", "Label token", FieldKind.SECRET),
                        tuple(CREDENTIALS_MAP + "other", "Label other", FieldKind.TEXT));
        assertThat(spec.notes()).containsExactly("Duplicate parameter key token in Dup; only the first is used");
    }

    @Test
    void duplicateRuntimeSettingKeysKeepTheFirst() {
        AuthFormSpec spec = custom(
                customAuth("T", NODES.arrayNode()),
                array(
                        setting("host", "String", "CONNECTOR_PROFILE"),
                        setting("host", "Integer", "CONNECTOR_PROFILE"),
                        setting("host", "Integer", "SOURCE")));

        assertThat(spec.propertyFields()).extracting(FieldSpec::kind).containsExactly(FieldKind.TEXT);
        assertThat(spec.notes()).containsExactly("Duplicate runtime setting key host; only the first is used");
    }

    @Test
    void runtimeSettingDataTypesMapToKindsAndUnknownOnesToText() {
        AuthFormSpec spec = custom(
                customAuth("T", NODES.arrayNode()),
                array(
                        setting("s", "String", "CONNECTOR_PROFILE"),
                        setting("i", "Integer", "CONNECTOR_PROFILE"),
                        setting("l", "Long", "CONNECTOR_PROFILE"),
                        setting("b", "Boolean", "CONNECTOR_PROFILE"),
                        setting("d", "Date", "CONNECTOR_PROFILE"),
                        setting("t", "DateTime", "CONNECTOR_PROFILE"),
                        setting("lower", "integer", "CONNECTOR_PROFILE"),
                        setting("x", "Foo", "CONNECTOR_PROFILE"),
                        (ObjectNode)
                                setting("none", "String", "CONNECTOR_PROFILE").without("dataType"),
                        setting("src", "String", "SOURCE"),
                        setting("dst", "Foo", "DESTINATION")));

        assertThat(spec.propertyFields())
                .extracting(FieldSpec::kind)
                .containsExactly(
                        FieldKind.TEXT,
                        FieldKind.INTEGER,
                        FieldKind.LONG,
                        FieldKind.BOOLEAN,
                        FieldKind.DATE,
                        FieldKind.DATETIME,
                        FieldKind.INTEGER,
                        FieldKind.TEXT,
                        FieldKind.TEXT);
        assertThat(spec.propertyFields()).allMatch(f -> f.wire() == FieldSpec.Wire.STRING);
        assertThat(spec.notes())
                .containsExactly(
                        "Unknown data type Foo for setting x; entered as text",
                        "Runtime setting none has no data type; entered as text");
    }

    @Test
    void settingOptionsMakeTextAnEditableChoiceAndAreDroppedForBooleans() {
        ObjectNode region = setting("region", "String", "CONNECTOR_PROFILE");
        region.putArray("connectorSuppliedValueOptions").add("eu").add("us");
        ObjectNode flag = setting("flag", "Boolean", "CONNECTOR_PROFILE");
        flag.putArray("connectorSuppliedValueOptions").add("true").add("false");

        AuthFormSpec spec = custom(customAuth("T", NODES.arrayNode()), array(region, flag));

        assertThat(spec.propertyFields())
                .extracting(FieldSpec::path, FieldSpec::kind, FieldSpec::options)
                .containsExactly(
                        tuple(PROFILE_PROPERTIES + "region", FieldKind.EDITABLE_CHOICE, List.of("eu", "us")),
                        tuple(PROFILE_PROPERTIES + "flag", FieldKind.BOOLEAN, List.of()));
    }

    @Test
    void unknownAuthenticationKindsAreNotedAndTheKnownOnesStillOffered() {
        ObjectNode auth = NODES.objectNode()
                .put("isBasicAuthSupported", true)
                .put("isJwtAuthSupported", true)
                .put("isMagicLinkSupported", false);

        AuthFormSpec spec = custom(auth, null);

        assertThat(spec.methods()).extracting(AuthMethod::id).containsExactly("basic");
        assertThat(spec.notes())
                .containsExactly("Unknown authentication kind isJwtAuthSupported; this app cannot offer it");
    }

    @Test
    void onlyUnknownKindsLeaveNoMethodAndANote() {
        AuthFormSpec spec = custom(NODES.objectNode().put("isPasskeySupported", true), null);

        assertThat(spec.methods()).isEmpty();
        assertThat(spec.needsProfile()).isTrue();
        assertThat(spec.notes())
                .containsExactly(
                        "Unknown authentication kind isPasskeySupported; this app cannot offer it",
                        "The connector supports no authentication type this app can offer");
    }

    @Test
    void customEntriesWithoutATypeOrRepeatingOneAreSkipped() {
        ObjectNode auth = customAuth("A", NODES.arrayNode());
        ArrayNode configs = (ArrayNode) auth.get("customAuthConfigs");
        configs.addObject().set("authParameters", array(parameter("k", true, false)));
        configs.addObject().put("customAuthenticationType", "A");
        configs.addObject().put("customAuthenticationType", "B");

        AuthFormSpec spec = custom(auth, null);

        assertThat(spec.methods()).extracting(AuthMethod::id).containsExactly("custom:A", "custom:B");
        assertThat(spec.notes())
                .containsExactly(
                        "A custom authentication entry without a customAuthenticationType was skipped",
                        "Duplicate custom authentication type A; only the first is used");
    }

    @Test
    void customConfigsAreOfferedOnlyWhenCustomAuthIsSupported() {
        ObjectNode auth = customAuth("A", NODES.arrayNode())
                .put("isCustomAuthSupported", false)
                .put("isApiKeyAuthSupported", true);

        AuthFormSpec spec = custom(auth, null);

        assertThat(spec.methods()).extracting(AuthMethod::id).containsExactly("apiKey");
        assertThat(spec.notes()).singleElement().asString().contains("isCustomAuthSupported is not true");
    }

    @Test
    void aMissingAuthenticationConfigIsNoted() {
        AuthFormSpec spec = custom(null, null);

        assertThat(spec.methods()).isEmpty();
        assertThat(spec.notes())
                .containsExactly(
                        "The connector declares no authenticationConfig; no authentication type can be offered");
    }

    @Test
    void oauth2WithoutDefaultsOffersEveryGrantTypeAndAFreeTokenUrl() {
        AuthFormSpec spec = custom(NODES.objectNode().put("isOAuth2Supported", true), null);
        AuthMethod oauth = spec.methods().get(0);

        assertThat(oauth.fields().get(0).options())
                .containsExactly("CLIENT_CREDENTIALS", "AUTHORIZATION_CODE", "JWT_BEARER");
        assertThat(oauth.fields().get(1).kind()).isEqualTo(FieldKind.TEXT);
        assertThat(oauth.authorizationFields().get(1).options()).isEmpty();
        assertThat(spec.notes())
                .containsExactly(
                        "OAuth 2.0 is supported but the connector gives no oAuth2Defaults; enter the token URL yourself",
                        "The connector lists no oauth2GrantTypesSupported; every grant type AppFlow accepts is offered");
    }

    @Test
    void unknownGrantTypesAndPropertyTypesAreNotedAndLeftOut() {
        ObjectNode auth = NODES.objectNode().put("isOAuth2Supported", true);
        ObjectNode defaults = auth.putObject("oAuth2Defaults");
        defaults.putArray("oauth2GrantTypesSupported").add("CLIENT_CREDENTIALS").add("DEVICE_CODE");
        defaults.putArray("oauth2CustomProperties")
                .add(parameter("tenant", false, false).put("type", "HEADER"));

        AuthFormSpec spec = custom(auth, null);

        assertThat(spec.methods().get(0).fields().get(0).options()).containsExactly("CLIENT_CREDENTIALS");
        assertThat(spec.methods().get(0).fields()).extracting(FieldSpec::path).noneMatch(p -> p.endsWith("/tenant"));
        assertThat(spec.notes())
                .containsExactly(
                        "OAuth 2.0 property tenant has unknown type HEADER; it is not offered",
                        "Grant type DEVICE_CODE is not one CreateConnectorProfile accepts; it is not offered");
    }

    @Test
    void malformedParametersAreSkippedOrFallBack() {
        ObjectNode noLabel = NODES.objectNode().put("key", "plain");
        ObjectNode numericKey = NODES.objectNode().put("key", 7);
        ObjectNode auth = customAuth("T", array(noLabel, numericKey, NODES.textNode("not an object")));

        AuthFormSpec spec = custom(auth, NODES.arrayNode().add("junk"));

        assertThat(spec.methods().get(0).fields())
                .extracting(FieldSpec::label, FieldSpec::required, FieldSpec::kind)
                .containsExactly(tuple("plain", false, FieldKind.TEXT));
        assertThat(spec.notes()).containsExactly("A parameter without a key in T was skipped");
    }

    @Test
    void keysWithSlashesAreEscapedInThePath() {
        AuthFormSpec spec = custom(customAuth("T", array(parameter("a/b~c", true, false))), null);

        assertThat(spec.methods().get(0).fields().get(0).path()).isEqualTo(CREDENTIALS_MAP + "a~1b~0c");
    }

    @Test
    void aSensitiveParameterWithSuppliedValuesStaysMasked() {
        ObjectNode secret = parameter("pin", true, true);
        secret.putArray("connectorSuppliedValues").add("0000");

        FieldSpec pin = custom(customAuth("T", array(secret)), null)
                .methods()
                .get(0)
                .fields()
                .get(0);

        assertThat(pin.kind()).isEqualTo(FieldKind.SECRET);
        assertThat(pin.options()).containsExactly("0000");
    }
}
