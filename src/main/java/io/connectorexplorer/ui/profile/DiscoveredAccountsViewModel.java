package io.connectorexplorer.ui.profile;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.DiscoveredAccount;
import io.connectorexplorer.core.profile.ProfileCatalog;
import io.connectorexplorer.core.profile.SavedProfile;
import io.connectorexplorer.core.profile.SsoSession;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.BackgroundTask;
import io.connectorexplorer.ui.common.Problem;
import io.connectorexplorer.ui.common.Stamps;
import io.connectorexplorer.ui.common.StatusModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;

/**
 * The accounts and roles each SSO session reaches, listed by the portal once the session is signed in, and placed in
 * the profile picker under their session's profiles — targets to open without writing a profile; and "Save as
 * profile…" for one of them. A session that is not signed in lists nothing (and says nothing: signing in is its
 * profiles' business); the list is asked again whenever the files or the token cache change.
 */
public final class DiscoveredAccountsViewModel {

    /** Asks the person for the new profile's name, offering {@code proposed} and checking each try with {@code problem}. */
    @FunctionalInterface
    public interface NameQuestion {
        Optional<String> ask(String account, String proposed, Function<String, Optional<String>> problem);
    }

    private final ProfileCatalog catalog;
    private final TaskRunner tasks;
    private final StatusModel status;
    private final Stamps discoveries = new Stamps();
    /** Counts the lists taken, so that what depends on {@link #canSave} is asked again. */
    private final IntegerProperty listsTaken = new SimpleIntegerProperty();

    private String justSaved;
    private NameQuestion question = (account, proposed, problem) -> Optional.empty();
    private Map<String, DiscoveredAccount> byProfileName = Map.of();
    private List<SsoSession> sessions = List.of();
    private List<DiscoveredAccount> accounts = List.of();

    public DiscoveredAccountsViewModel(ProfileCatalog catalog, TaskRunner tasks, StatusModel status) {
        this.catalog = catalog;
        this.tasks = tasks;
        this.status = status;
    }

    /** Lists every session's accounts (off the FX thread) and hands the picker's new list to {@code show}. */
    public void discover(List<AwsProfile> fileProfiles, Consumer<List<AwsProfile>> show) {
        BackgroundTask.of(this::discoverAll)
                .whileCurrent(discoveries.next())
                .onSuccess(found -> {
                    sessions = found.sessions();
                    accounts = found.accounts();
                    Map<String, DiscoveredAccount> names = new LinkedHashMap<>();
                    accounts.forEach(a -> names.put(a.displayName(), a));
                    byProfileName = names;
                    listsTaken.set(listsTaken.get() + 1);
                    if (!accounts.isEmpty()) {
                        show.accept(merged(fileProfiles));
                    }
                })
                .executeWith(tasks);
    }

    private Found discoverAll(Cancellation cancellation) {
        List<SsoSession> all = catalog.ssoSessions();
        List<DiscoveredAccount> found = new ArrayList<>();
        for (SsoSession session : all) {
            try {
                found.addAll(catalog.discoverAccounts(session, cancellation));
            } catch (ServiceCallException e) {
                if (e.isCancellation()) {
                    throw e;
                }
                // Not signed in, or the portal refused: this session lists no accounts; the others still do.
            }
        }
        return new Found(all, found);
    }

    /** The files' profiles, each session's discovered accounts right after its last profile (else before the demo). */
    List<AwsProfile> merged(List<AwsProfile> fileProfiles) {
        List<AwsProfile> all = new ArrayList<>(fileProfiles);
        for (SsoSession session : sessions) {
            List<AwsProfile> reached = accounts.stream()
                    .filter(a -> a.session().name().equals(session.name()))
                    .map(DiscoveredAccount::profile)
                    .filter(p -> all.stream().noneMatch(q -> q.name().equals(p.name())))
                    .toList();
            int after = -1;
            for (int i = 0; i < all.size(); i++) {
                if (session.profileNames().contains(all.get(i).name())) {
                    after = i;
                }
            }
            int at = after >= 0 ? after + 1 : demoIndex(all);
            all.addAll(at, reached);
        }
        return all;
    }

    private static int demoIndex(List<AwsProfile> all) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).isDemo()) {
                return i;
            }
        }
        return all.size();
    }

    /** Whether {@code profile} is a discovered account that "Save as profile…" can write to the config file. */
    public boolean canSave(AwsProfile profile) {
        return profile != null && byProfileName.containsKey(profile.name());
    }

    /** Whether the profile {@code shown} holds can be saved, kept up to date as it and the discovered list change. */
    public BooleanBinding canSave(ObservableValue<AwsProfile> shown) {
        return Bindings.createBooleanBinding(() -> canSave(shown.getValue()), shown, listsTaken);
    }

    /** How the name of a profile to save is asked for (a dialog in the window). */
    public void setNameQuestion(NameQuestion question) {
        this.question = question;
    }

    /** Save as profile…: asks for the name, then writes the section (the file is backed up first). */
    public void save(AwsProfile profile, String region) {
        DiscoveredAccount account = byProfileName.get(profile == null ? null : profile.name());
        if (account == null) {
            return;
        }
        Optional<String> name =
                question.ask(account.displayName(), catalog.proposedProfileName(account), catalog::profileNameProblem);
        if (name.isEmpty()) {
            return;
        }
        justSaved = name.get(); // the files' change this makes is told by the save, not as a change on disk
        BackgroundTask.of(c -> catalog.saveAsProfile(account, name.get(), region))
                .showing(status, "Saving profile " + name.get() + "…")
                .onSuccess((SavedProfile saved) ->
                        status.info("Saved profile " + saved.profile().name() + " to " + saved.configFile()
                                + saved.backupIfAny()
                                        .map(b -> " (the file before: " + b + ")")
                                        .orElse("")))
                .onFailure(error -> {
                    justSaved = null;
                    status.report(
                            Problem.of("Could not save profile " + name.get(), error, () -> save(profile, region)));
                })
                .executeWith(tasks);
    }

    /**
     * Whether the files' change just read is this model's own save ({@code profiles} now hold the profile written):
     * then the save's message stays in the status bar rather than a plain "profiles changed".
     */
    boolean isOwnSave(List<AwsProfile> profiles) {
        boolean own =
                justSaved != null && profiles.stream().anyMatch(p -> p.name().equals(justSaved));
        if (own) {
            justSaved = null;
        }
        return own;
    }

    private record Found(List<SsoSession> sessions, List<DiscoveredAccount> accounts) {}
}
