/**
 * Views and view models per feature. View models may use {@code javafx.beans} and {@code javafx.collections} only,
 * never the scene graph; views build controls and bind to them. Background work goes through
 * {@code ui.common.BackgroundTask}. Uses {@code core}.
 */
package io.connectorexplorer.ui;
