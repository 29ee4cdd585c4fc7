/**
 * An open target: {@link io.connectorexplorer.core.account.Target} (profile + region), the session on it with its
 * cache and identity, and the connection state. Uses {@code connector}, {@code profile}, {@code error}, {@code task}.
 */
package io.connectorexplorer.core.account;
