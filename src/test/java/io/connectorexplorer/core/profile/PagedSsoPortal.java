package io.connectorexplorer.core.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** A portal of accounts (id → name) and their roles, in pages of the sizes given, recording each call. */
class PagedSsoPortal implements SsoPortal {
    final Map<String, String> names = new LinkedHashMap<>();
    final Map<String, List<String>> roles = new LinkedHashMap<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final AtomicBoolean closed = new AtomicBoolean();
    int accountsPage = 2;
    int rolesPage = 2;

    PagedSsoPortal account(String id, String name, String... roleNames) {
        names.put(id, name);
        roles.put(id, List.of(roleNames));
        return this;
    }

    @Override
    public Listing open(SsoSession session) {
        return new Listing() {
            @Override
            public Page<Account> accounts(String nextToken) {
                calls.add("ListAccounts " + nextToken);
                List<Account> all = new ArrayList<>();
                names.forEach((id, name) -> all.add(new Account(id, name)));
                return page(all, nextToken, accountsPage);
            }

            @Override
            public Page<String> roles(String accountId, String nextToken) {
                calls.add("ListAccountRoles " + accountId + " " + nextToken);
                return rolesOf(accountId, nextToken);
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
    }

    Page<String> rolesOf(String accountId, String nextToken) {
        return page(roles.get(accountId), nextToken, rolesPage);
    }

    static <T> Page<T> page(List<T> all, String nextToken, int size) {
        int from = nextToken == null ? 0 : Integer.parseInt(nextToken.substring(1));
        int to = Math.min(all.size(), from + size);
        return new Page<>(all.subList(from, to), to < all.size() ? "p" + to : null);
    }
}
