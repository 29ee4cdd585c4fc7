package io.connectorexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.testsupport.TestAppFlowEndpoint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home folder is {@code $HOME}, as the AWS CLI takes it: a fresh JVM with {@code HOME} pointing at a folder of its
 * own reads that folder's {@code .aws/config}, not the one of the password database's home.
 */
class HomeFolderEndToEndTest {

    @TempDir
    Path home;

    @Test
    void theCommandLineReadsTheAwsFilesOfHome() throws Exception {
        try (TestAppFlowEndpoint endpoint = TestAppFlowEndpoint.start(DemoCatalogue.bundled())) {
            Path aws = Files.createDirectories(home.resolve(".aws"));
            Files.writeString(aws.resolve("config"), """
                    [profile elsewhere]
                    region = eu-west-1
                    services = loopback

                    [services loopback]
                    appflow =
                      endpoint_url = %s
                    """.formatted(endpoint.uri()));
            Files.writeString(aws.resolve("credentials"), """
                    [elsewhere]
                    aws_access_key_id = HOMETESTKEY000000000
                    aws_secret_access_key = home-test-secret-not-real
                    """);

            ProcessBuilder launch = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "io.connectorexplorer.app.Launcher",
                    "list",
                    "--profile",
                    "elsewhere",
                    "--json");
            launch.environment()
                    .keySet()
                    .removeIf(name -> name.startsWith("AWS_")
                            || name.equals("CONNECTOR_EXPLORER_HOME")
                            || name.equals("XDG_CONFIG_HOME"));
            launch.environment().put("HOME", home.toString());
            launch.redirectErrorStream(true);
            Process process = launch.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("Salesforce").contains("canUseAsSource");
        }
    }
}
