package io.connectorexplorer.core.profile;

import java.util.Objects;

/**
 * One role in one account that an SSO session's sign-in reaches, as the portal lists it — a target the person can
 * open without writing a profile. Its {@link #profile()} is a profile of kind SSO that lives in no file: its name says
 * which session, account and role it stands for ({@link DiscoveredProfileName}), so the infrastructure can resolve it
 * to credentials — the same GetRoleCredentials, over the same token cache, as a profile saved for it would.
 *
 * @param accountName the account's display name in the portal; null when not known (a save asked for by ID)
 */
public record DiscoveredAccount(SsoSession session, String accountId, String accountName, String roleName) {

    public DiscoveredAccount {
        Objects.requireNonNull(session, "session");
        DiscoveredProfileName.requireAccountId(accountId);
        DiscoveredProfileName.requireRoleName(roleName);
    }

    /** "corp / Prod Account (111122223333) / ReadOnly": the profile name the picker and every message show. */
    public String displayName() {
        return DiscoveredProfileName.format(session.name(), accountId, accountName, roleName);
    }

    /** The account's name when the portal gave one, else its ID. */
    public String accountLabel() {
        return accountName == null || accountName.isBlank() ? accountId : accountName;
    }

    /** The profile to open it with, in the session's default region (null: the caller chooses). */
    public AwsProfile profile() {
        return new AwsProfile(displayName(), ProfileKind.SSO, session.defaultRegion(), null);
    }

    /** {@code <RoleName>-<AccountId>}, the name {@code aws configure sso} proposes for a profile of it. */
    public String proposedProfileName() {
        return roleName + "-" + accountId;
    }
}
