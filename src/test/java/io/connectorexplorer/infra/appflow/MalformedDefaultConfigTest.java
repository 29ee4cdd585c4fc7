package io.connectorexplorer.infra.appflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.app.Services;
import io.connectorexplorer.core.account.AccountConnection;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorCatalog;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.TargetResolver;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.TestThreads;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK reads the default config file on its own unless told otherwise, and fails on a malformed line.
 * The app reads the files tolerantly and hands the SDK what it read, so one typo breaks neither the demo
 * account nor the profiles that are fine.
 */
class MalformedDefaultConfigTest {

    @TempDir
    Path folder;

    private String previous;
    private Path malformed;

    /** Where the SDK would look by itself (the system property stands in for AWS_CONFIG_FILE here). */
    @BeforeEach
    void pointTheSdkAtAMalformedFile() throws Exception {
        malformed = Files.writeString(folder.resolve("malformed-config"), "[profile typo\nregion = us-east-1\n");
        previous = System.getProperty("aws.configFile");
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty("aws.configFile");
        } else {
            System.setProperty("aws.configFile", previous);
        }
    }

    private Services services(java.util.Map<String, String> variables) {
        Services services = Services.create(new AwsEnvironment(variables, folder), AppFlowTestAccount.TIMEOUTS);
        assertThat(System.getProperty("aws.configFile")).isNotEqualTo(malformed.toString());
        return services;
    }

    @Test
    void theDemoAccountStillLoads() {
        System.setProperty("aws.configFile", malformed.toString());
        try (Services services = services(java.util.Map.of("AWS_CONFIG_FILE", malformed.toString()));
                AccountConnection demo = services.accounts().open(new Target(AwsProfile.demo(), "us-east-1"))) {
            assertThat(new ConnectorCatalog(demo.appflow(), TestThreads.SERVICE_CALLS).listAll(() -> false))
                    .hasSize(27);
        }
    }

    @Test
    void aGoodProfileBesideAMalformedOneStillLoads() throws Exception {
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder)) {
            account.writeConfig(account.profileSection(AppFlowTestAccount.PROFILE, account.endpointUri())
                    + "[profile typo\nregion = us-east-1\n");
            System.setProperty("aws.configFile", malformed.toString());
            try (Services services = services(account.variables())) {
                AwsProfile profile = TargetResolver.find(services.profiles().profiles(), AppFlowTestAccount.PROFILE)
                        .orElseThrow();
                try (AccountConnection connection = services.accounts().open(new Target(profile, "eu-west-1"))) {
                    assertThat(new ConnectorCatalog(connection.appflow(), TestThreads.SERVICE_CALLS)
                                    .listAll(() -> false))
                            .hasSize(27);
                }
            }
        }
    }
}
