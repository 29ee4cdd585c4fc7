/**
 * The AppFlow service model (shapes, constraints), a validator of request JSON against it, and its patterns in
 * words. Depends on nothing else in the app.
 */
package io.connectorexplorer.core.model;
