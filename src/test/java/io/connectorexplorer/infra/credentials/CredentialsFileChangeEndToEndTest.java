package io.connectorexplorer.infra.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.app.Services;
import io.connectorexplorer.core.account.AccountConnection;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.TargetResolver;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.RecordingHook;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys rewritten by another tool (aws-vault, granted, Leapp, a script) while the app runs are used by the
 * next call of the connection already open — no restart, no reconnect. Real SDK signing, loopback endpoint.
 */
class CredentialsFileChangeEndToEndTest {

    @TempDir
    Path folder;

    private AppFlowTestAccount account;
    private final RecordingHook requests = new RecordingHook();

    @BeforeEach
    void start() throws Exception {
        account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder);
        account.endpoint().setHook(requests);
    }

    @AfterEach
    void stop() {
        account.close();
    }

    @Test
    void theNextCallSignsWithTheKeysNowInTheFile() throws Exception {
        try (Services services =
                Services.create(new AwsEnvironment(account.variables(), folder), AppFlowTestAccount.TIMEOUTS)) {
            AwsProfile profile = TargetResolver.find(services.profiles().profiles(), AppFlowTestAccount.PROFILE)
                    .orElseThrow();
            try (AccountConnection connection = services.accounts().open(new Target(profile, "eu-west-1"))) {
                connection.appflow().describeConnector(ConnectorKey.amazon("S3"));
                assertThat(lastKeyId()).isEqualTo(AppFlowTestAccount.ACCESS_KEY_ID);

                account.writeCredentials("[" + AppFlowTestAccount.PROFILE + "]\n"
                        + "aws_access_key_id = ROTATEDKEY000000001\n"
                        + "aws_secret_access_key = rotated-secret-not-real\n"
                        + "aws_session_token = rotated-session-token\n");
                connection.appflow().describeConnector(ConnectorKey.amazon("S3"));

                assertThat(lastKeyId()).isEqualTo("ROTATEDKEY000000001");
                assertThat(requests.requests()
                                .get(requests.requests().size() - 1)
                                .header("X-Amz-Security-Token"))
                        .isEqualTo("rotated-session-token");
            }
        }
    }

    private String lastKeyId() {
        String authorization =
                requests.requests().get(requests.requests().size() - 1).header("Authorization");
        String credential = authorization.substring(authorization.indexOf("Credential=") + "Credential=".length());
        return credential.substring(0, credential.indexOf('/'));
    }
}
