/**
 * The Inventory window (View ▸ Inventory, Ctrl+I): which connectors many targets — profiles, discovered SSO accounts,
 * × regions — have, side by side. {@code TargetPickerViewModel} chooses the targets (all profiles, all regions where
 * AppFlow is offered, saved selections); {@code InventoryViewModel} runs the fan-out of {@code core.inventory},
 * tracks each target's state and applies what arrived at most once per pulse; {@code InventoryMatrixViewModel} holds
 * the rows with the filter, the "only rows that differ" toggle, the sort and the selected cell;
 * {@code InventoryExportViewModel} writes the rows shown as CSV or JSON. The views build the window from them. Uses
 * {@code ui.common}, {@code ui.profile} (the profile list) and {@code core}; opening a connector in the main window and
 * signing in are handed in as functions, so this package knows nothing of the shell.
 */
package io.connectorexplorer.ui.inventory;
