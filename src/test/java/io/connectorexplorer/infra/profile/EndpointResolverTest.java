package io.connectorexplorer.infra.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointResolverTest {

    private static final String CONFIG = """
            [profile plain]
            region = eu-west-1

            [profile global]
            endpoint_url = https://profile.example

            [profile scoped]
            endpoint_url = https://profile.example
            services = local

            [profile other-service]
            endpoint_url = https://profile.example
            services = s3-only

            [profile dangling]
            endpoint_url = https://profile.example
            services = nowhere

            [profile ignoring]
            endpoint_url = https://profile.example
            services = local
            ignore_configured_endpoint_urls = true

            [profile not-ignoring]
            endpoint_url = https://profile.example
            ignore_configured_endpoint_urls = false

            [profile bad-flag]
            endpoint_url = https://profile.example
            ignore_configured_endpoint_urls = yes

            [profile bad-url]
            endpoint_url = localhost:4566

            [services local]
            s3 =
              endpoint_url = https://s3.local.example
            appflow =
              endpoint_url = http://127.0.0.1:4566
              other_setting = x

            [services s3-only]
            s3 =
              endpoint_url = https://s3.local.example
            """;

    @TempDir
    Path home;

    @Test
    void nothingConfiguredMeansTheRegionalEndpoint() throws IOException {
        assertThat(resolve(Map.of(), "plain")).isEmpty();
        assertThat(resolve(Map.of(), "no-such-profile")).isEmpty();
        assertThat(resolve(Map.of(), null)).isEmpty();
    }

    @Test
    void theProfileEndpointUrlApplies() throws IOException {
        assertThat(resolve(Map.of(), "global")).contains(URI.create("https://profile.example"));
    }

    @Test
    void theServicesSectionBeatsTheProfileEndpointUrl() throws IOException {
        assertThat(resolve(Map.of(), "scoped")).contains(URI.create("http://127.0.0.1:4566"));
    }

    @Test
    void aServicesSectionWithoutAppflowOrMissingFallsBackToTheProfileEndpointUrl() throws IOException {
        assertThat(resolve(Map.of(), "other-service")).contains(URI.create("https://profile.example"));
        assertThat(resolve(Map.of(), "dangling")).contains(URI.create("https://profile.example"));
    }

    @Test
    void awsEndpointUrlBeatsTheConfigFile() throws IOException {
        assertThat(resolve(Map.of("AWS_ENDPOINT_URL", "https://env.example"), "scoped"))
                .contains(URI.create("https://env.example"));
        assertThat(resolve(Map.of("AWS_ENDPOINT_URL", "https://env.example"), null))
                .contains(URI.create("https://env.example"));
    }

    @Test
    void awsEndpointUrlAppflowBeatsAwsEndpointUrl() throws IOException {
        assertThat(resolve(
                        Map.of(
                                "AWS_ENDPOINT_URL_APPFLOW",
                                " https://appflow.env.example ",
                                "AWS_ENDPOINT_URL",
                                "https://env.example"),
                        "scoped"))
                .contains(URI.create("https://appflow.env.example"));
    }

    @Test
    void ignoringConfiguredEndpointsInTheEnvironmentIgnoresThemAll() throws IOException {
        Map<String, String> env = Map.of(
                "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
                "TRUE",
                "AWS_ENDPOINT_URL_APPFLOW",
                "https://appflow.env.example",
                "AWS_ENDPOINT_URL",
                "https://env.example");

        assertThat(resolve(env, "scoped")).isEmpty();
        assertThat(resolve(env, "not-ignoring"))
                .as("the variable beats the profile setting")
                .isEmpty();
    }

    @Test
    void ignoringConfiguredEndpointsInTheProfileIgnoresTheEnvironmentToo() throws IOException {
        assertThat(resolve(Map.of(), "ignoring")).isEmpty();
        assertThat(resolve(Map.of("AWS_ENDPOINT_URL", "https://env.example"), "ignoring"))
                .isEmpty();
    }

    @Test
    void theVariableSetToFalseBeatsTheProfileSettingToTrue() throws IOException {
        assertThat(resolve(Map.of("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "false"), "ignoring"))
                .contains(URI.create("http://127.0.0.1:4566"));
    }

    @Test
    void anInvalidIgnoreSettingIsAnIllegalArgument() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> resolve(Map.of(), "bad-flag"))
                .withMessageContaining("ignore_configured_endpoint_urls")
                .withMessageContaining("yes");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> resolve(Map.of("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "1"), "global"))
                .withMessageContaining("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:4566", "not a url", "http://", "/just/a/path", "http://bad host:80"})
    void anInvalidUrlIsAnIllegalArgumentNamingIt(String url) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> resolve(Map.of("AWS_ENDPOINT_URL", url), null))
                .withMessageContaining(url);
    }

    @Test
    void anInvalidUrlInTheProfileIsAnIllegalArgument() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> resolve(Map.of(), "bad-url"))
                .withMessageContaining("localhost:4566");
    }

    private Optional<URI> resolve(Map<String, String> variables, String profile) throws IOException {
        Path config = home.resolve("config");
        Files.writeString(config, CONFIG);
        Map<String, String> all = new HashMap<>(variables);
        all.put("AWS_CONFIG_FILE", config.toString());
        all.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        AwsEnvironment env = new AwsEnvironment(all, home);
        return EndpointResolver.resolve(env, new AwsConfigFiles(env).read(), profile);
    }
}
