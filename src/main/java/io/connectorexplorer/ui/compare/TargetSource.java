package io.connectorexplorer.ui.compare;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.AccountSessions;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.export.DescribeOutput;
import io.connectorexplorer.core.task.Cancellation;

/**
 * The connector as a target describes it now: a session of its own (closed after), DescribeConnector, and STS for the
 * account ID — the same calls, and the same document, as {@code connector-explorer diff --right PROFILE@REGION}.
 */
public final class TargetSource implements CompareSource {

    private final AccountSessions sessions;
    private final DescribeOutput output;
    private final Target target;
    private final ConnectorKey connector;

    public TargetSource(AccountSessions sessions, DescribeOutput output, Target target, ConnectorKey connector) {
        this.sessions = sessions;
        this.output = output;
        this.target = target;
        this.connector = connector;
    }

    @Override
    public String displayName() {
        return target.displayName();
    }

    @Override
    public Side read(Cancellation cancellation) {
        try (AccountSession session = sessions.open(target)) {
            if (cancellation.isCancelled()) {
                throw ServiceCallException.cancelled("DescribeConnector");
            }
            var document = output.document(session.describe(connector));
            return new Side(displayName(), document, about(target, session));
        }
    }

    /** {@code {profile, region, accountId}} as {@code diff --json} writes a side; no account ID when STS cannot say. */
    static ObjectNode about(Target target, AccountSession session) {
        ObjectNode about = JsonNodeFactory.instance.objectNode();
        about.put("profile", target.profileName());
        about.put("region", target.region());
        if (session == null) {
            return about;
        }
        try {
            String account = session.identity().account();
            if (account != null) {
                about.put("accountId", account);
            }
        } catch (RuntimeException e) {
            // Compared all the same, as the command line does.
        }
        return about;
    }

    @Override
    public String toString() {
        return displayName();
    }
}
