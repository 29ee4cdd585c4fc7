/**
 * The headless subcommands ({@code list}, {@code describe}, {@code export}, {@code login}): the window's services and
 * the same JSON, for scripts. Uses {@code core} only; no JavaFX, no AWS SDK.
 */
package io.connectorexplorer.cli;
