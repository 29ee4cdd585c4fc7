package io.connectorexplorer.ui.inventory;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.inventory.TargetState;

/**
 * One target of the inventory and where it stands, as its column header and its line in the target list tell it: a
 * short state ("loading…", the account ID, "failed"), the reason in full, and the action that helps.
 */
public record TargetStatus(Target target, TargetState state) {

    /** What the target's line offers: nothing, Sign in, or Retry. */
    public enum Action {
        NONE,
        SIGN_IN,
        RETRY
    }

    /** A few words: queued, loading…, the account ID once answered, failed, needs sign-in, cancelled. */
    public String shortState() {
        if (state instanceof TargetState.Done done) {
            return done.inventory().accountIdIfKnown().orElse("answered");
        }
        if (state instanceof TargetState.Loading) {
            return "loading…";
        }
        if (state instanceof TargetState.Failed) {
            return "failed";
        }
        if (state instanceof TargetState.NeedsSignIn) {
            return "needs sign-in";
        }
        if (state instanceof TargetState.Cancelled) {
            return "cancelled";
        }
        return "queued";
    }

    /** A sentence for the target list and tooltips: what it answered, or why not and what to do. */
    public String detail() {
        if (state instanceof TargetState.Done done) {
            int count = done.inventory().connectors().size();
            String account = done.inventory()
                    .accountIdIfKnown()
                    .map(id -> "account " + id)
                    .orElse("account not known (STS did not answer)");
            return count + (count == 1 ? " connector · " : " connectors · ") + account;
        }
        if (state instanceof TargetState.Loading) {
            return "Listing its connectors…";
        }
        if (state instanceof TargetState.Cancelled) {
            return "Cancelled before it answered.";
        }
        if (state.failure().isPresent()) {
            ServiceCallException reason = state.failure().get();
            String what = state instanceof TargetState.NeedsSignIn ? "Needs sign-in: " : "Failed: ";
            return what + reason.headline();
        }
        return "Waiting for its turn.";
    }

    /** The tooltip of its column header and its line: the target, then {@link #detail()} and what to do. */
    public String tooltip() {
        String text = target.displayName() + "\n" + detail();
        if (state.failure().isPresent()) {
            text += "\n" + state.failure().get().advice();
        }
        return switch (action()) {
            case SIGN_IN -> text + "\nSign in from the target list (select it, Enter), then it is asked again.";
            case RETRY -> text + "\nRetry from the target list (select it, Enter).";
            case NONE -> text;
        };
    }

    public Action action() {
        if (state instanceof TargetState.NeedsSignIn) {
            return Action.SIGN_IN;
        }
        if (state instanceof TargetState.Failed || state instanceof TargetState.Cancelled) {
            return Action.RETRY;
        }
        return Action.NONE;
    }

    public boolean isFinal() {
        return state.isFinal();
    }
}
