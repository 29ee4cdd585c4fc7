package io.connectorexplorer.testsupport;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.testsupport.LoopbackAwsServices.RecordedRequest;
import io.connectorexplorer.testsupport.LoopbackAwsServices.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SSO portal (rest-json), as the SDK's and botocore's models define it, every operation a GET with the access token
 * in {@code x-amz-sso_bearer_token}:
 *
 * <ul>
 *   <li>GetRoleCredentials, {@code GET /federation/credentials?account_id=&role_name=}: for an assigned role,
 *       temporary credentials, which the STS fake then knows as that role's identity; 403 ForbiddenException for a
 *       role not assigned;
 *   <li>ListAccounts, {@code GET /assignment/accounts?max_result=&next_token=}: {@code accountList} of
 *       {@code {accountId, accountName, emailAddress}}, the accounts with a role assigned, in the order first assigned;
 *   <li>ListAccountRoles, {@code GET /assignment/roles?account_id=&max_result=&next_token=}: {@code roleList} of
 *       {@code {roleName, accountId}}.
 * </ul>
 *
 * The listings answer pages of at most {@code max_result} (1 to 100) and of at most the page sizes set here (3
 * accounts, 2 roles unless told), with an opaque {@code nextToken} on every page but the last. A token the OIDC fake
 * did not issue (or revoked) gets 401 UnauthorizedException; a page token it did not give, 400.
 */
public final class FakeSsoPortal {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final FakeSsoOidc oidc;
    private final FakeSts sts;
    /** "account/role", in the order assigned. */
    private final Set<String> assignments = java.util.Collections.synchronizedSet(new LinkedHashSet<>());

    private final Map<String, String> accountNames = new ConcurrentHashMap<>();
    private final Map<String, FakeCredentials> fixed = new ConcurrentHashMap<>();
    private volatile Duration credentialsLifetime = Duration.ofHours(1);
    private volatile String userName = "user@example.com";
    private volatile int accountsPageSize = 3;
    private volatile int rolesPageSize = 2;
    private volatile boolean repeatNextToken;

    FakeSsoPortal(FakeSsoOidc oidc, FakeSts sts) {
        this.oidc = oidc;
        this.sts = sts;
    }

    /** Lets signed-in users get credentials for this role in this account (fresh ones on every call). */
    public FakeSsoPortal assignRole(String accountId, String roleName) {
        assignments.add(accountId + "/" + roleName);
        return this;
    }

    /** Lets signed-in users get exactly these credentials for this role in this account. */
    public FakeSsoPortal assignRole(String accountId, String roleName, FakeCredentials credentials) {
        assignRole(accountId, roleName);
        fixed.put(accountId + "/" + roleName, credentials);
        sts.identity(credentials, accountId, roleArn(accountId, roleName));
        return this;
    }

    /** The name ListAccounts gives the account (default: "Account " and its ID). */
    public FakeSsoPortal accountName(String accountId, String name) {
        accountNames.put(accountId, name);
        return this;
    }

    /** The most accounts and roles one page of the listings holds. */
    public FakeSsoPortal pageSizes(int accounts, int roles) {
        this.accountsPageSize = accounts;
        this.rolesPageSize = roles;
        return this;
    }

    /** Every page of the listings names the same next page, as a broken service might: a listing without end. */
    public FakeSsoPortal repeatNextToken(boolean repeat) {
        this.repeatNextToken = repeat;
        return this;
    }

    public FakeSsoPortal credentialsLifetime(Duration lifetime) {
        this.credentialsLifetime = lifetime;
        return this;
    }

    /** The name in the assumed-role ARN of the credentials handed out. */
    public FakeSsoPortal userName(String name) {
        this.userName = name;
        return this;
    }

    /** The ARN GetCallerIdentity tells for credentials of this assignment. */
    public String roleArn(String accountId, String roleName) {
        return "arn:aws:sts::" + accountId + ":assumed-role/" + reservedRoleName(roleName) + "/" + userName;
    }

    Reply handle(RecordedRequest request) {
        if (!"GET".equals(request.method())) {
            return error(400, "InvalidRequestException", "Use GET.");
        }
        String token = request.header("x-amz-sso_bearer_token").orElse(null);
        if (!oidc.isValidAccessToken(token)) {
            return error(401, "UnauthorizedException", "Session token not found or invalid");
        }
        return switch (request.operation()) {
            case "GetRoleCredentials" -> roleCredentials(request.query());
            case "ListAccounts" -> listAccounts(request.query());
            case "ListAccountRoles" -> listAccountRoles(request.query());
            default -> error(404, "UnknownOperationException", "No such operation");
        };
    }

