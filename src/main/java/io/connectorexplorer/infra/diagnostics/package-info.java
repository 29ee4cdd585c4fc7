/**
 * The diagnostic log in the settings folder (rotating files, written off the caller's thread) and the recorder every
 * SDK client of the app carries, which tells each call to the log and, for {@code --debug}, each request and response
 * to whoever follows the trace. Also the one rule for which values a request carried are credentials, and how they
 * are masked wherever the app shows or writes what a request or its answer said. Implements
 * {@code core.diagnostics}; uses nothing else of the app.
 */
package io.connectorexplorer.infra.diagnostics;
