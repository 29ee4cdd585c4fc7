package io.connectorexplorer.core.inventory;

import static io.connectorexplorer.core.connector.Capability.NO;
import static io.connectorexplorer.core.connector.Capability.UNKNOWN;
import static io.connectorexplorer.core.connector.Capability.YES;
import static io.connectorexplorer.core.inventory.ScriptedFleet.target;
import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.Capability;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.error.ServiceCallException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InventoryMatrixTest {

    static final Target EU = target("dev", "eu-west-1");
    static final Target US = target("dev", "us-east-1");
    static final Target PROD = target("prod", "eu-west-1");
    static final Target DOWN = target("down", "eu-west-1");

    static ConnectorSummary amazon(String type, Capability source, Capability destination) {
        return new ConnectorSummary(ConnectorKey.amazon(type), type + " name", null, null, source, destination);
    }

    static ConnectorSummary custom(String label, String version, Capability source, Capability destination) {
        return new ConnectorSummary(
                ConnectorKey.custom(label), label + " name", null, null, source, destination, version);
    }

    static TargetState done(Target target, ConnectorSummary... connectors) {
        return new TargetState.Done(new TargetInventory(target, "123456789012", List.of(connectors)));
    }

    @Test
    void rowsAreConnectorTypesThenCustomConnectorsEachAlphabeticallyWithACellPerTarget() {
        InventoryMatrix matrix = InventoryMatrix.of(
                List.of(EU, US, DOWN),
                Map.of(
                        EU, done(EU, custom("zeta", "1.0", YES, NO), amazon("S3", YES, YES), amazon("Asana", YES, NO)),
                        US, done(US, amazon("S3", YES, YES), custom("acme", null, UNKNOWN, UNKNOWN)),
                        DOWN, new TargetState.Failed(ServiceCallException.network("DescribeConnectors", "refused"))));

        assertThat(matrix.rows())
                .extracting(row -> row.key().displayId())
                .containsExactly("Asana", "S3", "CustomConnector/acme", "CustomConnector/zeta");
        ConnectorRow zeta = matrix.rows().get(3);
        assertThat(zeta.name()).isEqualTo("zeta name");
        assertThat(((InventoryCell.Present) zeta.cell(0)).version()).contains("1.0");
        assertThat(zeta.cell(1)).isEqualTo(InventoryCell.ABSENT);
        assertThat(zeta.cell(2))
                .isInstanceOfSatisfying(
                        InventoryCell.Unanswered.class,
                        cell -> assertThat(cell.state().failure()).isPresent());
    }

    @Test
    void aRowDiffersWhenAnsweredTargetsDisagreeOnPresenceVersionOrFlagsButNotOverUnansweredOnes() {
        InventoryMatrix matrix = InventoryMatrix.of(
                List.of(EU, US, PROD, DOWN),
                Map.of(
                        EU,
                                done(
                                        EU,
                                        amazon("S3", YES, YES),
                                        amazon("Slack", YES, NO),
                                        amazon("Redshift", NO, YES),
                                        custom("acme", "3.2.0", YES, YES)),
                        US,
                                done(
                                        US,
                                        amazon("S3", YES, YES),
                                        amazon("Slack", YES, YES),
                                        custom("acme", "3.2.0", YES, YES)),
                        PROD,
                                done(
                                        PROD,
                                        amazon("S3", YES, YES),
                                        amazon("Slack", YES, NO),
                                        custom("acme", "3.1.0", YES, YES))));

        assertThat(matrix.differingRows())
                .extracting(row -> row.key().displayId())
                .containsExactly("Redshift", "Slack", "CustomConnector/acme");
        assertThat(matrix.progress()).isEqualTo(new InventoryProgress(4, 1, 0, 3, 0, 0, 0));
    }

    @Test
    void withAnswersANewMatrixAndLeavesThisOneAsItWas() {
        InventoryMatrix empty = InventoryMatrix.of(List.of(EU, US));

        InventoryMatrix one = empty.with(EU, done(EU, amazon("S3", YES, YES)));

        assertThat(empty.rows()).isEmpty();
        assertThat(empty.state(EU)).isInstanceOf(TargetState.Queued.class);
        assertThat(one.rows()).hasSize(1);
        assertThat(one.rows().get(0).differs())
                .as("one answer alone differs from nothing")
                .isFalse();
        assertThat(one.with(US, done(US)).rows().get(0).differs()).isTrue();
        assertThat(one.everyTargetAnswered()).isFalse();
        assertThat(one.with(US, done(US)).everyTargetAnswered()).isTrue();
    }
}
