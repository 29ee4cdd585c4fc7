package io.connectorexplorer.ui.connector;

import io.connectorexplorer.core.connector.Capability;
import io.connectorexplorer.core.connector.ConnectorSummary;

/**
 * What a row says about a connector's use as a source and as a destination: a badge per flag that is yes, none for
 * a no, and a muted badge for what is not stated, still loading or not known. When both flags are alike, one badge
 * says it in words ("not stated", "…", "?"); when one flag is known, it shows, and the other is marked beside it —
 * "SOURCE –" (not stated), "SOURCE …" (still loading), "SOURCE ?" (not known) — short enough for a narrow list.
 */
record FlagBadges(Badge source, Badge destination, Badge both) {

    /** One badge: its words, its style class and its tooltip (null: none). */
    record Badge(String text, String style, String tooltip) {}

    static final String SOURCE = "SOURCE";
    static final String DESTINATION = "DEST";

    /** {@code filling}: the connectors the listing left unknown are being described right now. */
    static FlagBadges of(ConnectorSummary connector, boolean filling) {
        Capability s = connector.source();
        Capability d = connector.destination();
        if (s == d && !s.isStated()) {
            return new FlagBadges(null, null, muted("", s, "a source or a destination", filling));
        }
        return new FlagBadges(
                flag(SOURCE, "badge-source", s, "a source", filling),
                flag(DESTINATION, "badge-destination", d, "a destination", filling),
                null);
    }

    /** For screen readers: "source: yes, destination: not stated". */
    static String spoken(ConnectorSummary connector, boolean filling) {
        return "source: " + spoken(connector.source(), filling) + ", destination: "
                + spoken(connector.destination(), filling);
    }

    private static String spoken(Capability c, boolean filling) {
        return switch (c) {
            case YES -> "yes";
            case NO -> "no";
            case NOT_STATED -> "not stated";
            case UNKNOWN -> filling ? "loading" : "not known";
        };
    }

    private static Badge flag(String name, String style, Capability c, String use, boolean filling) {
        return switch (c) {
            case YES -> new Badge(name, style, null);
            case NO -> null;
            case NOT_STATED, UNKNOWN -> muted(name + " ", c, use, filling);
        };
    }

    /** {@code prefix}: the flag's name and a space for one flag, empty for both (then "not stated" in words). */
    private static Badge muted(String prefix, Capability c, String use, boolean filling) {
        if (c == Capability.NOT_STATED) {
            return new Badge(
                    prefix.isEmpty() ? "not stated" : prefix + "–",
                    "badge-unknown",
                    "Not stated: AppFlow's description of this connector does not say whether it can be " + use);
        }
        return filling
                ? new Badge(
                        prefix + "…",
                        "badge-unknown",
                        "Still loading: whether it can be " + use + " is known once the connector is described")
                : new Badge(
                        prefix + "?",
                        "badge-unknown",
                        "Not known: the connector could not be described. Select it to try again");
    }
}
