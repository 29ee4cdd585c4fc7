/**
 * The history store in SQLite ({@code history.db} in the settings folder): {@link
 * io.connectorexplorer.infra.store.SqliteSnapshotStore} implements {@code core.store.SnapshotStore}, opening to
 * {@code NoHistory} with one message when the file is damaged, locked or cannot be written. Documents are stored once
 * per canonical content, compressed; writes are transactions in write-ahead-log mode, so a kill at any moment leaves
 * the committed snapshots readable.
 */
package io.connectorexplorer.infra.store;
