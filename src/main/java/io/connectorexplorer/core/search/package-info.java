/**
 * Finding things by a few typed letters: fuzzy matching and what the app has seen per target this run (for "go to
 * anything"). Uses {@code account}, {@code connector}.
 */
package io.connectorexplorer.core.search;
