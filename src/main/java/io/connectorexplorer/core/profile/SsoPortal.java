package io.connectorexplorer.core.profile;

import java.util.List;

/**
 * The AWS access portal of an SSO session, page by page: what {@link AccountDiscovery} walks. Implemented over the
 * AWS SDK's SSO client; faked in tests. Failures are {@link io.connectorexplorer.core.error.ServiceCallException}s.
 */
public interface SsoPortal {

    /**
     * The portal of {@code session}, signed in with its cached token (renewed first when it can be).
     *
     * @throws io.connectorexplorer.core.error.ServiceCallException of kind SIGN_IN_REQUIRED when there is no usable
     *     token
     */
    Listing open(SsoSession session);

    /** One signed-in use of the portal; its methods may be called from several threads at once. */
    interface Listing extends AutoCloseable {

        /** One page of ListAccounts; {@code nextToken} null for the first. */
        Page<Account> accounts(String nextToken);

        /** One page of ListAccountRoles for the account: the role names; {@code nextToken} null for the first. */
        Page<String> roles(String accountId, String nextToken);

        @Override
        void close();
    }

    /** What one page held, and the token for the next (null or empty: the last page). */
    record Page<T>(List<T> items, String nextToken) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /** An account as ListAccounts tells it; the name may be null. */
    record Account(String accountId, String accountName) {}
}
