/**
 * Background work in plain Java: cancellation, the task runner the UI gives its work to, and bounded fan-out
 * over the shared service-call executor.
 */
package io.connectorexplorer.core.task;
