/**
 * Export to a file and Copy as JSON, for one connector or all of an account.
 */
package io.connectorexplorer.ui.export;
