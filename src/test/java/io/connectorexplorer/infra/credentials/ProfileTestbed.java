package io.connectorexplorer.infra.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.connectorexplorer.app.Services;
import io.connectorexplorer.core.account.AccountConnection;
import io.connectorexplorer.core.account.CallerIdentity;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.MfaPrompt;
import io.connectorexplorer.core.profile.TargetResolver;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.DiagnosticLogs;
import io.connectorexplorer.testsupport.FakeCredentials;
import io.connectorexplorer.testsupport.LoopbackAwsServices;
import io.connectorexplorer.testsupport.RecordingHook;
import io.connectorexplorer.testsupport.TestAppFlowEndpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * A temporary home with AWS config and credentials files, a loopback AppFlow endpoint (reached through each profile's
 * {@code endpoint_url}) and loopback STS, SSO portal and SSO OIDC (reached through AWS_ENDPOINT_URL_STS/_SSO/_SSO_OIDC,
 * or a {@code services} section). The app is built with {@link Services#create} exactly as the window builds it.
 * Everything the app hands back through this bed is kept, so {@link #assertNoSecretLeaked()} can look for every
 * secret the test or the fakes created in each message and {@code toString()}, and in the request trace and the
 * diagnostic log of each service built here.
 */
final class ProfileTestbed implements AutoCloseable {

    static final String REGION = "eu-west-1";
    static final ConnectorKey S3 = ConnectorKey.amazon("S3");

    final Path home;
    final LoopbackAwsServices aws;
    final TestAppFlowEndpoint appflow;
    final RecordingHook appflowRequests = new RecordingHook();
    private final Set<String> secrets = new LinkedHashSet<>();
    private final List<Object> handedBack = new CopyOnWriteArrayList<>();
    /** Each request and response of every service built here, as --debug prints them. */
    private final StringBuffer trace = new StringBuffer();

    private final List<Services> built = new CopyOnWriteArrayList<>();

    private ProfileTestbed(Path home, LoopbackAwsServices aws, TestAppFlowEndpoint appflow) {
        this.home = home;
        this.aws = aws;
        this.appflow = appflow;
        appflow.setHook(appflowRequests);
    }

    static ProfileTestbed start(Path home) throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        LoopbackAwsServices aws = LoopbackAwsServices.start();
        try {
            return new ProfileTestbed(home, aws, TestAppFlowEndpoint.start(DemoCatalogue.bundled()));
        } catch (IOException | RuntimeException e) {
            aws.close();
            throw e;
        }
    }

    // --- files ---

    Path configFile() {
        return home.resolve(".aws").resolve("config");
    }

    Path credentialsFile() {
        return home.resolve(".aws").resolve("credentials");
    }

    void writeConfig(String text) throws IOException {
        Files.writeString(configFile(), text);
    }

    void writeCredentials(String text) throws IOException {
        Files.writeString(credentialsFile(), text);
    }

    /** {@code [profile NAME]} sending AppFlow to the loopback endpoint, then {@code lines}. */
    String profile(String name, String... lines) {
        StringBuilder text = new StringBuilder(
                "[profile " + name + "]\nregion = " + REGION + "\nendpoint_url = " + appflow.uri() + "\n");
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return text.append('\n').toString();
    }

    /** {@code [NAME]} of the credentials file with these keys (and session token, when it has one). */
    static String credentials(String name, FakeCredentials keys) {
        return "[" + name + "]\naws_access_key_id = " + keys.accessKeyId() + "\naws_secret_access_key = "
                + keys.secretAccessKey() + "\n"
                + (keys.sessionToken() == null ? "" : "aws_session_token = " + keys.sessionToken() + "\n") + "\n";
    }

    // --- secrets ---

    /** Keys made up by the test; their secret parts count as secrets from now on. */
    FakeCredentials keys(
            String accessKeyId, String secretAccessKey, String sessionToken, java.time.Instant expiration) {
        secret(secretAccessKey);
        if (sessionToken != null) {
            secret(sessionToken);
        }
        return new FakeCredentials(accessKeyId, secretAccessKey, sessionToken, expiration);
    }

    String secret(String value) {
        secrets.add(value);
        return value;
    }

    /** Remembers something the app handed back, for {@link #assertNoSecretLeaked()}. */
    <T> T kept(T value) {
        handedBack.add(value);
        return value;
    }

    /**
     * No secret — made up by the test, or issued by the fakes (secret keys, session tokens, SSO access and refresh
     * tokens, client secrets) — in the message, headline or {@code toString()} of anything the app handed back, in
     * the request trace (what --debug prints) or in the diagnostic log.
     */
    void assertNoSecretLeaked() {
        List<String> all = new ArrayList<>(secrets);
        all.addAll(aws.secretsIssued());
        assertThat(all).as("the check must have secrets to look for").isNotEmpty();
        assertThat(handedBack).as("the check must have something to look in").isNotEmpty();
        List<Object> lookIn = new ArrayList<>(handedBack);
        lookIn.add(trace());
        lookIn.add(log());
        for (Object value : lookIn) {
            List<String> texts = new ArrayList<>(List.of(String.valueOf(value)));
            if (value instanceof ServiceCallException e) {
                texts.add(String.valueOf(e.getMessage()));
                texts.add(e.headline());
                texts.add(e.advice());
            }
            for (String text : texts) {
                for (String secret : all) {
                    assertThat(text)
                            .as("what the app handed back must not show a secret")
                            .doesNotContain(secret);
                }
            }
        }
    }

    /** The request trace of every service built here. */
    String trace() {
        return trace.toString();
    }

    /** The diagnostic logs of every service built here, with every line told so far written. */
    String log() {
        StringBuilder text = new StringBuilder();
        for (Services services : built) {
            services.diagnosticLog().flush();
            text.append(DiagnosticLogs.read(services.logFolder()));
        }
        return text.toString();
    }

    // --- the app ---

    /** The environment: the two files, AWS_ENDPOINT_URL_STS/_SSO/_SSO_OIDC at the fakes, and {@code extra}. */
    AwsEnvironment environment(Map<String, String> extra) {
        return aws.environment(home, extra);
    }

    /** The two files and {@code extra} only: endpoints must come from the config (a {@code services} section). */
    AwsEnvironment environmentWithoutEndpointVariables(Map<String, String> extra) {
        Map<String, String> variables = new HashMap<>(extra);
        variables.put("AWS_CONFIG_FILE", configFile().toString());
        variables.put("AWS_SHARED_CREDENTIALS_FILE", credentialsFile().toString());
        return new AwsEnvironment(variables, home);
    }

    Services services(AwsEnvironment environment) {
        return services(environment, MfaPrompt.NONE);
    }

    Services services(AwsEnvironment environment, MfaPrompt mfa) {
        Services services = Services.create(environment, AppFlowTestAccount.TIMEOUTS, mfa);
        services.aws().requestTrace().follow(trace::append);
        built.add(services);
        return services;
    }

    /** The profile as the catalog lists it. */
    AwsProfile profile(Services services, String name) {
        List<AwsProfile> profiles = kept(services.profiles().profiles());
        return TargetResolver.find(profiles, name)
                .orElseThrow(() -> new AssertionError("no profile " + name + " in " + profiles));
    }

    AccountConnection open(Services services, String name) {
        return kept(services.accounts().open(new Target(profile(services, name), REGION)));
    }

    CallerIdentity identity(AccountConnection connection) {
        return kept(connection.identity());
    }

    /** DescribeConnector for S3, through the real AppFlow client. */
    void describe(AccountConnection connection) {
        assertThat(kept(connection.appflow().describeConnector(S3))
                        .path("connectorConfiguration")
                        .isObject())
                .isTrue();
    }

    /** The ServiceCallException the call throws (kept for the secret check). */
    ServiceCallException failure(ThrowingCallable call) {
        ServiceCallException failure = catchThrowableOfType(ServiceCallException.class, call);
        assertThat(failure)
                .as("the call should fail with a ServiceCallException")
                .isNotNull();
        return kept(failure);
    }

    // --- what the AppFlow endpoint saw ---

    RecordingHook.Request lastAppFlowRequest() {
        List<RecordingHook.Request> requests = appflowRequests.requests();
        assertThat(requests).as("AppFlow requests").isNotEmpty();
        return requests.get(requests.size() - 1);
    }

    /** The access key id in the SigV4 {@code Credential=} of the last AppFlow request. */
    String lastAppFlowKeyId() {
        return keyIdOf(lastAppFlowRequest().header("Authorization"));
    }

    String lastAppFlowSessionToken() {
        return lastAppFlowRequest().header("X-Amz-Security-Token");
    }

    static String keyIdOf(String authorization) {
        assertThat(authorization).startsWith("AWS4-HMAC-SHA256 Credential=");
        String credential = authorization.substring(authorization.indexOf("Credential=") + "Credential=".length());
        return credential.substring(0, credential.indexOf('/'));
    }

    @Override
    public void close() {
        appflow.close();
        aws.close();
    }
}
