/**
 * The connector list: filter, badges, selection.
 */
package io.connectorexplorer.ui.connector;
