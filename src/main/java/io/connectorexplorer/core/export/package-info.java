/**
 * The document {@code aws appflow describe-connector} prints, drawn from the wire JSON. Uses {@code json},
 * {@code connector}.
 */
package io.connectorexplorer.core.export;
