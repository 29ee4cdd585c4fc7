package io.connectorexplorer.testsupport;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.testsupport.LoopbackAwsServices.RecordedRequest;
import io.connectorexplorer.testsupport.LoopbackAwsServices.Reply;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SSO portal (rest-json) for GetRoleCredentials: {@code GET /federation/credentials?account_id=&role_name=}
 * with the access token in {@code x-amz-sso_bearer_token}. A token the OIDC fake did not issue (or revoked) gets
 * 401 UnauthorizedException; a role not assigned gets 403 ForbiddenException; an assigned role gets temporary
 * credentials, which the STS fake then knows as that role's identity.
 */
public final class FakeSsoPortal {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final FakeSsoOidc oidc;
    private final FakeSts sts;
    private final Set<String> assignments = ConcurrentHashMap.newKeySet();
    private final Map<String, FakeCredentials> fixed = new ConcurrentHashMap<>();
    private volatile Duration credentialsLifetime = Duration.ofHours(1);
    private volatile String userName = "user@example.com";

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
        Map<String, String> query = request.query();
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

    private static String reservedRoleName(String roleName) {
        return "AWSReservedSSO_" + roleName + "_0123456789abcdef";
    }

    private static Reply error(int status, String type, String message) {
        return Reply.restJsonError(status, type, JSON.objectNode().put("message", message));
    }
}
