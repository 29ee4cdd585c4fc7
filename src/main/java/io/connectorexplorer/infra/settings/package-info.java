/**
 * Settings in a properties file in the settings folder.
 */
package io.connectorexplorer.infra.settings;
