package io.connectorexplorer.testsupport;

import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.infra.sso.SsoToken;
import io.connectorexplorer.infra.sso.SsoTokenCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * An SSO organisation to try account discovery with by hand: the loopback SSO portal, SSO OIDC and STS with seven
 * accounts of one to three roles (in pages of three accounts and two roles), a loopback AppFlow endpoint, and a home
 * folder holding an AWS config ({@code [sso-session corp]} used by no profile, and a profile {@code old} of the older
 * form) and a token valid for an hour in its SSO cache. Prints the variables to export, then runs until killed.
 * Run it with the test class path; the argument is the home folder (default {@code target/manual-sso}).
 */
public final class ManualSsoPortal {

    private ManualSsoPortal() {}

    public static void main(String[] args) throws Exception {
        Path home = Files.createDirectories(
                Path.of(args.length > 0 ? args[0] : "target/manual-sso").toAbsolutePath());
        LoopbackAwsServices aws = LoopbackAwsServices.start();
        TestAppFlowEndpoint appflow = TestAppFlowEndpoint.start(DemoCatalogue.bundled());
        aws.sso().pageSizes(3, 2);
        Map<String, List<String>> roles = Map.of(
                "111111111111", List.of("ReadOnly", "Admin", "Billing"),
                "222222222222", List.of("Analyst"),
                "333333333333", List.of("Developer", "ReadOnly"),
                "444444444444", List.of("Audit", "Admin", "ReadOnly"),
                "555555555555", List.of("Ops"),
                "666666666666", List.of("ReadOnly", "Admin"),
                "777777777777", List.of("ReadOnly"));
        Map<String, String> names = Map.of(
                "111111111111", "Prod",
                "222222222222", "Data / Lake (EU)",
                "333333333333", "dev",
                "444444444444", "Audit",
                "555555555555", "Ops",
                "666666666666", "Staging",
                "777777777777", "Zeta");
        new java.util.TreeMap<>(roles).forEach((account, assigned) -> {
            aws.sso().accountName(account, names.get(account));
            assigned.forEach(role -> aws.sso().assignRole(account, role));
        });
        Path config = Files.createDirectories(home.resolve(".aws")).resolve("config");
        Files.writeString(config, """
                [sso-session corp]
                sso_start_url = https://corp.awsapps.example/start
                sso_region = eu-west-1
                sso_registration_scopes = sso:account:access

                [profile old]
                sso_start_url = https://old.awsapps.example/start
                sso_region = us-east-1
                sso_account_id = 111111111111
                sso_role_name = ReadOnly
                region = eu-west-1
                """);
        AwsEnvironment environment = aws.environment(home);
        FakeSsoOidc.Session session = aws.oidc().signedInSession(List.of("sso:account:access"));
        Instant hour = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant month = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        SsoTokenCache.in(environment)
                .write(
                        "corp",
                        new SsoToken(
                                "https://corp.awsapps.example/start",
                                "eu-west-1",
                                session.accessToken(),
                                hour,
                                session.clientId(),
                                session.clientSecret(),
                                month,
                                session.refreshToken()));
        System.out.println("export HOME=" + home);
        System.out.println("export AWS_CONFIG_FILE=" + config);
        System.out.println(
                "export AWS_SHARED_CREDENTIALS_FILE=" + home.resolve(".aws").resolve("credentials"));
        aws.endpointVariables().forEach((name, value) -> System.out.println("export " + name + "=" + value));
        System.out.println("export AWS_ENDPOINT_URL_APPFLOW=" + appflow.uri());
        System.out.flush();
        Thread.currentThread().join();
    }
}
