package io.connectorexplorer.core.account;

import java.util.List;
import java.util.concurrent.ExecutorService;

/** Opens targets as sessions, all sharing the app's one bounded executor for service calls. */
public final class AccountSessions {

    private final AccountConnector connector;
    private final ExecutorService serviceCalls;
    private final ReadListener reads;
    private final IdentityCache identities = new IdentityCache();

    public AccountSessions(AccountConnector connector, ExecutorService serviceCalls) {
        this(connector, serviceCalls, ReadListener.NONE);
    }

    /** {@code reads} is told every list and configuration the sessions read (the history). */
    public AccountSessions(AccountConnector connector, ExecutorService serviceCalls, ReadListener reads) {
        this.connector = connector;
        this.serviceCalls = serviceCalls;
        this.reads = reads;
    }

    /** Connects to the target (builds its SDK clients): slow, call off the FX thread. */
    public AccountSession open(Target target) {
        AccountSession session = new AccountSession(target, connector.open(target), serviceCalls, reads, identities);
        reads.opened(session);
        return session;
    }

    /** Forgets who the profiles' credentials are (the files changed): the next session of each asks STS again. */
    public void forgetIdentities() {
        identities.clear();
    }

    /** The region to use when neither the user nor the profile names one. */
    public String fallbackRegion() {
        return connector.fallbackRegion();
    }

    /** The regions where AppFlow is offered, sorted (empty when not known): for "all regions". */
    public List<String> regions() {
        return connector.regions();
    }

    /** The app's one bounded executor for service calls, for work that fans out over many targets. */
    public ExecutorService serviceCalls() {
        return serviceCalls;
    }
}
