/**
 * The history of what was seen: {@link io.connectorexplorer.core.store.SnapshotStore} keeps every connector list and
 * connector configuration the app or the command line reads, as the wire JSON it came as, by account, region,
 * connector and time — each distinct document once. Its state ({@link io.connectorexplorer.core.store.StoreStatus})
 * says whether there is history at all; a store that cannot be used is {@link io.connectorexplorer.core.store.NoHistory}.
 * Interfaces and records only; {@code infra.store} keeps them in an embedded database. Uses {@code connector},
 * {@code settings}, {@code json}.
 */
package io.connectorexplorer.core.store;
