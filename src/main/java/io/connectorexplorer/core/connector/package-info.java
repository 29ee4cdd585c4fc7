/**
 * Connectors as AppFlow reports them: keys, summaries, the wire JSON of a description, and the catalog that
 * pages through DescribeConnectors/ListConnectors. Uses {@code error}, {@code task}; knows nothing of profiles.
 */
package io.connectorexplorer.core.connector;
