package io.connectorexplorer.core.profile;

import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.task.Cancellation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The profiles the AWS configuration files define, valid and invalid ones alike, plus the demo account; and the SSO
 * sessions of those files with the accounts and roles their sign-ins reach, which open without a profile and can be
 * saved as one.
 */
public interface ProfileCatalog {

    /** Every profile, the demo account last; read anew on each call. */
    List<AwsProfile> profiles();

    /** Problems with the files themselves (a malformed line), each naming the file and line. */
    List<String> fileProblems();

    /** The profile named by AWS_PROFILE, if set. */
    Optional<String> environmentProfile();

    /** The region named by AWS_REGION or AWS_DEFAULT_REGION, if set. */
    Optional<String> environmentRegion();

    /** True when neither a config nor a credentials file defines any profile. */
    boolean isEmpty();

    /** The AWS config file, when it exists (to open it for the user). */
    default Optional<Path> configFile() {
        return Optional.empty();
    }

    /**
     * Calls back (on a background thread) whenever the config or credentials file changes; close the
     * result to stop. Catalogs that cannot watch return a handle that does nothing.
     */
    default AutoCloseable watch(Runnable onChange) {
        return () -> {};
    }

    /**
     * The SSO sessions of the config file: each {@code [sso-session]} section with a start URL and region (whether or
     * not a profile uses it), then each start URL of older-form profiles; read anew on each call.
     */
    default List<SsoSession> ssoSessions() {
        return List.of();
    }

    /**
     * Every account and role the session's sign-in reaches, with the account names, sorted as a picker lists them.
     * Each one's {@link DiscoveredAccount#profile()} opens as a target like any profile, though no file holds it.
     * Slow (a portal call per page and per account): call off the FX thread.
     *
     * @throws ServiceCallException SIGN_IN_REQUIRED when the session has no usable sign-in; else what the calls met
     */
    default List<DiscoveredAccount> discoverAccounts(SsoSession session, Cancellation cancellation) {
        throw ServiceCallException.configuration("This profile catalog cannot list the accounts of an SSO session.");
    }

    /** The name to propose for saving {@code account} as a profile: {@code <RoleName>-<AccountId>}, made unique. */
    default String proposedProfileName(DiscoveredAccount account) {
        return account.proposedProfileName();
    }

    /** Why {@code name} cannot be given to a new profile (taken, or not a valid name), or empty when it can. */
    default Optional<String> profileNameProblem(String name) {
        return Optional.empty();
    }

    /**
     * Writes a {@code [profile NAME]} section for the account and role to the config file, as {@code aws configure sso}
     * would — {@code sso_session} (or the older form's {@code sso_start_url} and {@code sso_region}),
     * {@code sso_account_id}, {@code sso_role_name}, and {@code region} unless null — after a backup of the file,
     * atomically, leaving the rest of the file byte for byte as it was.
     *
     * @throws ServiceCallException CONFIGURATION when the name is taken or invalid, LOCAL_FILE when the file cannot be
     *     read, backed up or written (it is then as it was)
     */
    default SavedProfile saveAsProfile(DiscoveredAccount account, String name, String region) {
        throw ServiceCallException.configuration("This profile catalog cannot save profiles.");
    }
}
