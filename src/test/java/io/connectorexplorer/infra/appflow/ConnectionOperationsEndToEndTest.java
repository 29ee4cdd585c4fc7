package io.connectorexplorer.infra.appflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.connectorexplorer.app.Services;
import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.EntityQuery;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.TargetResolver;
import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.profile.AwsEnvironment;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.CannedResponse;
import io.connectorexplorer.testsupport.RecordingHook;
import io.connectorexplorer.testsupport.TestThreads;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection-level operations the command line does not call, through the real SDK: the metadata cache reset. */
class ConnectionOperationsEndToEndTest {

    @TempDir
    Path folder;

    private AppFlowTestAccount account;
    private Services services;
    private AccountSession session;

    @BeforeEach
    void open() throws Exception {
        account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder);
        services = Services.create(new AwsEnvironment(account.variables(), folder), AppFlowTestAccount.TIMEOUTS);
        AwsProfile profile = TargetResolver.find(services.profiles().profiles(), AppFlowTestAccount.PROFILE)
                .orElseThrow();
        Target target = new Target(profile, "eu-west-1");
        session = new AccountSession(target, services.accounts().open(target), TestThreads.SERVICE_CALLS);
    }

    @AfterEach
    void close() {
        session.close();
        services.close();
        account.close();
    }

    @Test
    void aResetSendsTheConnectionEntityAndPathAndTakesTheEmptyAnswer() {
        RecordingHook requests = new RecordingHook();
        account.endpoint().setHook(requests);

        session.connections()
                .resetMetadata(new EntityQuery("acme-crm-main", "CustomConnector", "projects", "v2"), "projects/tasks");

        assertThat(requests.requests()).hasSize(1);
        assertThat(requests.requests().get(0).operation()).isEqualTo("ResetConnectorMetadataCache");
        assertThat(requests.requests().get(0).body())
                .isEqualTo(io.connectorexplorer.testsupport.JsonTrees.parse(
                        "{\"apiVersion\":\"v2\",\"connectorEntityName\":\"projects/tasks\","
                                + "\"connectorProfileName\":\"acme-crm-main\",\"connectorType\":\"CustomConnector\","
                                + "\"entitiesPath\":\"projects\"}"));
    }

    @Test
    void aResetAlreadyUnderWayIsAConflictThatSaysToWait() {
        account.endpoint()
                .setHook((operation, body) ->
                        Optional.of(CannedResponse.error(409, "ConflictException", "A reset is already in progress.")));

        ServiceCallException e = catchThrowableOfType(
                () -> session.connections().resetMetadata(new EntityQuery("salesforce-prod", null, null, null), null),
                ServiceCallException.class);

        assertThat(e.errorCode()).isEqualTo("ConflictException");
        assertThat(e.statusCode()).isEqualTo(409);
        assertThat(e.headline())
                .isEqualTo("ResetConnectorMetadataCache failed: ConflictException (HTTP 409): A reset is already in"
                        + " progress.");
        assertThat(e.advice())
                .isEqualTo("AppFlow is already busy with the connection salesforce-prod (a reset of its metadata cache"
                        + " or a change is under way): wait a minute, then retry.");
    }

    @Test
    void anEmptyBodyAnswersAResetButNotAListing() {
        account.endpoint()
                .setHook((operation, body) -> Optional.of(new CannedResponse(200, java.util.Map.of(), new byte[0])));

        session.connections().resetMetadata(new EntityQuery("salesforce-prod", null, null, null), null);
        ServiceCallException e = catchThrowableOfType(
                () -> session.connections().flow("salesforce-accounts-to-s3"), ServiceCallException.class);

        assertThat(e.kind()).isEqualTo(ServiceCallException.Kind.BAD_RESPONSE);
    }
}
