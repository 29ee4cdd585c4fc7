package io.connectorexplorer.core.account;

import io.connectorexplorer.core.profile.AwsProfile;

/** Opens a connection to AppFlow for one profile and region. Slow (builds an SDK client): call off the FX thread. */
public interface AccountConnector {

    AccountConnection open(AwsProfile profile, String region);

    /** The region to use when neither the user nor the profile names one. */
    default String fallbackRegion() {
        return "us-east-1";
    }
}
