/**
 * The Connections tab: the connections (connector profiles) the account has for the connector shown, the entities a
 * connection exposes and the fields of one entity, with the errors these calls give said plainly. Uses {@code common}
 * and the core's {@code connection}.
 */
package io.connectorexplorer.ui.connection;
