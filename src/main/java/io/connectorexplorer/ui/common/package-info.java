/**
 * What every feature shares: the background task shape and its currency guard, the status bar's model and view,
 * problems and their banner, dialogs, the clipboard, the theme.
 */
package io.connectorexplorer.ui.common;
