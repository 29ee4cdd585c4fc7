/**
 * The auth-parameter form: its spec from a connector's description or the AppFlow model, checking, and the
 * CreateConnectorProfile request it makes. Uses {@code model}, {@code connector}, {@code json}.
 */
package io.connectorexplorer.core.form;
