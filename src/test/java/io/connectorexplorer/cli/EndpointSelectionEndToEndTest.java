package io.connectorexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.AppFlowTestAccount.Run;
import io.connectorexplorer.testsupport.CannedResponse;
import io.connectorexplorer.testsupport.RecordingHook;
import io.connectorexplorer.testsupport.TestAppFlowEndpoint;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where calls go and how they are signed, as the AWS configuration says: the profile's {@code endpoint_url},
 * a {@code services} section, AWS_ENDPOINT_URL[_APPFLOW] over both; the region from --region, AWS_REGION or the
 * profile, seen in the SigV4 credential scope the endpoint receives.
 */
class EndpointSelectionEndToEndTest {

    private static final Pattern CREDENTIAL_SCOPE =
            Pattern.compile("^AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/appflow/aws4_request, ");

    @TempDir
    Path folder;

    private AppFlowTestAccount account;
    private TestAppFlowEndpoint other;
    private RecordingHook requests;

    @BeforeEach
    void start() throws Exception {
        account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder);
        other = TestAppFlowEndpoint.start(DemoCatalogue.bundled());
        requests = new RecordingHook();
        account.endpoint().setHook(requests);
    }

    @AfterEach
    void stop() {
        other.close();
        account.close();
    }

    @Test
    void callsGoToTheProfilesEndpointUrlSignedWithItsKeysForItsRegion() {
        Run run = account.run("describe", "--connector-type", "S3");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(account.endpoint().callCount("DescribeConnector")).isEqualTo(1);
        assertThat(other.callCount("DescribeConnector")).isZero();
        Matcher scope = onlyCredentialScope();
        assertThat(scope.group(1)).isEqualTo(AppFlowTestAccount.ACCESS_KEY_ID);
        assertThat(scope.group(3)).isEqualTo(AppFlowTestAccount.PROFILE_REGION);
    }

    @Test
    void awsEndpointUrlAppflowOverridesTheProfilesEndpointUrl() {
        Run run = account.run(
                Map.of("AWS_ENDPOINT_URL_APPFLOW", other.uri().toString()), "describe", "--connector-type", "S3");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(other.callCount("DescribeConnector")).isEqualTo(1);
        assertThat(account.totalCalls()).isZero();
    }

    @Test
    void awsEndpointUrlOverridesTheProfileButNotAwsEndpointUrlAppflow() throws Exception {
        try (TestAppFlowEndpoint third = TestAppFlowEndpoint.start(DemoCatalogue.bundled())) {
            Run generic = account.run(
                    Map.of("AWS_ENDPOINT_URL", other.uri().toString()), "describe", "--connector-type", "S3");
            Run both = account.run(
                    Map.of(
                            "AWS_ENDPOINT_URL",
                            other.uri().toString(),
                            "AWS_ENDPOINT_URL_APPFLOW",
                            third.uri().toString()),
                    "describe",
                    "--connector-type",
                    "S3");

            assertThat(generic.exitCode()).as(generic.toString()).isZero();
            assertThat(both.exitCode()).as(both.toString()).isZero();
            assertThat(other.callCount("DescribeConnector")).isEqualTo(1);
            assertThat(third.callCount("DescribeConnector")).isEqualTo(1);
            assertThat(account.totalCalls()).isZero();
        }
    }

    @Test
    void aServicesSectionOverridesTheProfilesEndpointUrl() throws Exception {
        account.writeConfig(account.profileSection(AppFlowTestAccount.PROFILE, account.endpointUri())
                + "services = local-appflow\n\n[services local-appflow]\nappflow =\n  endpoint_url = " + other.uri()
                + "\n");

        Run run = account.run("describe", "--connector-type", "S3");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(other.callCount("DescribeConnector")).isEqualTo(1);
        assertThat(account.totalCalls()).isZero();
    }

    @Test
    void regionComesFromTheOptionThenAwsRegionThenTheProfile() {
        Run fromProfile = account.run("describe", "--connector-type", "S3");
        Run fromEnvironment = account.run(Map.of("AWS_REGION", "ap-southeast-2"), "describe", "--connector-type", "S3");
        Run fromOption = account.run(
                Map.of("AWS_REGION", "ap-southeast-2"),
                "describe",
                "--connector-type",
                "S3",
                "--region",
                "eu-central-1");
        Run listFromOption = account.run("list", "--region", "sa-east-1");

        assertThat(List.of(fromProfile, fromEnvironment, fromOption, listFromOption))
                .allSatisfy(run -> assertThat(run.exitCode()).as(run.toString()).isZero());
        List<String> regions = requests.requests().stream()
                .map(r -> credentialScope(r).group(3))
                .toList();
        // describe x3, then list: DescribeConnectors and ListConnectors (whose connectorModes give the flags).
        assertThat(regions.subList(0, 3)).containsExactly("eu-west-1", "ap-southeast-2", "eu-central-1");
        assertThat(regions.subList(3, regions.size())).hasSize(2).containsOnly("sa-east-1");
    }

    @Test
    void retrySettingsComeFromTheSelectedProfile() throws Exception {
        assumeTrue(
                System.getenv("AWS_RETRY_MODE") == null && System.getProperty("aws.retryMode") == null,
                "AWS_RETRY_MODE in the environment would override the profile's retry_mode");
        // [default] asks for the legacy mode (four attempts); the selected profile for standard (three attempts).
        account.writeConfig("[default]\nretry_mode = legacy\n\n"
                + account.profileSection(AppFlowTestAccount.PROFILE, account.endpointUri())
                + "retry_mode = standard\n");
        account.endpoint()
                .setHook((operation, body) ->
                        Optional.of(CannedResponse.error(500, "InternalServerException", "Try again.")));

        Run run = account.run("describe", "--connector-type", "S3");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(account.endpoint().callCount("DescribeConnector"))
                .as("attempts in the standard retry mode")
                .isEqualTo(3);
    }

    @Test
    void anotherProfilesEndpointUrlIsNeverUsed() throws Exception {
        // Profile 'plain' names no endpoint, so its calls go to AppFlow itself, in a region whose host name does
        // not resolve (only a DNS lookup leaves the machine). The [default] profile's endpoint must not be used.
        account.writeConfig("[default]\nregion = eu-west-1\nendpoint_url = " + other.uri() + "\n\n"
                + "[profile plain]\nregion = eu-west-1\n");
        account.writeCredentials(
                AppFlowTestAccount.credentialsSection("plain") + AppFlowTestAccount.credentialsSection("default"));
        Run run = account.run(
                "describe", "--connector-type", "S3", "--profile", "plain", "--region", "e2e-unresolvable-1");

        assertThat(AppFlowTestAccount.totalCalls(other))
                .as("requests sent to the [default] profile's endpoint")
                .isZero();
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("AppFlow in e2e-unresolvable-1");
    }

    private Matcher onlyCredentialScope() {
        assertThat(requests.requests()).hasSize(1);
        return credentialScope(requests.requests().get(0));
    }

    private static Matcher credentialScope(RecordingHook.Request request) {
        String authorization = request.header("Authorization");
        assertThat(authorization).isNotNull();
        Matcher matcher = CREDENTIAL_SCOPE.matcher(authorization);
        assertThat(matcher.find()).as(authorization).isTrue();
        return matcher;
    }
}
