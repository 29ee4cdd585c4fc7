/**
 * The AppFlow service model (shapes, constraints) and a validator of request JSON against it. Depends on nothing
 * else in the app.
 */
package io.connectorexplorer.core.model;
