package io.connectorexplorer.ui.profile;

import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.DiscoveredProfileName;
import io.connectorexplorer.core.profile.ProfileCatalog;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.core.profile.SsoSession;
import io.connectorexplorer.core.profile.TargetResolver;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.BackgroundTask;
import io.connectorexplorer.ui.common.Problem;
import io.connectorexplorer.ui.common.StatusModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The AWS profiles as the files define them: read off the FX thread at start and again whenever the config or
 * credentials files (or the SSO token cache) change, handed to the pickers, with the files' own problems (a malformed
 * line) reported — and taken back once the files are fixed.
 */
public final class AwsProfilesViewModel {

    private final ProfileCatalog profiles;
    private final TaskRunner tasks;
    private final StatusModel status;
    private final ProfileSwitcherViewModel switcher;
    private final DiscoveredAccountsViewModel discovered;
    /** The files' profiles as last read: a change on disk that leaves them as they were is not worth a message. */
    private List<AwsProfile> shownProfiles = List.of();

    private Runnable onFilesChanged = () -> {};
    private AutoCloseable watch;

    public AwsProfilesViewModel(
            ProfileCatalog profiles, TaskRunner tasks, StatusModel status, ProfileSwitcherViewModel switcher) {
        this.profiles = profiles;
        this.tasks = tasks;
        this.status = status;
        this.switcher = switcher;
        this.discovered = new DiscoveredAccountsViewModel(profiles, tasks, status);
    }

    /** The accounts the SSO sessions reach, listed in the profile picker after each read of the files. */
    public DiscoveredAccountsViewModel discovered() {
        return discovered;
    }

    /** What else to do once the files changed and the pickers are up to date (try an account that needed sign-in). */
    public void setOnFilesChanged(Runnable action) {
        this.onFilesChanged = action;
    }

    /** Reads the profiles, lets the switcher open the first account, and follows changes to the files. */
    public void start() {
        if (watch == null) {
            watch = profiles.watch(this::refresh);
        }
        BackgroundTask.of(c -> read())
                .showing(status, "Reading AWS profiles…")
                .onSuccess(read -> {
                    switcher.load(
                            withLastDiscovered(read), profiles.environmentProfile(), profiles.environmentRegion());
                    take(read);
                })
                .onFailure(error -> {
                    status.info("Could not read AWS profiles");
                    status.report(Problem.of("Could not read the AWS profiles", error, this::start));
                    switcher.load(List.of(AwsProfile.demo()), Optional.empty(), Optional.empty());
                })
                .executeWith(tasks);
    }

    /** Reads the profiles again, keeping the active one (the files or the SSO token cache changed). */
    public void refresh() {
        BackgroundTask.of(c -> read())
                .onSuccess(read -> {
                    boolean changed = !read.profiles().equals(shownProfiles);
                    switcher.refresh(read.profiles());
                    take(read);
                    if (changed && !discovered.isOwnSave(read.profiles())) {
                        status.info("AWS profiles changed on disk; the list is up to date");
                    }
                    onFilesChanged.run();
                })
                .executeWith(tasks);
    }

    /** Stops following the files (the window closes). */
    public void stop() {
        if (watch != null) {
            try {
                watch.close();
            } catch (Exception ignored) {
                // closing a watch cannot fail in a way that matters at exit
            }
            watch = null;
        }
    }

    private ProfilesRead read() {
        return new ProfilesRead(
                profiles.profiles(),
                profiles.fileProblems(),
                profiles.isEmpty(),
                profiles.configFile().orElse(null),
                profiles.ssoSessions().stream().map(SsoSession::name).toList());
    }

    /**
     * The files' profiles, plus the discovered account used last when its session is still there: it opens again at
     * start, before its session's accounts are listed (then it takes its place among them).
     */
    private List<AwsProfile> withLastDiscovered(ProfilesRead read) {
        Optional<String> last = switcher.lastProfileName();
        boolean reopen = last.flatMap(DiscoveredProfileName::parse)
                        .filter(name -> read.sessionNames().contains(name.session()))
                        .isPresent()
                && TargetResolver.find(read.profiles(), last.get()).isEmpty();
        if (!reopen) {
            return read.profiles();
        }
        List<AwsProfile> all = new ArrayList<>(read.profiles());
        all.add(0, new AwsProfile(last.get(), ProfileKind.SSO, null, null));
        return all;
    }

    private void take(ProfilesRead read) {
        shownProfiles = read.profiles();
        discovered.discover(read.profiles(), switcher::refresh);
        noConfiguration.set(read.noConfiguration());
        configFile.set(read.configFile());
        report(read.problems());
    }

    private void report(List<String> problems) {
        if (problems.isEmpty()) {
            status.clearProblem(Problem.Kind.PROFILE_FILES);
            return;
        }
        status.report(new Problem(
                Problem.Kind.PROFILE_FILES,
                "Some AWS configuration could not be read",
                String.join("\n", problems),
                "The other profiles still work; fix the file and it is read again.",
                null,
                null));
    }

    private record ProfilesRead(
            List<AwsProfile> profiles,
            List<String> problems,
            boolean noConfiguration,
            Path configFile,
            List<String> sessionNames) {}

    private final ReadOnlyBooleanWrapper noConfiguration = new ReadOnlyBooleanWrapper();

    /** True when no AWS config or credentials file defines a profile: the demo is all there is. */
    public ReadOnlyBooleanProperty noConfigurationProperty() {
        return noConfiguration.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Path> configFile = new ReadOnlyObjectWrapper<>();

    /** The AWS config file when it exists, else null. */
    public ReadOnlyObjectProperty<Path> configFileProperty() {
        return configFile.getReadOnlyProperty();
    }
}
