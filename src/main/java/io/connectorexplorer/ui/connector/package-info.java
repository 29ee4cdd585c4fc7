/**
 * The connector list: filter, badges, selection, and which rows are described for their badges (those in view).
 */
package io.connectorexplorer.ui.connector;
