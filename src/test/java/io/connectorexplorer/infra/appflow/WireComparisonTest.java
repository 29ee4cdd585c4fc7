package io.connectorexplorer.infra.appflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.json.WireComparison;
import io.connectorexplorer.core.json.WireComparison.KeyedList;
import io.connectorexplorer.core.json.WireComparison.Plain;
import io.connectorexplorer.core.json.WireComparison.Rule;
import io.connectorexplorer.core.json.WireComparison.SetList;
import io.connectorexplorer.core.json.WireSchema;
import io.connectorexplorer.core.json.WireSchema.ListOf;
import io.connectorexplorer.core.json.WireSchema.MapOf;
import io.connectorexplorer.core.json.WireSchema.Structure;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.appflow.model.DescribeConnectorResponse;

/**
 * The diff's table (core) read against the SDK's own shapes of a DescribeConnector and a DescribeConnectorEntity
 * response, so a model update that
 * adds a list or a timestamp to a connector configuration fails here until the table says how it compares.
 */
class WireComparisonTest {

    /** Member name → the kind of rule its shape calls for, for every list and timestamp of the response. */
    private static Map<String, Class<? extends Rule>> rulesTheModelCallsFor() {
        Map<String, Class<? extends Rule>> rules = new HashMap<>();
        walk(SdkWireSchemas.of(DescribeConnectorResponse.builder().build()), rules);
        walk(
                SdkWireSchemas.of(
                        software.amazon.awssdk.services.appflow.model.DescribeConnectorEntityResponse.builder()
                                .build()),
                rules);
        return rules;
    }

    private static void walk(WireSchema schema, Map<String, Class<? extends Rule>> rules) {
        if (schema instanceof Structure structure) {
            structure.members().forEach((name, member) -> {
                Class<? extends Rule> rule = ruleFor(member);
                if (rule != Plain.class) {
                    Class<? extends Rule> before = rules.put(name, rule);
                    assertThat(before)
                            .as("%s has one shape wherever it sits", name)
                            .isIn(null, rule);
                }
                walk(member, rules);
            });
        } else if (schema instanceof ListOf list) {
            walk(list.member(), rules);
        } else if (schema instanceof MapOf map) {
            walk(map.value(), rules);
        }
    }

    private static Class<? extends Rule> ruleFor(WireSchema member) {
        if (member instanceof WireSchema.Timestamp) {
            return WireComparison.Timestamp.class;
        }
        if (member instanceof ListOf list) {
            return list.member() instanceof Structure ? KeyedList.class : SetList.class;
        }
        return Plain.class;
    }

    @Test
    void everyListAndTimestampOfTheResponseIsInTheTable() {
        rulesTheModelCallsFor()
                .forEach((name, rule) ->
                        assertThat(WireComparison.rule(name)).as(name).isInstanceOf(rule));
    }

    @Test
    void theTableNamesNothingTheResponseLacks() {
        assertThat(rulesTheModelCallsFor().keySet())
                .containsAll(WireComparison.table().keySet());
    }

    @Test
    void everyKeyIsAScalarMemberOfItsElements() {
        Structure configuration = (Structure) SdkWireSchemas.connectorConfiguration();
        Structure auth = (Structure) configuration.member("authenticationConfig");
        Map<String, Structure> elements = Map.of(
                "customAuthConfigs", element(auth, "customAuthConfigs"),
                "authParameters", element(element(auth, "customAuthConfigs"), "authParameters"),
                "oauth2CustomProperties", element((Structure) auth.member("oAuth2Defaults"), "oauth2CustomProperties"),
                "connectorRuntimeSettings", element(configuration, "connectorRuntimeSettings"),
                "supportedDataTransferApis", element(configuration, "supportedDataTransferApis"),
                "connectorEntityFields",
                        element(
                                (Structure) SdkWireSchemas.of(
                                        software.amazon.awssdk.services.appflow.model.DescribeConnectorEntityResponse
                                                .builder()
                                                .build()),
                                "connectorEntityFields"));

        WireComparison.table().forEach((name, rule) -> {
            if (rule instanceof KeyedList keyed) {
                assertThat(elements).as(name).containsKey(name);
                assertThat(elements.get(name).member(keyed.keyMember()))
                        .as(name)
                        .isEqualTo(WireSchema.SCALAR);
            }
        });
    }

    private static Structure element(Structure parent, String list) {
        return (Structure) ((ListOf) parent.member(list)).member();
    }
}
