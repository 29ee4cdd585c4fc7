/**
 * The AppFlow service model bundled with the app, read once.
 */
package io.connectorexplorer.infra.model;
