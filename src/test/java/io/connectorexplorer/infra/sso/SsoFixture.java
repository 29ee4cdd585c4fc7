package io.connectorexplorer.infra.sso;

import io.connectorexplorer.infra.profile.AwsConfigFiles;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.LoopbackAwsServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * A temporary home with an AWS config of SSO profiles, the loopback SSO OIDC, SSO portal and STS services, one
 * HTTP client and a fixed clock shared by the code under test and the services.
 */
final class SsoFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final String SESSION = "my-sso";
    static final String START_URL = "https://my-sso-portal.awsapps.com/start";
    static final String LEGACY_START_URL = "https://legacy-portal.awsapps.com/start";
    static final String SSO_REGION = "eu-west-1";
    static final String ACCOUNT = "111122223333";
    static final String ROLE = "ReadOnly";
    static final List<String> SCOPES = List.of("sso:account:access");

    static final String CONFIG = """
            [profile dev]
            sso_session = my-sso
            sso_account_id = 111122223333
            sso_role_name = ReadOnly
            region = us-east-1

            [sso-session my-sso]
            sso_start_url = https://my-sso-portal.awsapps.com/start
            sso_region = eu-west-1
            sso_registration_scopes = sso:account:access

            [profile legacy]
            sso_start_url = https://legacy-portal.awsapps.com/start
            sso_region = eu-west-1
            sso_account_id = 111122223333
            sso_role_name = ReadOnly
            region = us-east-1

            [profile keys]
            aws_access_key_id = AKIDEXAMPLEKEYS00000
            aws_secret_access_key = not-a-real-secret

            [profile dangling]
            sso_session = nowhere

            [profile half]
            sso_session = half

            [sso-session half]
            sso_region = eu-west-1
            """;

    final Path home;
    final LoopbackAwsServices services;
    final SdkHttpClient httpClient = UrlConnectionHttpClient.builder().build();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final AwsEnvironment environment;
    final AwsConfigFiles configFiles;

    private SsoFixture(Path home, LoopbackAwsServices services, Map<String, String> variables) {
        this.home = home;
        this.services = services;
        this.environment =
                variables == null ? services.environment(home) : new AwsEnvironment(withFiles(home, variables), home);
        this.configFiles = new AwsConfigFiles(environment);
    }

    /** Endpoints through AWS_ENDPOINT_URL_SSO_OIDC and friends. */
    static SsoFixture start(Path home) throws IOException {
        return start(home, CONFIG, null);
    }

    /** {@code variables} instead of the endpoint variables (null: the endpoint variables). */
    static SsoFixture start(Path home, String config, Map<String, String> variables) throws IOException {
        LoopbackAwsServices services = LoopbackAwsServices.start();
        services.clock(Clock.fixed(NOW, ZoneOffset.UTC));
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws").resolve("config"), config);
        return new SsoFixture(home, services, variables);
    }

    OidcSignIn signIn(PollWaiter waiter) {
        return new OidcSignIn(environment, configFiles, httpClient, clock, waiter);
    }

    SsoAccessTokens accessTokens(Clock at) {
        return new SsoAccessTokens(environment, configFiles, httpClient, at);
    }

    SsoTokenCache cache() {
        return SsoTokenCache.in(environment);
    }

    SsoSessionConfig config(String profile) {
        AwsConfigFiles.Snapshot files = configFiles.read();
        return SsoSessionConfig.of(files.profile(profile).orElseThrow(), files).orElseThrow();
    }

    private static Map<String, String> withFiles(Path home, Map<String, String> variables) {
        Map<String, String> all = new java.util.HashMap<>(variables);
        all.putIfAbsent(
                "AWS_CONFIG_FILE", home.resolve(".aws").resolve("config").toString());
        all.putIfAbsent(
                "AWS_SHARED_CREDENTIALS_FILE",
                home.resolve(".aws").resolve("credentials").toString());
        return all;
    }

    @Override
    public void close() {
        services.close();
        httpClient.close();
    }
}
