package io.connectorexplorer.infra.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsEnvironmentTest {

    private static final Path HOME = Path.of("/home/zoe");

    @Test
    void theFilesDefaultToDotAwsUnderHome() {
        AwsEnvironment env = new AwsEnvironment(Map.of("AWS_CONFIG_FILE", "  "), HOME);

        assertThat(env.configFile()).isEqualTo(Path.of("/home/zoe/.aws/config"));
        assertThat(env.credentialsFile()).isEqualTo(Path.of("/home/zoe/.aws/credentials"));
    }

    @Test
    void fileVariablesWinAndATildeMeansHome() {
        AwsEnvironment env = new AwsEnvironment(
                Map.of("AWS_CONFIG_FILE", "~/work/aws-config", "AWS_SHARED_CREDENTIALS_FILE", " /etc/aws/credentials "),
                HOME);

        assertThat(env.configFile()).isEqualTo(Path.of("/home/zoe/work/aws-config"));
        assertThat(env.credentialsFile()).isEqualTo(Path.of("/etc/aws/credentials"));
    }

    @Test
    void blankVariablesCountAsUnset() {
        AwsEnvironment env = new AwsEnvironment(
                Map.of(
                        "AWS_PROFILE",
                        "",
                        "AWS_DEFAULT_PROFILE",
                        "dev",
                        "AWS_REGION",
                        " ",
                        "AWS_DEFAULT_REGION",
                        " eu-west-1 "),
                HOME);

        assertThat(env.profile()).contains("dev");
        assertThat(env.region()).contains("eu-west-1");
        assertThat(env.get("NOT_SET")).isEmpty();
    }

    @Test
    void homeIsTheHomeVariableAsTheAwsCliTakesItNotJavasUserHome() {
        assertThat(AwsEnvironment.home(Map.of("HOME", "/tmp/sandbox-home"), "/home/zoe"))
                .isEqualTo(Path.of("/tmp/sandbox-home"));
        assertThat(AwsEnvironment.home(Map.of("USERPROFILE", "C:\\Users\\zoe"), "/home/zoe"))
                .isEqualTo(Path.of("C:\\Users\\zoe"));
        assertThat(AwsEnvironment.home(Map.of("HOME", " "), "/home/zoe")).isEqualTo(HOME);
    }
}