    private Reply roleCredentials(Map<String, String> query) {
        String account = query.get("account_id");
        String role = query.get("role_name");
        if (account == null || role == null) {
            return error(400, "InvalidRequestException", "account_id and role_name are required");
        }
        String key = account + "/" + role;
        if (!assignments.contains(key)) {
            return error(403, "ForbiddenException", "No access");
        }
        FakeCredentials credentials = fixed.get(key);
        if (credentials == null) {
            credentials = sts.issueRoleCredentials(account, reservedRoleName(role), userName, credentialsLifetime);
        }
        ObjectNode out = JSON.objectNode();
        ObjectNode roleCredentials = out.putObject("roleCredentials");
        roleCredentials.put("accessKeyId", credentials.accessKeyId());
        roleCredentials.put("secretAccessKey", credentials.secretAccessKey());
        roleCredentials.put("sessionToken", credentials.sessionToken());
        roleCredentials.put("expiration", credentials.expiration().toEpochMilli());
        return Reply.json(200, out);
    }

    private Reply listAccounts(Map<String, String> query) {
        Map<String, List<String>> byAccount = rolesByAccount();
        List<String> accounts = new ArrayList<>(byAccount.keySet());
        return page(
                query,
                "accounts",
                accounts,
                accountsPageSize,
                "accountList",
                (list, accountId) -> list.addObject()
                        .put("accountId", accountId)
                        .put("accountName", accountNames.getOrDefault(accountId, "Account " + accountId))
                        .put("emailAddress", "aws+" + accountId + "@example.com"));
    }

    private Reply listAccountRoles(Map<String, String> query) {
        String account = query.get("account_id");
        if (account == null || account.isEmpty()) {
            return error(400, "InvalidRequestException", "account_id is required");
        }
        List<String> roles = rolesByAccount().getOrDefault(account, List.of());
        return page(
                query,
                "roles:" + account,
                roles,
                rolesPageSize,
                "roleList",
                (list, role) -> list.addObject().put("roleName", role).put("accountId", account));
    }

    private interface Row {
        void add(ArrayNode list, String item);
    }

    /** One page of {@code items}: from the offset the next_token names, at most max_result and the page size. */
    private Reply page(
            Map<String, String> query, String listing, List<String> items, int pageSize, String member, Row row) {
        int limit = pageSize;
        if (query.containsKey("max_result")) {
            int asked;
            try {
                asked = Integer.parseInt(query.get("max_result"));
            } catch (NumberFormatException e) {
                return error(400, "InvalidRequestException", "max_result must be a number");
            }
            if (asked < 1 || asked > 100) {
                return error(400, "InvalidRequestException", "max_result must be between 1 and 100");
            }
            limit = Math.min(limit, asked);
        }
        int offset = 0;
        String token = query.get("next_token");
        if (token != null) {
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                if (!decoded.startsWith(listing + "@")) {
                    throw new IllegalArgumentException("another listing's token");
                }
                offset = Integer.parseInt(decoded.substring(listing.length() + 1));
            } catch (IllegalArgumentException e) {
                return error(400, "InvalidRequestException", "Invalid next_token");
            }
        }
        ObjectNode out = JSON.objectNode();
        ArrayNode list = out.putArray(member);
        int end = Math.min(items.size(), offset + limit);
        items.subList(Math.min(offset, end), end).forEach(item -> row.add(list, item));
        if (end < items.size() || repeatNextToken) {
            int next = repeatNextToken ? Math.min(limit, items.size()) : end;
            out.put(
                    "nextToken",
                    Base64.getUrlEncoder().encodeToString((listing + "@" + next).getBytes(StandardCharsets.UTF_8)));
        }
        return Reply.json(200, out);
    }

    private Map<String, List<String>> rolesByAccount() {
        Map<String, List<String>> byAccount = new LinkedHashMap<>();
        synchronized (assignments) {
            for (String assignment : assignments) {
                int slash = assignment.indexOf('/');
                byAccount
                        .computeIfAbsent(assignment.substring(0, slash), a -> new ArrayList<>())
                        .add(assignment.substring(slash + 1));
            }
        }
        return byAccount;
    }

    private static String reservedRoleName(String roleName) {
        return "AWSReservedSSO_" + roleName + "_0123456789abcdef";
    }

    private static Reply error(int status, String type, String message) {
        return Reply.restJsonError(status, type, JSON.objectNode().put("message", message));
    }
}
