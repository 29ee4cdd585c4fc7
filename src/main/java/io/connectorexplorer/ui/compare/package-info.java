/**
 * Compare with… (Ctrl+D): what the main window shows — a connector's configuration, or on the Connections tab an
 * entity's fields — against the same thing elsewhere, in a window of its own. {@code CompareSubject} is what is
 * compared ({@code ConnectorSubject}, {@code FieldsSubject}): it reads itself at another profile and region, offers the
 * shown target's other connections, and the versions the history kept. {@code CompareSource} is one side —
 * {@code ShownSource} what the main window shows, {@code TargetSource} a describe at any profile and region,
 * {@code SnapshotSource} an earlier version. {@code CompareTargetPickerViewModel} picks the other side,
 * {@code CompareViewModel} reads it off the FX thread and holds the merged tree of {@code core.diff.DiffTree} with the
 * marks, "differences only" and F7 navigation; {@code CompareExportViewModel} copies and saves the differences as the
 * command line prints them. Uses {@code ui.common} and {@code core}; knows nothing of the shell.
 */
package io.connectorexplorer.ui.compare;
