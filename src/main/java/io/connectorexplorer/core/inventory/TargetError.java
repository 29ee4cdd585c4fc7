package io.connectorexplorer.core.inventory;

import io.connectorexplorer.core.error.ServiceCallException;

/**
 * Why a target is not in the matrix, as the exports tell it: {@code code} is the service's error code when it sent
 * one (ThrottlingException, AccessDeniedException, …), else what kind of failure it was (NETWORK, SIGN_IN_REQUIRED,
 * CONFIGURATION, …); {@code kind} is always the latter, for scripts that branch on it.
 */
record TargetError(String code, String kind, String message) {

    /** Null for a target that answered. */
    static TargetError of(TargetState state) {
        if (state instanceof TargetState.Done) {
            return null;
        }
        if (state instanceof TargetState.Cancelled) {
            return new TargetError(
                    "CANCELLED", "CANCELLED", "The inventory was cancelled before this target answered.");
        }
        if (state.failure().isEmpty()) {
            return new TargetError("NOT_ANSWERED", "NOT_ANSWERED", "This target has not answered yet.");
        }
        ServiceCallException reason = state.failure().get();
        String kind = reason.kind().name();
        String message = reason.getMessage();
        if (reason.operation() != null) {
            message = reason.operation() + ": " + message;
        }
        return new TargetError(reason.errorCode() != null ? reason.errorCode() : kind, kind, message);
    }
}
