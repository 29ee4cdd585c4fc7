package io.connectorexplorer.infra.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.infra.profile.AwsConfigFiles;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.AwsCli;
import io.connectorexplorer.testsupport.JsonTrees;
import io.connectorexplorer.testsupport.LoopbackAwsServices;
import io.connectorexplorer.testsupport.LoopbackAwsServices.RecordedRequest;
import io.connectorexplorer.testsupport.ScriptedSignInPrompt;
import io.connectorexplorer.testsupport.ScriptedSignInPrompt.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The token cache shared with the AWS CLI: a sign-in here serves the CLI, and a token the CLI renews serves us.
 * The installed CLI is v1 (botocore), which has no {@code sso login} but reads and renews the same cache with the
 * same code as CLI v2. Runs in real time (the CLI knows no other clock). Skipped when {@code aws} is not on PATH.
 */
class AwsCliSsoCacheTest {

    @TempDir
    Path home;

    private AwsCli cli;
    private LoopbackAwsServices services;
    private AwsEnvironment environment;
    private final SdkHttpClient http = UrlConnectionHttpClient.builder().build();
    private final PollWaiter noPolling = (interval, cancellation) -> {
        throw new AssertionError("the browser flow should run");
    };

    @BeforeEach
    void start() throws Exception {
        Optional<Path> aws = AwsCli.findOnPath();
        assumeTrue(aws.isPresent(), "the AWS CLI ('aws') is not on PATH");
        Files.createDirectories(home.resolve("cli"));
        cli = AwsCli.create(aws.get(), home.resolve("cli"));
        services = LoopbackAwsServices.start();
        services.sso().assignRole(SsoFixture.ACCOUNT, SsoFixture.ROLE);
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), SsoFixture.CONFIG);
        environment = services.environment(home);
    }

    @AfterEach
    void stop() {
        if (services != null) {
            services.close();
        }
        http.close();
    }

    @Test
    void theAwsCliUsesTheTokenOfOurSignIn() throws Exception {
        signInHere();
        String token = new SsoTokenCache(home.resolve(".aws/sso/cache"))
                .read(SsoFixture.SESSION)
                .orElseThrow()
                .accessToken();

        AwsCli.Result result =
                cli.run(cliEnvironment(), "sts", "get-caller-identity", "--profile", "dev", "--output", "json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode identity = JsonTrees.parse(result.out());
        assertThat(identity.get("Account").asText()).isEqualTo(SsoFixture.ACCOUNT);
        assertThat(identity.get("Arn").asText()).isEqualTo(services.sso().roleArn(SsoFixture.ACCOUNT, SsoFixture.ROLE));
        RecordedRequest portal = services.requests("GetRoleCredentials").get(0);
        assertThat(portal.header("x-amz-sso_bearer_token")).contains(token);
        assertThat(services.requests("CreateToken"))
                .as("the CLI needed no refresh")
                .hasSize(1);
    }

    @Test
    void aTokenTheAwsCliRenewedServesUsAndHasTheMembersWeWrite() throws Exception {
        // Ten minutes left: the CLI renews a token with less than fifteen; this app only below five.
        services.oidc().accessTokenLifetime(Duration.ofMinutes(10));
        signInHere();
        SsoTokenCache cache = new SsoTokenCache(home.resolve(".aws/sso/cache"));
        Path file = cache.fileFor(SsoFixture.SESSION);
        List<String> ourMembers = members(JsonTrees.parse(Files.readString(file)));
        SsoToken ours = cache.read(SsoFixture.SESSION).orElseThrow();

        AwsCli.Result result =
                cli.run(cliEnvironment(), "sts", "get-caller-identity", "--profile", "dev", "--output", "json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<RecordedRequest> refresh = services.requests("CreateToken");
        assertThat(refresh).hasSize(2);
        assertThat(refresh.get(1).json().get("grantType").asText()).isEqualTo("refresh_token");
        assertThat(refresh.get(1).json().get("refreshToken").asText()).isEqualTo(ours.refreshToken());
        JsonNode written = JsonTrees.parse(Files.readString(file));
        assertThat(members(written))
                .as("the CLI writes the members we write, in the same order")
                .containsExactlyElementsOf(ourMembers);
        assertThat(written.get("expiresAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

        SsoToken renewed = cache.read(SsoFixture.SESSION).orElseThrow();
        assertThat(renewed.accessToken()).isNotEqualTo(ours.accessToken());
        assertThat(renewed.refreshToken()).isNotEqualTo(ours.refreshToken());
        int calls = services.requests().size();
        SsoAccessTokens tokens =
                new SsoAccessTokens(environment, new AwsConfigFiles(environment), http, Clock.systemUTC());
        AwsConfigFiles.Snapshot files = new AwsConfigFiles(environment).read();
        SsoSessionConfig config =
                SsoSessionConfig.of(files.profile("dev").orElseThrow(), files).orElseThrow();
        assertThat(tokens.validAccessToken(config, "dev")).isEqualTo(renewed.accessToken());
        assertThat(services.requests())
                .as("no call: the CLI's token has ten minutes left")
                .hasSize(calls);
    }

    private void signInHere() {
        new OidcSignIn(environment, new AwsConfigFiles(environment), http, Clock.systemUTC(), noPolling)
                .signIn(
                        new AwsProfile("dev", ProfileKind.SSO, "us-east-1", null),
                        new ScriptedSignInPrompt(Browser.FOLLOW),
                        Cancellation.NEVER);
    }

    private Map<String, String> cliEnvironment() {
        Map<String, String> variables = new HashMap<>(services.endpointVariables());
        variables.put("HOME", home.toString());
        variables.put("AWS_CONFIG_FILE", home.resolve(".aws/config").toString());
        variables.put("TZ", "UTC");
        return variables;
    }

    private static List<String> members(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
