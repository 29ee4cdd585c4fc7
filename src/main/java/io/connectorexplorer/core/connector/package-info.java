/**
 * Connectors as AppFlow reports them: keys, summaries with what is known of their use as source and destination,
 * the wire JSON of a description, and the catalog that pages through DescribeConnectors/ListConnectors. Uses
 * {@code error}, {@code task}; knows nothing of profiles.
 */
package io.connectorexplorer.core.connector;
