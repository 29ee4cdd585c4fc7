/**
 * The history kept of what was seen, as the window offers it: forgetting an account's history and clearing all of
 * it, each asked first. View models here use the core store through {@code History}; the dialogs are in Fx* classes.
 */
package io.connectorexplorer.ui.history;
