package io.connectorexplorer.infra.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.account.AccountConnection;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.AppFlowGateway;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.MfaPrompt;
import io.connectorexplorer.core.store.ConnectorListDocument;
import io.connectorexplorer.core.store.RecordOutcome;
import io.connectorexplorer.core.store.SnapshotStore;
import io.connectorexplorer.infra.appflow.AwsConnections;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.profile.AwsConfigFiles;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.infra.profile.ConfigFileProfileCatalog;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.RecordingHook;
import io.connectorexplorer.testsupport.SecretSentinels;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history holds only what DescribeConnectors, ListConnectors and DescribeConnector returned: recorded from the
 * real SDK client signing with sentinel keys and a session token, the store's file and log — and every document in
 * it, decompressed — hold none of them.
 */
class StoreSecretHygieneTest {

    private static final String ACCOUNT = "123456789012";

    @TempDir
    Path folder;

    @Test
    void nothingOfTheCredentialsInUseReachesTheHistoryFile() throws Exception {
        Path file = folder.resolve("settings").resolve("history.db");
        RecordingHook requests = new RecordingHook();
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder);
                SnapshotStore store = HistoryFiles.open(file, Clock.systemUTC())) {
            account.writeCredentials(SecretSentinels.credentialsSection(AppFlowTestAccount.PROFILE));
            account.endpoint().setHook(requests);
            AwsEnvironment environment = new AwsEnvironment(account.variables(), folder);
            AwsConfigFiles files = new AwsConfigFiles(environment);
            AwsProfile profile = new ConfigFileProfileCatalog(files)
                    .profiles().stream()
                            .filter(p -> p.name().equals(AppFlowTestAccount.PROFILE))
                            .findFirst()
                            .orElseThrow();
            try (AwsConnections aws =
                            AwsConnections.create(environment, files, AppFlowTestAccount.TIMEOUTS, MfaPrompt.NONE);
                    AccountConnection connection =
                            aws.accounts().open(new Target(profile, AppFlowTestAccount.PROFILE_REGION))) {
                AppFlowGateway appflow = connection.appflow();
                List<JsonNode> described = pages(appflow::describeConnectors);
                List<JsonNode> listed = pages(appflow::listConnectors);
                // Twice: the second time confirms rather than stores.
                for (int round = 0; round < 2; round++) {
                    store.recordConnectorList(
                            ACCOUNT,
                            AppFlowTestAccount.PROFILE_REGION,
                            profile.name(),
                            ConnectorListDocument.of(described, listed));
                    for (JsonNode connector : listed.get(0).path("connectors")) {
                        ConnectorKey key = new ConnectorKey(
                                connector.path("connectorType").asText(),
                                connector.path("connectorLabel").asText(null));
                        RecordOutcome outcome = store.recordConfiguration(
                                ACCOUNT,
                                AppFlowTestAccount.PROFILE_REGION,
                                key,
                                profile.name(),
                                appflow.describeConnector(key));
                        assertThat(outcome).isNotInstanceOf(RecordOutcome.NotRecorded.class);
                    }
                    store.recordConfiguration(
                            ACCOUNT,
                            AppFlowTestAccount.PROFILE_REGION,
                            ConnectorKey.amazon("Salesforce"),
                            profile.name(),
                            appflow.describeConnector(ConnectorKey.amazon("Salesforce")));
                }
            }
        }

        // The sentinels were in use: every request was signed with the sentinel key and carried its session token.
        assertThat(requests.requests()).isNotEmpty().allSatisfy(request -> {
            assertThat(request.header("Authorization")).contains(SecretSentinels.FILE_ACCESS_KEY_ID);
            assertThat(request.header("X-Amz-Security-Token")).isEqualTo(SecretSentinels.FILE_SESSION_TOKEN);
        });
        List<String> documents = HistoryFiles.documents(file);
        assertThat(documents).hasSizeGreaterThan(3).anyMatch(d -> d.contains("\"connectorConfiguration\""));
        for (String document : documents) {
            SecretSentinels.assertNoneIn("a document in the history", document);
        }
        SecretSentinels.assertNoneIn("the history file", HistoryFiles.rawBytes(file));
    }

    private static List<JsonNode> pages(Function<String, JsonNode> call) {
        List<JsonNode> pages = new ArrayList<>();
        String token = null;
        do {
            JsonNode page = call.apply(token);
            pages.add(page);
            token = page.path("nextToken").asText(null);
        } while (token != null && !token.isEmpty());
        return pages;
    }
}
