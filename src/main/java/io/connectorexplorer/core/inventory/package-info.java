/**
 * The fleet inventory: which connectors every target (profile × region) has, asked of many targets at once.
 * {@link io.connectorexplorer.core.inventory.FleetInventory} fans out — a bounded number of targets loading at a time
 * on the shared service-call executor, each answering through ListConnectors and DescribeConnectors only — and streams
 * each target's state ({@link io.connectorexplorer.core.inventory.TargetState}) to a listener on the caller's thread;
 * {@link io.connectorexplorer.core.inventory.InventoryMatrix} is what is known so far as rows (connectors) by columns
 * (targets), with the rows that differ; {@code InventoryJson} and {@code InventoryCsv} export it. Uses
 * {@code account}, {@code connector}, {@code error}, {@code json}, {@code task}.
 */
package io.connectorexplorer.core.inventory;
