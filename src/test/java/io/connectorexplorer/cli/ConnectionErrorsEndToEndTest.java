package io.connectorexplorer.cli;

import static io.connectorexplorer.testsupport.TestConnections.connection;
import static io.connectorexplorer.testsupport.TestConnections.entity;
import static io.connectorexplorer.testsupport.TestConnections.flow;
import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.infra.demo.DemoCatalogue;
import io.connectorexplorer.infra.demo.DemoConnections;
import io.connectorexplorer.testsupport.AppFlowTestAccount;
import io.connectorexplorer.testsupport.AppFlowTestAccount.Run;
import io.connectorexplorer.testsupport.CannedResponse;
import io.connectorexplorer.testsupport.TestConnections;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the user sees when a connection-level call fails: the service's error code and message, advice that fits the
 * code and names what was asked, exit status 1, nothing on standard output and no stack trace.
 */
class ConnectionErrorsEndToEndTest {

    @TempDir
    Path folder;

    @Test
    void expiredCredentialsOfTheConnectionSayToReauthorizeIt() throws Exception {
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder)) {
            Run entities = account.run("entities", "--connection", "zendesk-support");
            Run entity = account.run("entity", "--connection", "zendesk-support", "--entity", "tickets", "--json");

            String advice = "The credentials of the connection zendesk-support no longer work with the application it"
                    + " connects to (expired, revoked or changed there): update or re-authorize the connection in the"
                    + " AppFlow console, or create it again, then retry.\n";
            assertThat(entities.exitCode()).isEqualTo(1);
            assertThat(entities.out()).isEmpty();
            // The JDK's HTTP client hands the SDK no body with a 401, so the service's own message cannot come through.
            assertThat(entities.err())
                    .isEqualTo(
                            "connector-explorer entities: ListConnectorEntities failed: ConnectorAuthenticationException"
                                    + " (HTTP 401): The application the connection connects to refused its credentials (no"
                                    + " detail came with the error).\n" + advice);
            assertThat(entity.exitCode()).isEqualTo(1);
            assertThat(entity.err())
                    .startsWith("connector-explorer entity: DescribeConnectorEntity failed:"
                            + " ConnectorAuthenticationException (HTTP 401): ")
                    .endsWith(advice);
            assertThat(entities.err() + entity.err())
                    .doesNotContain("\tat ")
                    .doesNotContain(AppFlowTestAccount.SECRET_ACCESS_KEY)
                    .doesNotContain(AppFlowTestAccount.ACCESS_KEY_ID);
        }
    }

    @Test
    void aFailingApplicationSaysToRetryLaterWithTheServicesMessage() throws Exception {
        DemoConnections data = TestConnections.builder()
                .connections(connection("flaky", "Servicenow", null))
                .entities("flaky", "", "Tables", entity("incident", "Incident", false))
                .fault(
                        "flaky",
                        400,
                        "ConnectorServerException",
                        "ServiceNow returned HTTP 503: instance hibernating",
                        "ListConnectorEntities",
                        "DescribeConnectorEntity")
                .build();
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), data, folder)) {
            Run run = account.run("entity", "--connection", "flaky", "--entity", "incident");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err())
                    .isEqualTo("connector-explorer entity: DescribeConnectorEntity failed: ConnectorServerException"
                            + " (HTTP 400): ServiceNow returned HTTP 503: instance hibernating\n"
                            + "The application behind the connection flaky failed to answer (its own error, not"
                            + " AppFlow's): retry later, and check the application's status and the connection's access"
                            + " there.\n");
            assertThat(run.log()).contains("ConnectorServerException");
        }
    }

    @Test
    void anEntityOrPathThatDoesNotExistIsNamed() throws Exception {
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder)) {
            Run entity = account.run(
                    "entity", "--connection", "salesforce-prod", "--connector-type", "Salesforce", "--entity", "Nope");
            Run path = account.run(
                    "entities", "--connection", "acme-crm-main", "--entities-path", "accounts/nothing-below");
            Run connection =
                    account.run("entities", "--connection", "gone", "--connector-type", "Salesforce", "--json");

            assertThat(entity.exitCode()).isEqualTo(1);
            assertThat(entity.err())
                    .isEqualTo("connector-explorer entity: DescribeConnectorEntity failed: ResourceNotFoundException"
                            + " (HTTP 404): The entity Nope was not found for connector profile salesforce-prod.\n"
                            + "The connection salesforce-prod, or its entity Nope, does not exist in this account and"
                            + " region: check the name, the profile and the region.\n");
            assertThat(path.exitCode()).isEqualTo(1);
            assertThat(path.err())
                    .contains("ResourceNotFoundException (HTTP 404): The entities path accounts/nothing-below was not"
                            + " found for connector profile acme-crm-main.");
            assertThat(connection.exitCode()).isEqualTo(1);
            assertThat(connection.err())
                    .endsWith("The connection gone does not exist in this account and region: check the name, the"
                            + " profile and the region.\n");
        }
    }

    @Test
    void aFlowDeletedWhileTheFlowsOfAConnectionAreReadIsNamed() throws Exception {
        DemoConnections data = TestConnections.builder()
                .connections(connection("sf", "Salesforce", null))
                .flows(flow("short-lived", "Salesforce", "sf", "S3", "bucket"))
                .build();
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), data, folder)) {
            account.endpoint()
                    .setHook((operation, body) -> operation.equals("DescribeFlow")
                            ? Optional.of(CannedResponse.error(
                                    404, "ResourceNotFoundException", "Flow short-lived does not exist."))
                            : Optional.empty());

            Run run = account.run("flows", "--connection", "sf");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err())
                    .isEqualTo("connector-explorer flows: DescribeFlow failed: ResourceNotFoundException (HTTP 404):"
                            + " Flow short-lived does not exist.\n"
                            + "The flow short-lived does not exist in this account and region: check the name, the"
                            + " profile and the region.\n");
        }
    }

    @Test
    void aValueTheServiceRefusesIsAValidationErrorWithItsMessage() throws Exception {
        try (AppFlowTestAccount account = AppFlowTestAccount.start(DemoCatalogue.bundled(), folder)) {
            Run run = account.run(
                    "entities",
                    "--connection",
                    "acme-crm-main",
                    "--connector-type",
                    "CustomConnector",
                    "--entities-path",
                    "reports|sales");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err())
                    .startsWith("connector-explorer entities: ListConnectorEntities failed: ValidationException (HTTP"
                            + " 400): 1 validation error detected: Value at '/entitiesPath' failed to satisfy constraint:"
                            + " Member must satisfy regular expression pattern: [\\s\\w/!@#+=,.-]*\n")
                    .endsWith("AppFlow refused a value sent: check the connection name, connector type, entity name,"
                            + " entities path and API version.\n");
        }
    }
}
