package io.connectorexplorer.ui.history;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.store.SnapshotStore;
import io.connectorexplorer.core.store.StoreStatus;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.BackgroundTask;
import io.connectorexplorer.ui.common.Confirmation;
import io.connectorexplorer.ui.common.Problem;
import io.connectorexplorer.ui.common.StatusModel;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Account ▸ Forget this account's history and Clear history…: each asked first (Cancel is the default), then done off
 * the FX thread, with what was removed said in the status line. The account of the target shown is the one its profile
 * reached when last read (the history knows it even offline).
 */
public final class HistoryViewModel {

    private final TaskRunner tasks;
    private final StatusModel status;
    private final Supplier<SnapshotStore> store;
    private Confirmation question = (header, text, action) -> false;

    /** {@code store} opens the history if it is not yet (a disk read): called off the FX thread only. */
    public HistoryViewModel(TaskRunner tasks, StatusModel status, Supplier<SnapshotStore> store) {
        this.tasks = tasks;
        this.status = status;
        this.store = store;
    }

    public void setQuestion(Confirmation question) {
        this.question = question;
    }

    /** Removes everything kept of the account {@code shown}'s profile reaches, in every region, once confirmed. */
    public void forgetAccountOf(Target shown) {
        if (shown == null) {
            return;
        }
        BackgroundTask.of(c -> {
                    SnapshotStore s = store.get();
                    return s.status() instanceof StoreStatus.Unavailable why
                            ? new Lookup(why.reason(), Optional.empty())
                            : new Lookup(null, s.accountOf(shown.profileName()));
                })
                .onSuccess(found -> {
                    Optional<String> account = found.account();
                    if (found.unavailable() != null) {
                        status.info("No history this run: " + found.unavailable());
                        return;
                    }
                    if (account.isEmpty()) {
                        status.info("Nothing is kept of " + shown.profileName() + "'s account yet");
                        return;
                    }
                    if (question.confirm(
                            "Forget the history of account " + account.get() + "?",
                            "Every connector list and configuration kept of account " + account.get() + " ("
                                    + shown.profileName() + ", in every region) is removed from this computer. What"
                                    + " AWS holds is not touched; the next read starts its history afresh.",
                            "Forget")) {
                        BackgroundTask.of(c -> store.get().forgetAccount(account.get()))
                                .showing(status, "Forgetting account " + account.get() + "…")
                                .onSuccess(removed -> status.info(
                                        "Forgot account " + account.get() + ": " + removed + " snapshots removed"))
                                .onFailure(this::failed)
                                .executeWith(tasks);
                    }
                })
                .onFailure(this::failed)
                .executeWith(tasks);
    }

    /** Removes all history, once confirmed. */
    public void clearAll() {
        if (!question.confirm(
                "Clear all history?",
                "Every connector list and configuration kept on this computer, of every account, is removed: offline"
                        + " views, --as-of and history start afresh. What AWS holds is not touched.",
                "Clear history")) {
            return;
        }
        BackgroundTask.of(c -> {
                    SnapshotStore s = store.get();
                    if (s.status() instanceof StoreStatus.Unavailable) {
                        return false;
                    }
                    s.clear();
                    return true;
                })
                .showing(status, "Clearing the history…")
                .onSuccess(done -> status.info(done ? "History cleared" : "There is no history to clear this run"))
                .onFailure(this::failed)
                .executeWith(tasks);
    }

    /** What the history said of a profile: why there is none, or the account it reached (if any). */
    private record Lookup(String unavailable, Optional<String> account) {}

    private void failed(Throwable error) {
        status.report(Problem.of("The history could not be changed", error, null));
    }
}
