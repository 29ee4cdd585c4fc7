/**
 * The app-wide failure type, {@link io.connectorexplorer.core.error.ServiceCallException}, with what to do about each
 * kind. Depends on nothing else in the app.
 */
package io.connectorexplorer.core.error;
