package io.connectorexplorer.core.connector;

import static io.connectorexplorer.core.connector.Capability.NO;
import static io.connectorexplorer.core.connector.Capability.NOT_STATED;
import static io.connectorexplorer.core.connector.Capability.UNKNOWN;
import static io.connectorexplorer.core.connector.Capability.YES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.error.ServiceCallException.Kind;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.testsupport.TestThreads;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ConnectorCatalogTest {

    private final FakeAppFlowGateway gateway = new FakeAppFlowGateway();
    private final ConnectorCatalog catalog = new ConnectorCatalog(gateway, TestThreads.SERVICE_CALLS);

    // ---- listAll: pagination ----

    @Test
    void describeConnectorsIsFollowedThroughEveryNextTokenToTheEnd() {
        gateway.describePage(null, "{'connectorConfigurations': {'Salesforce': {}}, 'nextToken': 't1'}")
                .describePage("t1", "{'connectorConfigurations': {'S3': {}}, 'nextToken': 't2'}")
                .describePage("t2", "{'connectorConfigurations': {'Slack': {}}}");

        List<ConnectorSummary> all = catalog.listAll(Cancellation.NEVER);

        assertThat(gateway.describeTokens).containsExactly(null, "t1", "t2");
        assertThat(all).extracting(s -> s.key().displayId()).containsExactly("Salesforce", "S3", "Slack");
    }

    @Test
    void listConnectorsIsFollowedThroughEveryNextTokenToTheEnd() {
        gateway.listPage(null, "{'connectors': [" + detail("acme-crm", "Acme CRM") + "], 'nextToken': 'a'}")
                .listPage("a", "{'connectors': [], 'nextToken': 'b'}")
                .listPage("b", "{'connectors': [" + detail("globex", "Globex") + "], 'nextToken': null}");

        List<ConnectorSummary> all = catalog.listAll(Cancellation.NEVER);

        assertThat(gateway.listTokens).containsExactly(null, "a", "b");
        assertThat(all).extracting(ConnectorSummary::name).containsExactly("Acme CRM", "Globex");
    }

    @Test
    void theVersionAListingStatesIsKeptAndAnAbsentOneIsNone() {
        gateway.describePage(null, "{'connectorConfigurations': {'S3': {'connectorVersion': '1'}, 'Slack': {}}}")
                .listPage(
                        null,
                        "{'connectors': [{'connectorType': 'CustomConnector', 'connectorLabel': 'acme',"
                                + " 'connectorVersion': '3.2.0'}, " + detail("globex", "Globex") + "]}");

        List<ConnectorSummary> all = catalog.listAll(Cancellation.NEVER);

        assertThat(all).extracting(ConnectorSummary::version).containsExactly("1", null, "3.2.0", null);
        assertThat(all.get(2).withFlags(YES, NO).versionIfStated()).contains("3.2.0");
    }

    @Test
    void anEmptyNextTokenEndsTheListing() {
        gateway.describePage(null, "{'connectorConfigurations': {'S3': {}}, 'nextToken': ''}");

        catalog.listAll(Cancellation.NEVER);

        assertThat(gateway.describeTokens).containsExactly((String) null);
    }

    @Test
    void aNextTokenSentTwiceStopsTheListingAsABadResponse() {
        gateway.describePage(null, "{'nextToken': 'a'}")
                .describePage("a", "{'nextToken': 'b'}")
                .describePage("b", "{'nextToken': 'a'}");

        ServiceCallException failure =
                catchThrowableOfType(ServiceCallException.class, () -> catalog.listAll(Cancellation.NEVER));

        assertThat(failure.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(failure.operation()).isEqualTo("DescribeConnectors");
        assertThat(failure.getMessage()).contains("same nextToken");
        assertThat(gateway.describeTokens).containsExactly(null, "a", "b");
    }

    @Test
    void aListConnectorsPageRepeatingItsOwnTokenIsABadResponse() {
        gateway.listPage(null, "{'connectors': [], 'nextToken': 'same'}")
                .listPage("same", "{'connectors': [], 'nextToken': 'same'}");

        ServiceCallException failure =
                catchThrowableOfType(ServiceCallException.class, () -> catalog.listAll(Cancellation.NEVER));

        assertThat(failure.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(failure.operation()).isEqualTo("ListConnectors");
    }

    @Test
    void aPageThatIsNotAJsonObjectIsABadResponse() {
        gateway.describePage(null, "[{'connectorConfigurations': {}}]");

        ServiceCallException failure =
                catchThrowableOfType(ServiceCallException.class, () -> catalog.listAll(Cancellation.NEVER));

        assertThat(failure.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(failure.operation()).isEqualTo("DescribeConnectors");
    }

    @Test
    void aMissingListConnectorsPageIsABadResponse() {
        gateway.listPages.put(FakeAppFlowGateway.FIRST, JsonNodeFactory.instance.missingNode());

        ServiceCallException failure =
                catchThrowableOfType(ServiceCallException.class, () -> catalog.listAll(Cancellation.NEVER));

        assertThat(failure.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(failure.operation()).isEqualTo("ListConnectors");
    }

    @Test
    void cancellingBetweenPagesStopsBeforeTheNextCall() {
        gateway.describePage(null, "{'connectorConfigurations': {'S3': {}}, 'nextToken': 't1'}")
                .describePage("t1", "{'connectorConfigurations': {'Slack': {}}}");
        Cancellation cancelledAfterFirstPage = () -> !gateway.describeTokens.isEmpty();

        ServiceCallException failure =
                catchThrowableOfType(ServiceCallException.class, () -> catalog.listAll(cancelledAfterFirstPage));

        assertThat(failure.kind()).isEqualTo(Kind.CANCELLED);
        assertThat(gateway.describeTokens).containsExactly((String) null);
        assertThat(gateway.listTokens).isEmpty();
    }

    @Test
    void aCancelledListingMakesNoCallAtAll() {
        ServiceCallException failure =
                catchThrowableOfType(ServiceCallException.class, () -> catalog.listAll(() -> true));

        assertThat(failure.kind()).isEqualTo(Kind.CANCELLED);
        assertThat(gateway.describeTokens).isEmpty();
    }

    // ---- listAll: merging ----

    @Test
    void configurationsDetailsAndCustomConnectorsMergeIntoOneRowPerConnector() {
        gateway.describePage(null, """
                {'connectorConfigurations': {
                    'Salesforce': {'canUseAsSource': true, 'canUseAsDestination': false},
                    'S3': {'canUseAsSource': true, 'canUseAsDestination': true, 'connectorName': 'Amazon S3'}
                 },
                 'connectors': [
                    {'connectorType': 'Salesforce', 'connectorName': 'Salesforce',
                     'connectorDescription': 'CRM records', 'connectorOwner': 'Salesforce'},
                    {'connectorType': 'S3', 'connectorOwner': 'AWS'}
                 ]}""");
        gateway.listPage(null, "{'connectors': [" + detail("acme-crm", "Acme CRM") + "]}");

        List<ConnectorSummary> all = catalog.listAll(Cancellation.NEVER);

        assertThat(all)
                .containsExactly(
                        new ConnectorSummary(
                                ConnectorKey.amazon("Salesforce"), "Salesforce", "CRM records", "Salesforce", YES, NO),
                        new ConnectorSummary(ConnectorKey.amazon("S3"), "Amazon S3", null, "AWS", YES, YES),
                        new ConnectorSummary(
                                ConnectorKey.custom("acme-crm"), "Acme CRM", null, "Acme", UNKNOWN, UNKNOWN));
    }

    @Test
    void aCustomConnectorReportedByBothOperationsAppearsOnce() {
        gateway.describePage(null, """
                {'connectorConfigurations': {
                    'CustomConnector': {'connectorType': 'CustomConnector', 'connectorLabel': 'acme-crm',
                                        'canUseAsSource': true, 'canUseAsDestination': false}},
                 'connectors': [{'connectorType': 'CustomConnector', 'connectorLabel': 'acme-crm'}]}""");
        gateway.listPage(null, "{'connectors': [" + detail("acme-crm", "Acme CRM") + "]}");

        List<ConnectorSummary> all = catalog.listAll(Cancellation.NEVER);

        assertThat(all)
                .containsExactly(
                        new ConnectorSummary(ConnectorKey.custom("acme-crm"), "Acme CRM", null, "Acme", YES, NO));
    }

    @Test
    void connectorTypesNoEnumKnowsAreKeptByTheirName() {
        gateway.describePage(null, """
                {'connectorConfigurations': {
                    'Locke': {'canUseAsSource': true, 'canUseAsDestination': false, 'connectorType': 'Locke'},
                    'SomeFutureType': {'canUseAsSource': false, 'canUseAsDestination': true}},
                 'connectors': [{'connectorType': 'YetAnotherType', 'connectorName': 'Yet another'}]}""");

        List<ConnectorSummary> all = catalog.listAll(Cancellation.NEVER);

        assertThat(all)
                .containsExactly(
                        new ConnectorSummary(ConnectorKey.amazon("Locke"), null, null, null, YES, NO),
                        new ConnectorSummary(ConnectorKey.amazon("SomeFutureType"), null, null, null, NO, YES),
                        new ConnectorSummary(
                                ConnectorKey.amazon("YetAnotherType"), "Yet another", null, null, UNKNOWN, UNKNOWN));
    }

    @Test
    void oddEntriesAreKeptOrSkippedWithoutFailingTheList() {
        gateway.describePage(null, """
                {'connectorConfigurations': {'NullConfig': null, 'Flags': {'canUseAsSource': 'yes'}},
                 'connectors': [{'connectorName': 'no type'}, 'not an object', {'connectorType': ''}]}""");

        List<ConnectorSummary> all = catalog.listAll(Cancellation.NEVER);

        assertThat(all)
                .containsExactly(
                        // DescribeConnectors described them, and said nothing readable about their flags.
                        new ConnectorSummary(
                                ConnectorKey.amazon("NullConfig"), null, null, null, NOT_STATED, NOT_STATED),
                        new ConnectorSummary(ConnectorKey.amazon("Flags"), null, null, null, NOT_STATED, NOT_STATED));
    }

    // ---- describe ----

    @Test
    void describeReturnsTheConfigurationObjectAsItCame() {
        JsonNode response = json("{'connectorConfiguration': {'canUseAsSource': true, 'newMember': [1, null]}}");
        gateway.descriptions.put(ConnectorKey.amazon("Salesforce"), response);

        ConnectorDescription description = catalog.describe(ConnectorKey.amazon("Salesforce"));

        assertThat(description.key()).isEqualTo(ConnectorKey.amazon("Salesforce"));
        assertThat(description.configuration()).isEqualTo(response.get("connectorConfiguration"));
        assertThat(description.canUseAsSource()).isTrue();
        assertThat(description.canUseAsDestination()).isNull();
    }

    @Test
    void describeRejectsAnInvalidKeyBeforeCallingTheService() {
        for (ConnectorKey invalid : List.of(
                new ConnectorKey("CustomConnector", null),
                ConnectorKey.custom("bad label"),
                ConnectorKey.amazon(" "))) {
            ServiceCallException failure =
                    catchThrowableOfType(ServiceCallException.class, () -> catalog.describe(invalid));

            assertThat(failure.kind()).as(invalid.displayId()).isEqualTo(Kind.CONFIGURATION);
            assertThat(failure.operation()).isEqualTo("DescribeConnector");
        }
        assertThat(gateway.described).isEmpty();
    }

    @Test
    void aResponseWithoutAConfigurationObjectIsABadResponse() {
        for (String response : List.of(
                "{}",
                "{'connectorConfiguration': null}",
                "{'connectorConfiguration': 'text'}",
                "{'connectorConfiguration': []}",
                "[]")) {
            gateway.descriptions.put(ConnectorKey.amazon("S3"), json(response));

            ServiceCallException failure =
                    catchThrowableOfType(ServiceCallException.class, () -> catalog.describe(ConnectorKey.amazon("S3")));

            assertThat(failure.kind()).as(response).isEqualTo(Kind.BAD_RESPONSE);
        }
    }

    @Test
    void listConnectorsModesStateBothFlagsOfACustomConnector() {
        gateway.listPage(null, """
                {'connectors': [
                    {'connectorType': 'CustomConnector', 'connectorLabel': 'both',
                     'connectorModes': ['SOURCE', 'DESTINATION']},
                    {'connectorType': 'CustomConnector', 'connectorLabel': 'source-only', 'connectorModes': ['SOURCE']},
                    {'connectorType': 'CustomConnector', 'connectorLabel': 'future',
                     'connectorModes': ['DESTINATION', 'BIDIRECTIONAL']},
                    {'connectorType': 'CustomConnector', 'connectorLabel': 'none', 'connectorModes': []},
                    {'connectorType': 'CustomConnector', 'connectorLabel': 'odd', 'connectorModes': 'SOURCE'},
                    {'connectorType': 'CustomConnector', 'connectorLabel': 'silent'}]}""");

        List<ConnectorSummary> all = catalog.listAll(Cancellation.NEVER);

        assertThat(all)
                .extracting(c -> c.key().connectorLabel() + " " + c.source() + " " + c.destination())
                .containsExactly(
                        "both YES YES",
                        "source-only YES NO",
                        "future NO YES",
                        "none NO NO",
                        "odd UNKNOWN UNKNOWN",
                        "silent UNKNOWN UNKNOWN");
    }

    @Test
    void aDescriptionTellsItsFlagsByMemberThenByModesElseNotStated() {
        gateway.descriptions.put(
                ConnectorKey.custom("one-flag"), json("{'connectorConfiguration': {'canUseAsDestination': true}}"));
        gateway.descriptions.put(
                ConnectorKey.custom("modes"),
                json("{'connectorConfiguration': {'canUseAsSource': null, 'connectorModes': ['SOURCE']}}"));

        ConnectorDescription oneFlag = catalog.describe(ConnectorKey.custom("one-flag"));
        ConnectorDescription modes = catalog.describe(ConnectorKey.custom("modes"));

        assertThat(oneFlag.source()).isEqualTo(NOT_STATED);
        assertThat(oneFlag.destination()).isEqualTo(YES);
        assertThat(modes.source()).isEqualTo(YES);
        assertThat(modes.destination()).isEqualTo(NO);
    }

    // ---- withFlags ----

    @Test
    void withFlagsDescribesOnlyTheConnectorsWhoseFlagsAreUnknown() {
        ConnectorSummary amazon = summary(ConnectorKey.amazon("Salesforce")).withFlags(YES, NO);
        ConnectorSummary fromModes = summary(ConnectorKey.custom("known")).withFlags(NO, YES);
        ConnectorSummary notStated = summary(ConnectorKey.amazon("Quiet")).withFlags(NOT_STATED, NOT_STATED);
        gateway.descriptions.put(
                ConnectorKey.custom("acme"),
                json("{'connectorConfiguration': {'canUseAsSource': true, 'canUseAsDestination': false}}"));
        gateway.descriptions.put(
                ConnectorKey.custom("globex"),
                json("{'connectorConfiguration': {'canUseAsSource': false, 'canUseAsDestination': true}}"));

        List<ConnectorSummary> result = catalog.withFlags(
                List.of(
                        amazon,
                        summary(ConnectorKey.custom("acme")),
                        fromModes,
                        notStated,
                        summary(ConnectorKey.custom("globex"))),
                Cancellation.NEVER);

        assertThat(result)
                .containsExactly(
                        amazon,
                        summary(ConnectorKey.custom("acme")).withFlags(YES, NO),
                        fromModes,
                        notStated,
                        summary(ConnectorKey.custom("globex")).withFlags(NO, YES));
        assertThat(gateway.described)
                .containsExactlyInAnyOrder(ConnectorKey.custom("acme"), ConnectorKey.custom("globex"));
    }

    @Test
    void aDescriptionWithOneFlagShowsItAndMarksOnlyTheOtherAsNotStated() {
        gateway.descriptions.put(
                ConnectorKey.custom("dest-only"), json("{'connectorConfiguration': {'canUseAsDestination': true}}"));

        List<ConnectorSummary> result =
                catalog.withFlags(List.of(summary(ConnectorKey.custom("dest-only"))), Cancellation.NEVER);

        assertThat(result)
                .containsExactly(summary(ConnectorKey.custom("dest-only")).withFlags(NOT_STATED, YES));
        assertThat(result.get(0).flagsKnown()).isTrue();
    }

    @Test
    void withFlagsReturnsTheSameListWhenNothingIsMissing() {
        List<ConnectorSummary> list = List.of(
                summary(ConnectorKey.amazon("S3")).withFlags(YES, NOT_STATED),
                summary(ConnectorKey.custom("a1")).withFlags(YES, YES));

        assertThat(catalog.withFlags(list, Cancellation.NEVER)).isSameAs(list);
        assertThat(gateway.described).isEmpty();
    }

    @Test
    void aServiceErrorForOneConnectorLeavesItsFlagsUnknown() {
        gateway.descriptions.put(
                ConnectorKey.custom("gone"),
                ServiceCallException.fromService(
                        ServiceCallException.Kind.SERVICE,
                        "DescribeConnector",
                        "ResourceNotFoundException",
                        404,
                        "No such connector."));
        gateway.descriptions.put(
                ConnectorKey.custom("acme"),
                json("{'connectorConfiguration': {'canUseAsSource': true, 'canUseAsDestination': true}}"));

        List<ConnectorSummary> result = catalog.withFlags(
                List.of(summary(ConnectorKey.custom("gone")), summary(ConnectorKey.custom("acme"))),
                Cancellation.NEVER);

        assertThat(result)
                .containsExactly(
                        summary(ConnectorKey.custom("gone")),
                        summary(ConnectorKey.custom("acme")).withFlags(YES, YES));
    }

    @Test
    void aNetworkErrorOrThrottlingLeavesTheFlagsUnknownAndTheListStands() {
        gateway.descriptions.put(
                ConnectorKey.custom("acme"),
                json("{'connectorConfiguration': {'canUseAsSource': true, 'canUseAsDestination': true}}"));
        gateway.descriptions.put(
                ConnectorKey.custom("offline"),
                ServiceCallException.network("DescribeConnector", "Connection refused."));
        gateway.descriptions.put(
                ConnectorKey.custom("throttled"),
                ServiceCallException.fromService(
                        Kind.THROTTLED, "DescribeConnector", "ThrottlingException", 429, "Rate exceeded"));

        List<ConnectorSummary> result = catalog.withFlags(
                List.of(
                        summary(ConnectorKey.custom("acme")),
                        summary(ConnectorKey.custom("offline")),
                        summary(ConnectorKey.custom("throttled"))),
                Cancellation.NEVER);

        assertThat(result)
                .containsExactly(
                        summary(ConnectorKey.custom("acme")).withFlags(YES, YES),
                        summary(ConnectorKey.custom("offline")),
                        summary(ConnectorKey.custom("throttled")));
        assertThat(result.get(1).source()).isEqualTo(UNKNOWN);
    }

    @Test
    void withFlagsStopsWhenCancelled() {
        ServiceCallException failure = catchThrowableOfType(
                ServiceCallException.class,
                () -> catalog.withFlags(List.of(summary(ConnectorKey.custom("acme"))), () -> true));

        assertThat(failure.kind()).isEqualTo(Kind.CANCELLED);
        assertThat(gateway.described).isEmpty();
    }

    // ---- helpers ----

    private static ConnectorSummary summary(ConnectorKey key) {
        return new ConnectorSummary(key, null, null, null, null, null);
    }

    private static String detail(String label, String name) {
        return "{'connectorType': 'CustomConnector', 'connectorLabel': '" + label + "', 'connectorName': '" + name
                + "', 'connectorOwner': 'Acme'}";
    }

    /** JSON with single quotes, so the tests read without escaped double quotes. */
    static JsonNode json(String singleQuoted) {
        try {
            return JsonFormat.parse(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Answers with pages and descriptions set up by the test and records what it was asked. Thread-safe, since
     * {@link ConnectorCatalog#withFlags} describes from a pool.
     */
    static final class FakeAppFlowGateway implements AppFlowGateway {

        static final String FIRST = "<first page>";

        final Map<String, JsonNode> describePages = new HashMap<>();
        final Map<String, JsonNode> listPages = new HashMap<>();
        final List<String> describeTokens = Collections.synchronizedList(new ArrayList<>());
        final List<String> listTokens = Collections.synchronizedList(new ArrayList<>());
        /** A response JsonNode or the RuntimeException to throw, per key. */
        final Map<ConnectorKey, Object> descriptions = new ConcurrentHashMap<>();

        final List<ConnectorKey> described = new CopyOnWriteArrayList<>();

        FakeAppFlowGateway describePage(String token, String singleQuotedJson) {
            describePages.put(token == null ? FIRST : token, json(singleQuotedJson));
            return this;
        }

        FakeAppFlowGateway listPage(String token, String singleQuotedJson) {
            listPages.put(token == null ? FIRST : token, json(singleQuotedJson));
            return this;
        }

        @Override
        public JsonNode describeConnectors(String nextToken) {
            describeTokens.add(nextToken);
            return page(describePages, nextToken);
        }

        @Override
        public JsonNode listConnectors(String nextToken) {
            listTokens.add(nextToken);
            return page(listPages, nextToken);
        }

        private static JsonNode page(Map<String, JsonNode> pages, String token) {
            if (pages.isEmpty() && token == null) {
                return JsonNodeFactory.instance.objectNode();
            }
            JsonNode page = pages.get(token == null ? FIRST : token);
            if (page == null) {
                throw new AssertionError("The catalog asked for a page nobody sent a token for: " + token);
            }
            return page;
        }

        @Override
        public JsonNode describeConnector(ConnectorKey key) {
            described.add(key);
            Object answer = descriptions.get(key);
            if (answer instanceof RuntimeException failure) {
                throw failure;
            }
            if (answer == null) {
                throw new AssertionError("Unexpected DescribeConnector for " + key);
            }
            return (JsonNode) answer;
        }

        @Override
        public String endpointDescription() {
            return "a fake gateway";
        }

        @Override
        public void close() {}
    }
}
