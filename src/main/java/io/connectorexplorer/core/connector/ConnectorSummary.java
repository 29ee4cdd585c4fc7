package io.connectorexplorer.core.connector;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of the connector-type list. The source and destination flags are unknown (null) for a
 * custom connector until it has been described: ListConnectors does not report them.
 */
public record ConnectorSummary(
        ConnectorKey key,
        String name,
        String description,
        String owner,
        Boolean canUseAsSource,
        Boolean canUseAsDestination) {

    public ConnectorSummary {
        Objects.requireNonNull(key, "key");
        name = name == null || name.isBlank() ? fallbackName(key) : name;
    }

    private static String fallbackName(ConnectorKey key) {
        return key.connectorLabel() != null ? key.connectorLabel() : key.connectorType();
    }

    public Optional<Boolean> source() {
        return Optional.ofNullable(canUseAsSource);
    }

    public Optional<Boolean> destination() {
        return Optional.ofNullable(canUseAsDestination);
    }

    public boolean flagsKnown() {
        return canUseAsSource != null && canUseAsDestination != null;
    }

    public ConnectorSummary withFlags(Boolean source, Boolean destination) {
        return new ConnectorSummary(key, name, description, owner, source, destination);
    }

    /** Fills what this summary lacks from another view of the same connector. */
    public ConnectorSummary mergedWith(ConnectorSummary other) {
        // The constructor fills a missing name with the label or type; that stand-in must not hide a real name.
        return new ConnectorSummary(
                key,
                firstNonBlank(ownName(), other.ownName()),
                firstNonBlank(description, other.description),
                firstNonBlank(owner, other.owner),
                canUseAsSource != null ? canUseAsSource : other.canUseAsSource,
                canUseAsDestination != null ? canUseAsDestination : other.canUseAsDestination);
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
