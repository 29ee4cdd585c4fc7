/**
 * The auth-parameter form: its spec from a connector's description or the AppFlow model, checking (problems named
 * by field, in words), and the CreateConnectorProfile request it makes, also as an AWS CLI command. Uses
 * {@code model}, {@code connector}, {@code json}, {@code profile}.
 */
package io.connectorexplorer.core.form;
