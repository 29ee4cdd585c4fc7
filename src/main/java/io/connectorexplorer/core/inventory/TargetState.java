package io.connectorexplorer.core.inventory;

import io.connectorexplorer.core.error.ServiceCallException;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one target of an inventory stands: queued, loading, then done, failed with the reason, needing a sign-in (the
 * reason says for what; the action is "sign in to the profile"), or cancelled. The last four are final.
 */
public sealed interface TargetState {

    /** Waiting for a free slot. */
    record Queued() implements TargetState {}

    /** Its calls are being made. */
    record Loading() implements TargetState {}

    /** It answered. */
    record Done(TargetInventory inventory) implements TargetState {
        public Done {
            Objects.requireNonNull(inventory, "inventory");
        }
    }

    /** It could not be asked or did not answer; {@code reason} says why and what to do. */
    record Failed(ServiceCallException reason) implements TargetState {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Its profile's SSO session has no valid token: signing in to the profile, then asking again, fixes it. */
    record NeedsSignIn(ServiceCallException reason) implements TargetState {
        public NeedsSignIn {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The inventory was cancelled before the target answered. */
    record Cancelled() implements TargetState {}

    TargetState QUEUED = new Queued();
    TargetState LOADING = new Loading();
    TargetState CANCELLED = new Cancelled();

    /** The state a failure puts a target in: a sign-in, a cancellation, or a plain failure. */
    static TargetState failedWith(ServiceCallException failure) {
        return switch (failure.kind()) {
            case SIGN_IN_REQUIRED -> new NeedsSignIn(failure);
            case CANCELLED -> CANCELLED;
            default -> new Failed(failure);
        };
    }

    /** Final: done, failed, needing sign-in, or cancelled. */
    default boolean isFinal() {
        return !(this instanceof Queued || this instanceof Loading);
    }

    /** Why the target did not answer, when it failed or needs a sign-in. */
    default Optional<ServiceCallException> failure() {
        if (this instanceof Failed failed) {
            return Optional.of(failed.reason());
        }
        if (this instanceof NeedsSignIn signIn) {
            return Optional.of(signIn.reason());
        }
        return Optional.empty();
    }

    /** What the target answered, once done. */
    default Optional<TargetInventory> answer() {
        return this instanceof Done done ? Optional.of(done.inventory()) : Optional.empty();
    }
}
