/**
 * Everything that touches the outside: the AWS SDK, HTTP, files, preferences, the demo endpoint. Implements
 * {@code core}'s interfaces; used only by {@code app}.
 */
package io.connectorexplorer.infra;
