package io.connectorexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.RecordingHook;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys in the environment (aws-vault exec, CI) are used as the AWS CLI uses them: ahead of the files. */
class EnvironmentKeysEndToEndTest {

    @TempDir
    Path folder;

    @Test
    void withoutAProfileNamedTheEnvironmentKeysSignTheCalls() throws Exception {
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder)) {
            RecordingHook requests = new RecordingHook();
            account.endpoint().setHook(requests);
            Map<String, String> env = new HashMap<>();
            env.put("AWS_PROFILE", null);
            env.put("AWS_ACCESS_KEY_ID", "ENVIRONMENTKEY000001");
            env.put("AWS_SECRET_ACCESS_KEY", "environment-secret-not-real");
            env.put("AWS_SESSION_TOKEN", "environment-session-token");
            env.put("AWS_REGION", "ap-southeast-2");
            env.put("AWS_ENDPOINT_URL_APPFLOW", account.endpointUri().toString());

            AppFlowTestAccount.Run run = account.run(env, "describe", "--connector-type", "S3");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            RecordingHook.Request sent = requests.requests().get(0);
            assertThat(sent.header("Authorization"))
                    .contains("Credential=ENVIRONMENTKEY000001/")
                    .contains("/ap-southeast-2/appflow/");
            assertThat(sent.header("X-Amz-Security-Token")).isEqualTo("environment-session-token");
            assertThat(run.err() + run.out()).doesNotContain("environment-secret-not-real");
            assertThat(run.trace() + run.log())
                    .doesNotContain("environment-secret-not-real", "environment-session-token", "ENVIRONMENTKEY000001");
            assertThat(run.log()).contains("call Appflow DescribeConnector ", " region=ap-southeast-2 ");
        }
    }

    @Test
    void aNamedProfileStillWinsOverTheEnvironmentKeys() throws Exception {
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder)) {
            RecordingHook requests = new RecordingHook();
            account.endpoint().setHook(requests);

            AppFlowTestAccount.Run run = account.run(
                    Map.of(
                            "AWS_ACCESS_KEY_ID",
                            "ENVIRONMENTKEY000001",
                            "AWS_SECRET_ACCESS_KEY",
                            "environment-secret-not-real"),
                    "describe",
                    "--connector-type",
                    "S3",
                    "--profile",
                    AppFlowTestAccount.PROFILE);

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(requests.requests().get(0).header("Authorization"))
                    .contains("Credential=" + AppFlowTestAccount.ACCESS_KEY_ID + "/");
        }
    }
}
