package io.connectorexplorer.core.inventory;

import static io.connectorexplorer.core.connector.Capability.NO;
import static io.connectorexplorer.core.connector.Capability.NOT_STATED;
import static io.connectorexplorer.core.connector.Capability.UNKNOWN;
import static io.connectorexplorer.core.connector.Capability.YES;
import static io.connectorexplorer.core.inventory.InventoryMatrixTest.amazon;
import static io.connectorexplorer.core.inventory.InventoryMatrixTest.custom;
import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.testsupport.JsonTrees;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The matrix as JSON and as CSV. */
class InventoryExportTest {

    static final Target EU = InventoryMatrixTest.EU;
    static final Target DOWN = InventoryMatrixTest.DOWN;
    static final Target SSO = ScriptedFleet.target("sso", "us-east-1");

    private final InventoryMatrix matrix = InventoryMatrix.of(
            List.of(EU, DOWN, SSO),
            Map.of(
                    EU,
                    new TargetState.Done(new TargetInventory(
                            EU,
                            null,
                            List.of(
                                    amazon("S3", YES, NOT_STATED),
                                    new ConnectorSummary(
                                            ConnectorKey.custom("acme"),
                                            "Acme, \"the\" CRM",
                                            null,
                                            null,
                                            YES,
                                            NO,
                                            "3.2.0"),
                                    custom("old", null, UNKNOWN, UNKNOWN)))),
                    DOWN,
                    new TargetState.Failed(ServiceCallException.fromService(
                            ServiceCallException.Kind.THROTTLED,
                            "ListConnectors",
                            "ThrottlingException",
                            429,
                            "Rate exceeded")),
                    SSO,
                    TargetState.failedWith(ServiceCallException.of(
                            ServiceCallException.Kind.SIGN_IN_REQUIRED, null, "No SSO sign-in exists."))));

    @Test
    void jsonHasAnObjectPerConnectorPerTargetAndOnePerFailedTarget() {
        assertThat(JsonTrees.parse(InventoryJson.render(matrix))).isEqualTo(JsonTrees.parse("""
                [
                  {"profile": "dev", "region": "eu-west-1", "connectorType": "S3", "connectorName": "S3 name",
                   "canUseAsSource": true},
                  {"profile": "dev", "region": "eu-west-1", "connectorType": "CustomConnector",
                   "connectorLabel": "acme", "connectorName": "Acme, \\"the\\" CRM", "connectorVersion": "3.2.0",
                   "canUseAsSource": true, "canUseAsDestination": false},
                  {"profile": "dev", "region": "eu-west-1", "connectorType": "CustomConnector",
                   "connectorLabel": "old", "connectorName": "old name",
                   "canUseAsSource": null, "canUseAsDestination": null},
                  {"profile": "down", "region": "eu-west-1", "error": {"code": "ThrottlingException",
                   "kind": "THROTTLED", "message": "ListConnectors: Rate exceeded"}},
                  {"profile": "sso", "region": "us-east-1", "error": {"code": "SIGN_IN_REQUIRED",
                   "kind": "SIGN_IN_REQUIRED", "message": "No SSO sign-in exists."}}
                ]"""));
    }

    @Test
    void csvHasTheSameRowsQuotedAsRfc4180WithCrlfLineEnds() {
        assertThat(InventoryCsv.render(matrix))
                .isEqualTo("profile,region,accountId,connectorType,connectorLabel,connectorName,connectorVersion,"
                        + "canUseAsSource,canUseAsDestination,errorCode,errorMessage\r\n"
                        + "dev,eu-west-1,,S3,,S3 name,,true,,,\r\n"
                        + "dev,eu-west-1,,CustomConnector,acme,\"Acme, \"\"the\"\" CRM\",3.2.0,true,false,,\r\n"
                        + "dev,eu-west-1,,CustomConnector,old,old name,,unknown,unknown,,\r\n"
                        + "down,eu-west-1,,,,,,,,ThrottlingException,ListConnectors: Rate exceeded\r\n"
                        + "sso,us-east-1,,,,,,,,SIGN_IN_REQUIRED,No SSO sign-in exists.\r\n");
    }

    @Test
    void aFieldWithALineBreakIsQuotedToo() {
        assertThat(InventoryCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(InventoryCsv.field("plain")).isEqualTo("plain");
        assertThat(InventoryCsv.field("")).isEqualTo("");
    }

    @Test
    void onlyTheRowsAskedForAreExportedAndFailuresAlways() {
        String csv = InventoryCsv.render(matrix, key -> key.isCustom());
        String json = InventoryJson.render(matrix, key -> key.equals(ConnectorKey.amazon("S3")));

        assertThat(csv.lines()).hasSize(1 + 2 + 2).noneMatch(line -> line.contains(",S3,"));
        assertThat(JsonTrees.parse(json)).hasSize(1 + 2);
    }
}
