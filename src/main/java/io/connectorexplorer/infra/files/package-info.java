/**
 * Files written atomically: a temporary file in the same folder, then a move.
 */
package io.connectorexplorer.infra.files;
