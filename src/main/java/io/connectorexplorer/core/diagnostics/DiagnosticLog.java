package io.connectorexplorer.core.diagnostics;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The log a person attaches to a ticket: one line per service call and per problem shown to them. Never holds a
 * secret, never fails the caller, and never makes it wait on a file.
 */
public interface DiagnosticLog {

    /** A service call as it ended, successful or not. */
    void call(ServiceCallRecord call);

    /** A problem as the person was shown it: what failed, the details, what to do. */
    void problem(String title, String detail, String advice);

    /** The folder the log files are in (or would be in, before the first line). */
    Path folder();

    /** Why the log is not being written, once opening it has failed; empty while it is (or may yet be) written. */
    Optional<String> failure();
}
