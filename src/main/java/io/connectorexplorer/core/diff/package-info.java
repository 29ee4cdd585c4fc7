/**
 * The structural diff of two wire documents (snapshots of a connector, two targets' configurations): {@link
 * io.connectorexplorer.core.diff.ConfigurationDiff} finds the differences by the rules of {@code
 * json.WireComparison}, {@link io.connectorexplorer.core.diff.DiffPath} says where each one is, {@link
 * io.connectorexplorer.core.diff.DiffPatch} replays them, and the summary, text and JSON renderings present them.
 * Uses {@code json}.
 */
package io.connectorexplorer.core.diff;
