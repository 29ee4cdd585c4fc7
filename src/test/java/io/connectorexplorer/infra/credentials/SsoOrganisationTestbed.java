package io.connectorexplorer.infra.credentials;

import io.connectorexplorer.app.Services;
import io.connectorexplorer.core.profile.SsoSession;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.infra.sso.SsoToken;
import io.connectorexplorer.infra.sso.SsoTokenCache;
import io.connectorexplorer.testsupport.FakeCredentials;
import io.connectorexplorer.testsupport.FakeSsoOidc;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * An SSO organisation at the loopback portal for the discovery tests: seven accounts, one to three roles each, in pages
 * of three accounts and two roles; one role with credentials the test knows; a config of a session no profile uses
 * ({@code corp}) and a profile of the older form ({@code old}); AppFlow at the loopback endpoint through the
 * environment.
 */
abstract class SsoOrganisationTestbed {

    static final String START_URL = "https://corp.awsapps.com/start";
    static final String LEGACY_URL = "https://old.awsapps.com/start";
    private static final List<String> SCOPES = List.of("sso:account:access");
    /** Account → name and roles, in the order the portal lists them: 7 accounts, 1 to 3 roles each. */
    static final Map<String, List<String>> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("777777777777", List.of("ReadOnly"));
        ROLES.put("111111111111", List.of("ReadOnly", "Admin", "Billing"));
        ROLES.put("333333333333", List.of("Developer", "ReadOnly"));
        ROLES.put("222222222222", List.of("Analyst"));
        ROLES.put("666666666666", List.of("ReadOnly", "Admin"));
        ROLES.put("555555555555", List.of("Ops"));
        ROLES.put("444444444444", List.of("Audit", "Admin", "ReadOnly"));
    }

    private static final Map<String, String> NAMES = Map.of(
            "111111111111", "Prod",
            "222222222222", "Data / Lake (EU)",
            "333333333333", "dev",
            "444444444444", "Audit",
            "555555555555", "Ops",
            "666666666666", "Staging",
            "777777777777", "Zeta");

    @TempDir
    Path home;

    ProfileTestbed bed;
    FakeCredentials prodReadOnly;

    @BeforeEach
    void start() throws Exception {
        bed = ProfileTestbed.start(home);
        prodReadOnly = bed.keys(
                "ASIADISCOVERED000001",
                "discovered-role-secret-0001",
                "discovered-role-token-0001",
                Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
        ROLES.forEach((account, roles) -> {
            bed.aws.sso().accountName(account, NAMES.get(account));
            roles.forEach(role -> {
                if (account.equals("111111111111") && role.equals("ReadOnly")) {
                    bed.aws.sso().assignRole(account, role, prodReadOnly);
                } else {
                    bed.aws.sso().assignRole(account, role);
                }
            });
        });
        bed.aws.sso().pageSizes(3, 2);
        // A session no profile uses, as 'aws configure sso-session' leaves it; and a profile of the older form.
        bed.writeConfig("[sso-session corp]\nsso_start_url = " + START_URL + "\nsso_region = eu-west-1\n"
                + "sso_registration_scopes = sso:account:access\n\n"
                + "[profile old]\nsso_start_url = " + LEGACY_URL + "\nsso_region = us-east-1\n"
                + "sso_account_id = 111111111111\nsso_role_name = Admin\nregion = " + ProfileTestbed.REGION + "\n");
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    /** The environment with AppFlow at the loopback endpoint: a discovered target has no profile to say so. */
    AwsEnvironment environment() {
        return bed.environment(
                Map.of("AWS_ENDPOINT_URL_APPFLOW", bed.appflow.uri().toString()));
    }

    FakeSsoOidc.Session signIn(AwsEnvironment environment, String cacheKey, Instant expiresAt) throws Exception {
        FakeSsoOidc.Session session = bed.aws.oidc().signedInSession(SCOPES);
        SsoTokenCache.in(environment)
                .write(
                        cacheKey,
                        new SsoToken(
                                cacheKey.equals("corp") ? START_URL : LEGACY_URL,
                                "eu-west-1",
                                session.accessToken(),
                                expiresAt.truncatedTo(ChronoUnit.SECONDS),
                                session.clientId(),
                                session.clientSecret(),
                                Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS),
                                session.refreshToken()));
        return session;
    }

    static SsoSession corp(Services services) {
        return services.profiles().ssoSessions().stream()
                .filter(s -> s.name().equals("corp"))
                .findFirst()
                .orElseThrow();
    }
}
