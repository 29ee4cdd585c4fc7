package io.connectorexplorer.core.profile;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of a discovered account's profile, written and read in one place: {@code "SESSION / ACCOUNT NAME
 * (ACCOUNT ID) / ROLE"}. It can never be a profile of the files — a profile name there has no spaces, or the AWS
 * SDK's parser drops it — so the name alone says which session, account and role it is, in this run and after a
 * restart, without anything remembered. Session names and start URLs have no spaces and role names no slashes, so
 * the first and last {@code " / "} split it even when the account's name holds one.
 *
 * @param session   the session's name, or the start URL of the older form
 */
public record DiscoveredProfileName(String session, String accountId, String roleName) {

    private static final String SEPARATOR = " / ";
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    /** IAM's rule for role names, which permission sets follow. */
    private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");

    static String format(String session, String accountId, String accountName, String roleName) {
        String account =
                accountName == null || accountName.isBlank() ? accountId : accountName.strip() + " (" + accountId + ")";
        return session + SEPARATOR + account + SEPARATOR + roleName;
    }

    /** The session, account and role a discovered profile's name stands for; empty for any other name. */
    public static Optional<DiscoveredProfileName> parse(String profileName) {
        if (profileName == null) {
            return Optional.empty();
        }
        int first = profileName.indexOf(SEPARATOR);
        int last = profileName.lastIndexOf(SEPARATOR);
        if (first <= 0 || last <= first) {
            return Optional.empty();
        }
        String session = profileName.substring(0, first);
        String account = profileName.substring(first + SEPARATOR.length(), last);
        String role = profileName.substring(last + SEPARATOR.length());
        if (session.isBlank() || session.contains(" ") || !isRoleName(role)) {
            return Optional.empty();
        }
        String accountId = account;
        if (!isAccountId(account)) {
            // "Prod Account (111122223333)": the ID in the last parentheses.
            int open = account.length() - 14;
            if (open < 1 || !account.endsWith(")") || account.charAt(open) != '(' || account.charAt(open - 1) != ' ') {
                return Optional.empty();
            }
            accountId = account.substring(open + 1, account.length() - 1);
            if (!isAccountId(accountId)) {
                return Optional.empty();
            }
        }
        return Optional.of(new DiscoveredProfileName(session, accountId, role));
    }

    public static boolean isAccountId(String text) {
        return text != null && ACCOUNT_ID.matcher(text).matches();
    }

    public static boolean isRoleName(String text) {
        return text != null && ROLE_NAME.matcher(text).matches();
    }

    static void requireAccountId(String accountId) {
        if (!isAccountId(accountId)) {
            throw new IllegalArgumentException("An AWS account ID has 12 digits, not '" + accountId + "'.");
        }
    }

    static void requireRoleName(String roleName) {
        if (!isRoleName(roleName)) {
            throw new IllegalArgumentException("'" + roleName + "' is not a role name.");
        }
    }
}
