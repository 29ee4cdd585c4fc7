/**
 * The configuration as a tree of nodes with JSON paths, and search over it. Uses {@code json}.
 */
package io.connectorexplorer.core.tree;
