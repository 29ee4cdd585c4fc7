/**
 * Compare with… (Ctrl+D): the connector the main window shows against the same connector elsewhere, in a window of its
 * own. {@code CompareSource} is one side — {@code ShownSource} the main window's description, {@code TargetSource} a
 * describe at any profile and region; {@code EarlierVersions} lists more sources (earlier snapshots, once the store
 * provides them). {@code CompareTargetPickerViewModel} picks the other side, {@code CompareViewModel} reads it off the
 * FX thread and holds the merged tree of {@code core.diff.DiffTree} with the marks, "differences only" and F7
 * navigation; {@code CompareExportViewModel} copies and saves the differences as the command line prints them. Uses
 * {@code ui.common} and {@code core}; knows nothing of the shell.
 */
package io.connectorexplorer.ui.compare;
