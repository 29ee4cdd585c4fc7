package io.connectorexplorer.core.account;

import java.util.List;

/** Opens a connection to AppFlow for one target. Slow (builds an SDK client): call off the FX thread. */
public interface AccountConnector {

    AccountConnection open(Target target);

    /** The region to use when neither the user nor the profile names one. */
    default String fallbackRegion() {
        return "us-east-1";
    }

    /** The regions where AppFlow is offered, sorted; empty when this connector cannot tell. */
    default List<String> regions() {
        return List.of();
    }
}
