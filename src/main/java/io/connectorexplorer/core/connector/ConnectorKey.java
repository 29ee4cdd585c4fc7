package io.connectorexplorer.core.connector;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Identifies one connector in an account: its type as the service spells it (also types newer than
 * the SDK), plus the registration label for custom connectors.
 */
public record ConnectorKey(String connectorType, String connectorLabel) implements Comparable<ConnectorKey> {

    public static final String CUSTOM_CONNECTOR = "CustomConnector";
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z0-9][\\w!@#.-]+");
    private static final int LABEL_MAX = 256;

    public ConnectorKey {
        Objects.requireNonNull(connectorType, "connectorType");
        if (connectorLabel != null && connectorLabel.isEmpty()) {
            connectorLabel = null;
        }
    }

    public static ConnectorKey amazon(String connectorType) {
        return new ConnectorKey(connectorType, null);
    }

    public static ConnectorKey custom(String label) {
        return new ConnectorKey(CUSTOM_CONNECTOR, label);
    }

    public Optional<String> label() {
        return Optional.ofNullable(connectorLabel);
    }

    public boolean isCustom() {
        return connectorLabel != null || CUSTOM_CONNECTOR.equalsIgnoreCase(connectorType);
    }

    /** Why this key cannot be sent to DescribeConnector, or empty when it can. */
    public Optional<String> validationProblem() {
        if (connectorType.isBlank()) {
            return Optional.of("The connector type is empty.");
        }
        if (CUSTOM_CONNECTOR.equalsIgnoreCase(connectorType) && connectorLabel == null) {
            return Optional.of("A CustomConnector needs a connector label (--connector-label).");
        }
        if (connectorLabel != null) {
            if (connectorLabel.length() > LABEL_MAX) {
                return Optional.of("The connector label is " + connectorLabel.length() + " characters long; at most "
                        + LABEL_MAX + " are allowed.");
            }
            if (!LABEL.matcher(connectorLabel).matches()) {
                return Optional.of("The connector label must match " + LABEL.pattern()
                        + " (a letter or digit, then letters, digits or _ ! @ # . -).");
            }
        }
        return Optional.empty();
    }

    /** "Salesforce" or "CustomConnector/acme-crm": how users and the command line name a connector. */
    public String displayId() {
        return connectorLabel == null ? connectorType : connectorType + "/" + connectorLabel;
    }

    @Override
    public int compareTo(ConnectorKey other) {
        int byType = String.CASE_INSENSITIVE_ORDER.compare(connectorType, other.connectorType);
        if (byType != 0) {
            return byType;
        }
        int byLabel = String.CASE_INSENSITIVE_ORDER.compare(
                Objects.toString(connectorLabel, ""), Objects.toString(other.connectorLabel, ""));
        if (byLabel != 0) {
            return byLabel;
        }
        // Keys differing only in case are different keys: stay consistent with equals (sorted sets, maps).
        int exactType = connectorType.compareTo(other.connectorType);
        return exactType != 0
                ? exactType
                : Objects.toString(connectorLabel, "").compareTo(Objects.toString(other.connectorLabel, ""));
    }

    @Override
    public String toString() {
        return displayId();
    }
}
