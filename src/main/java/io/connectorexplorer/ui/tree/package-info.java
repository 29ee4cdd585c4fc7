/**
 * The configuration tree: lazy rows, search that reveals matches, copy of values and JSON paths.
 */
package io.connectorexplorer.ui.tree;
