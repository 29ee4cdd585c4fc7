package io.connectorexplorer.cli;

import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.connection.ConnectionSummary;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.task.Cancellation;

/** Finding a connection (connector profile) of a target by its name, to learn its connector. */
final class ConnectionLookup {

    private ConnectionLookup() {}

    /**
     * The connection named {@code name}, read off DescribeConnectorProfiles (every page); a failure saying plainly that
     * there is none by that name.
     */
    static ConnectionSummary find(AccountSession session, String name) {
        return ConnectionSummary.of(session.connections().profiles(null, Cancellation.NEVER)).stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> ServiceCallException.of(
                                ServiceCallException.Kind.SERVICE,
                                null,
                                "There is no connection named '" + name + "' in "
                                        + session.target().profile().name() + " · "
                                        + session.target().region()
                                        + ".")
                        .withAdvice("Check the name (connection names are case-sensitive), --profile and --region;"
                                + " 'connector-explorer connections' lists the connections there."));
    }

    /** The connector type of the connection: {@code given} when the user gave one, else the connection's own. */
    static String connectorType(AccountSession session, String connection, String given) {
        if (given != null) {
            return given;
        }
        ConnectionSummary found = find(session, connection);
        if (found.connector() == null) {
            throw ServiceCallException.badResponse(
                    "DescribeConnectorProfiles", "The connection '" + connection + "' names no connector type.");
        }
        return found.connector().connectorType();
    }

    /**
     * The query the options name for a connection: its connector type as given or looked up, {@code entitiesPath}
     * (null: the top), and --api-version.
     */
    static io.connectorexplorer.core.connector.EntityQuery query(
            AccountSession session, Arguments parsed, String connection, String entitiesPath) {
        return new io.connectorexplorer.core.connector.EntityQuery(
                connection,
                connectorType(
                        session, connection, parsed.value("--connector-type").orElse(null)),
                entitiesPath,
                parsed.value("--api-version").orElse(null));
    }
}
