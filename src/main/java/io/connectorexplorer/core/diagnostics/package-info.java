/**
 * What the app tells about itself for a support ticket: the diagnostic log (each service call and each problem shown)
 * and the trace of requests and responses that {@code --debug} prints. Interfaces; {@code infra.diagnostics} writes
 * them. Nothing here ever holds a secret. Depends on nothing else in the app.
 */
package io.connectorexplorer.core.diagnostics;
