package io.connectorexplorer.core.connector;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of the connector-type list, with what is known of its use as a source and as a destination. A custom
 * connector whose ListConnectors entry has no {@code connectorModes} starts with both {@link Capability#UNKNOWN}
 * until it has been described. {@code version} is the {@code connectorVersion} the listing states (custom connectors
 * have one), or null.
 */
public record ConnectorSummary(
        ConnectorKey key,
        String name,
        String description,
        String owner,
        Capability source,
        Capability destination,
        String version) {

    public ConnectorSummary {
        Objects.requireNonNull(key, "key");
        name = name == null || name.isBlank() ? fallbackName(key) : name;
        source = source == null ? Capability.UNKNOWN : source;
        destination = destination == null ? Capability.UNKNOWN : destination;
        version = version == null || version.isBlank() ? null : version;
    }

    /** A row whose listing states no version. */
    public ConnectorSummary(
            ConnectorKey key,
            String name,
            String description,
            String owner,
            Capability source,
            Capability destination) {
        this(key, name, description, owner, source, destination, null);
    }

    /** A row whose source and destination are not known yet. */
    public ConnectorSummary(ConnectorKey key, String name, String description, String owner) {
        this(key, name, description, owner, Capability.UNKNOWN, Capability.UNKNOWN, null);
    }

    private static String fallbackName(ConnectorKey key) {
        return key.connectorLabel() != null ? key.connectorLabel() : key.connectorType();
    }

    /** Both settled: stated by the service, or described without a word on them. */
    public boolean flagsKnown() {
        return source.isKnown() && destination.isKnown();
    }

    public ConnectorSummary withFlags(Capability newSource, Capability newDestination) {
        return new ConnectorSummary(key, name, description, owner, newSource, newDestination, version);
    }

    /** The {@code connectorVersion} the listing states, if any. */
    public Optional<String> versionIfStated() {
        return Optional.ofNullable(version);
    }

    /**
     * What a description of this connector says, over what the row knew: the description's yes or no wins; where it
     * says nothing, a yes or no the listing gave stays, and otherwise the flag is "not stated".
     */
    public ConnectorSummary learnedFrom(ConnectorDescription described) {
        return withFlags(described.source().or(source), described.destination().or(destination));
    }

    /** Fills what this summary lacks from another view of the same connector. */
    public ConnectorSummary mergedWith(ConnectorSummary other) {
        // The constructor fills a missing name with the label or type; that stand-in must not hide a real name.
        return new ConnectorSummary(
                key,
                firstNonBlank(ownName(), other.ownName()),
                firstNonBlank(description, other.description),
                firstNonBlank(owner, other.owner),
                source.or(other.source),
                destination.or(other.destination),
                firstNonBlank(version, other.version));
    }

    /** True when the text appears in the type, label, name or description, ignoring case. */
    public boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String needle = filter.strip().toLowerCase(java.util.Locale.ROOT);
        return contains(key.connectorType(), needle)
                || contains(key.connectorLabel(), needle)
                || contains(name, needle)
                || contains(description, needle);
    }

    private String ownName() {
        return name.equals(fallbackName(key)) ? null : name;
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
