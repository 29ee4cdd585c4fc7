/**
 * Small remembered choices (window state, theme, last profile and region), as an interface. Never a secret.
 */
package io.connectorexplorer.core.settings;
