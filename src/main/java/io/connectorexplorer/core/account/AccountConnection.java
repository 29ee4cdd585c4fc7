package io.connectorexplorer.core.account;

import io.connectorexplorer.core.connector.AppFlowGateway;

/** One target connected: AppFlow, and the identity behind the credentials. */
public interface AccountConnection extends AutoCloseable {

    AppFlowGateway appflow();

    /** STS GetCallerIdentity with the same credentials; throws ServiceCallException. Slow: off the FX thread. */
    CallerIdentity identity();

    @Override
    void close();
}
