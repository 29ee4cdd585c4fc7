package io.connectorexplorer.core.json;

import java.util.Map;

/**
 * How the members of a wire document compare by meaning rather than by text: the one table of which lists are
 * keyed by which member, which lists are sets, and which members are timestamps. Read by the structural diff; a
 * member the table does not name is {@link Plain}: values compare exactly (numbers by value) and lists by position.
 *
 * <p>Rules go by member name wherever the member sits, as the service model uses each name for one shape only. The
 * model's lists of structures have no required members, so the key is a convention read from the documentation:
 * names are unique within their list ({@code key} of a setting, the name of a custom authentication type, the API
 * name). Every list of strings in a connector configuration (enums, scopes, URLs, supplied values) is a set: the
 * service neither documents nor keeps an order for them. {@code WireComparisonTest} (infra) checks the table against
 * the SDK's own shapes, so a model update that adds a list or a timestamp shows up there.
 */
public final class WireComparison {

    /** How one member compares. */
    public sealed interface Rule {}

    /** A list of structures whose elements are matched by the text of {@code keyMember}. */
    public record KeyedList(String keyMember) implements Rule {}

    /** A list of scalars where order and repetition mean nothing. */
    public record SetList() implements Rule {}

    /** Epoch seconds, or an ISO-8601 text: equal when they name the same instant. */
    public record Timestamp() implements Rule {}

    /** Anything else: values as they are, lists by position. */
    public record Plain() implements Rule {}

    private static final Rule SET = new SetList();
    private static final Rule PLAIN = new Plain();

    private static final Map<String, Rule> TABLE = Map.ofEntries(
            // ConnectorConfiguration.authenticationConfig
            Map.entry("customAuthConfigs", new KeyedList("customAuthenticationType")),
            Map.entry("authParameters", new KeyedList("key")),
            Map.entry("oauth2CustomProperties", new KeyedList("key")),
            Map.entry("oauthScopes", SET),
            Map.entry("tokenUrls", SET),
            Map.entry("authCodeUrls", SET),
            Map.entry("oauth2GrantTypesSupported", SET),
            Map.entry("connectorSuppliedValues", SET),
            // ConnectorConfiguration
            Map.entry("connectorRuntimeSettings", new KeyedList("key")),
            Map.entry("connectorSuppliedValueOptions", SET),
            Map.entry("supportedDataTransferApis", new KeyedList("Name")),
            Map.entry("supportedApiVersions", SET),
            Map.entry("supportedOperators", SET),
            Map.entry("supportedDestinationConnectors", SET),
            Map.entry("supportedSchedulingFrequencies", SET),
            Map.entry("supportedTriggerTypes", SET),
            Map.entry("supportedWriteOperations", SET),
            Map.entry("supportedDataTransferTypes", SET),
            Map.entry("connectorModes", SET),
            Map.entry("registeredAt", new Timestamp()),
            // ConnectorConfiguration.connectorMetadata (the Amazon-authored connector types)
            Map.entry("oAuthScopes", SET),
            Map.entry("dataTransferApis", SET),
            Map.entry("supportedRegions", SET),
            // DescribeConnectorEntity: an entity's fields by their identifier (issue 15's diff of fields)
            Map.entry("connectorEntityFields", new KeyedList("identifier")),
            Map.entry("filterOperators", SET),
            Map.entry("supportedValues", SET));

    private WireComparison() {}

    /** The rule for a member of this name; {@link Plain} for names the table does not list. */
    public static Rule rule(String memberName) {
        return memberName == null ? PLAIN : TABLE.getOrDefault(memberName, PLAIN);
    }

    /** The whole table, for documentation and for checking it against the model. */
    public static Map<String, Rule> table() {
        return TABLE;
    }
}
