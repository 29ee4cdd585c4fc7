package io.connectorexplorer.core.account;

/** Opens a connection to AppFlow for one target. Slow (builds an SDK client): call off the FX thread. */
public interface AccountConnector {

    AccountConnection open(Target target);

    /** The region to use when neither the user nor the profile names one. */
    default String fallbackRegion() {
        return "us-east-1";
    }
}
