/**
 * The headless subcommands ({@code list}, {@code describe}, {@code export}, {@code inventory},
 * {@code login}, {@code sso accounts}, {@code sso save-profile}): the window's services and
 * the same JSON, for scripts; {@code --debug} prints the request trace, and each failure told is kept in the
 * diagnostic log. Uses {@code core} only; no JavaFX, no AWS SDK.
 */
package io.connectorexplorer.cli;
