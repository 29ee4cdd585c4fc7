/**
 * The main window: its layout, menus and toolbar, and the view models that tie the parts together (the account
 * shown, the configuration of the selected connector).
 */
package io.connectorexplorer.ui.shell;
