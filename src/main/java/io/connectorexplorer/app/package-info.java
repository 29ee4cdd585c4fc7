/**
 * The composition root: {@code Launcher} (window or command line), the services built once with {@code new} and
 * shared by both, the window's wiring, and the one bounded pool for service calls. May use every other layer.
 */
package io.connectorexplorer.app;
