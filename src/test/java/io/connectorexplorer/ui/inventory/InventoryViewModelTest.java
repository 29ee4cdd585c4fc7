package io.connectorexplorer.ui.inventory;

import static io.connectorexplorer.ui.inventory.InventoryFixture.ALPHA_EU;
import static io.connectorexplorer.ui.inventory.InventoryFixture.ALPHA_US;
import static io.connectorexplorer.ui.inventory.InventoryFixture.BETA_EU;
import static io.connectorexplorer.ui.inventory.InventoryFixture.GAMMA;
import static io.connectorexplorer.ui.inventory.InventoryFixture.GAMMA_EU;
import static io.connectorexplorer.ui.inventory.InventoryFixture.GAMMA_US;
import static io.connectorexplorer.ui.inventory.InventoryFixture.amazon;
import static io.connectorexplorer.ui.inventory.InventoryFixture.custom;
import static io.connectorexplorer.ui.inventory.InventoryFixture.done;
import static io.connectorexplorer.ui.inventory.InventoryFixture.failed;
import static io.connectorexplorer.ui.inventory.InventoryFixture.needsSignIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.inventory.ConnectorRow;
import io.connectorexplorer.core.inventory.InventoryCell;
import io.connectorexplorer.core.inventory.TargetState;
import io.connectorexplorer.core.search.SeenConnectors;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryViewModelTest {

    private final InventoryFixture fx = new InventoryFixture();
    private final InventoryViewModel model = fx.model;

    private static final ConnectorSummary S3 = amazon("S3", "Amazon S3", true, true);
    private static final ConnectorSummary SLACK = amazon("Slack", "Slack", true, false);
    private static final ConnectorSummary ACME_32 = custom("acme-crm", "3.2.0", "CRM of Acme");
    private static final ConnectorSummary ACME_31 = custom("acme-crm", "3.1.0", "CRM of Acme");

    @Test
    void statesArrivingInAnyOrderEndInTheSameMatrixAndProgress() {
        model.start(List.of(ALPHA_EU, ALPHA_US, BETA_EU));
        fx.pulse();
        assertThat(model.isRunning()).isTrue();
        assertThat(model.progressTextProperty().get()).isEqualTo("0 of 3 targets");

        // The last column answers first, the first fails before it ever said it was loading.
        fx.lastRun()
                .tell(BETA_EU, TargetState.LOADING)
                .tell(BETA_EU, done(BETA_EU, S3, ACME_31))
                .tell(ALPHA_EU, failed("The connection broke off."));
        fx.pulse();
        assertThat(model.progressTextProperty().get()).isEqualTo("2 of 3 targets · 1 failed");
        assertThat(model.getTargets())
                .extracting(TargetStatus::shortState)
                .containsExactly("failed", "queued", "222222222222");
        assertThat(rows()).containsExactly("S3", "CustomConnector/acme-crm");

        fx.lastRun().tell(ALPHA_US, TargetState.LOADING).tell(ALPHA_US, done(ALPHA_US, S3, SLACK));
        fx.pulse();

        assertThat(model.isRunning()).isFalse();
        assertThat(model.progressTextProperty().get()).isEqualTo("3 targets: 2 answered · 1 failed");
        assertThat(rows()).containsExactly("S3", "Slack", "CustomConnector/acme-crm");
        ConnectorRow acme = model.matrix().getRows().get(2);
        assertThat(acme.cells()).extracting(MatrixTexts::cell).containsExactly("!", MatrixTexts.ABSENT, "3.1.0 S –");
        assertThat(model.getTargets().get(0).detail())
                .isEqualTo("Failed: DescribeConnectors failed: The connection broke off.");
        assertThat(fx.status.getMessage()).isEqualTo("Inventory done: 3 targets: 2 answered · 1 failed");
    }

    @Test
    void answersBetweenTwoPulsesAreAppliedInOneGo() {
        model.start(List.of(ALPHA_EU, ALPHA_US, BETA_EU));
        fx.pulse();
        int before = model.appliedPulses();

        for (Target target : List.of(ALPHA_EU, ALPHA_US, BETA_EU)) {
            fx.lastRun().tell(target, TargetState.LOADING).tell(target, done(target, S3));
        }

        assertThat(fx.pulses).as("one pulse asked for six answers").hasSize(1);
        assertThat(model.matrix().getRows())
                .as("nothing drawn before the pulse")
                .isEmpty();
        assertThat(model.getTargets()).allMatch(t -> t.state() instanceof TargetState.Queued);
        fx.pulse();
        assertThat(model.appliedPulses()).isEqualTo(before + 1);
        assertThat(rows()).containsExactly("S3");
        assertThat(model.getTargets()).allMatch(t -> t.state() instanceof TargetState.Done);
        assertThat(fx.pulse()).as("no pulse asked for when nothing arrived").isFalse();
    }

    @Test
    void everyAnswerGoesToTheConnectorsGoToAnythingFinds() {
        model.start(List.of(ALPHA_EU, BETA_EU));
        fx.lastRun().tell(ALPHA_EU, done(ALPHA_EU, S3, ACME_32)).tell(BETA_EU, failed("down"));

        assertThat(fx.seen.all())
                .extracting(
                        SeenConnectors.Sighting::target,
                        s -> s.connector().key().displayId())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ALPHA_EU, "S3"),
                        org.assertj.core.groups.Tuple.tuple(ALPHA_EU, "CustomConnector/acme-crm"));
    }

    @Test
    void cancelStopsTheRunAndKeepsWhatAnswered() {
        model.start(List.of(ALPHA_EU, ALPHA_US, BETA_EU));
        fx.lastRun().tell(ALPHA_EU, done(ALPHA_EU, S3)).tell(ALPHA_US, TargetState.LOADING);
        fx.pulse();

        model.cancel();
        fx.pulse();

        assertThat(fx.lastRun().cancelled).isTrue();
        assertThat(model.isRunning()).isFalse();
        assertThat(model.getTargets())
                .extracting(TargetStatus::shortState)
                .containsExactly("111111111111", "cancelled", "cancelled");
        assertThat(model.progressTextProperty().get()).isEqualTo("3 targets: 1 answered · 2 cancelled");
        assertThat(rows()).containsExactly("S3");

        model.retryFailed();
        assertThat(fx.lastRun().request.targets()).containsExactly(ALPHA_US, BETA_EU);
        fx.pulse();
        assertThat(model.isRunning()).isTrue();
    }

    @Test
    void aNewInventoryDropsWhatTheOldOneStillSays() {
        model.start(List.of(ALPHA_EU, BETA_EU));
        InventoryFixture.Run old = fx.lastRun();
        model.start(List.of(BETA_EU));
        assertThat(old.cancelled).isTrue();

        old.tell(BETA_EU, done(BETA_EU, S3, SLACK));
        fx.pulse();

        assertThat(model.getTargets()).extracting(TargetStatus::target).containsExactly(BETA_EU);
        assertThat(model.getTargets().get(0).state()).isInstanceOf(TargetState.Queued.class);
        assertThat(model.matrix().getRows()).isEmpty();
    }

    @Test
    void signingInAsksThatProfilesTargetsAgainOnceSignedIn() {
        model.start(List.of(ALPHA_EU, GAMMA_EU, GAMMA_US));
        fx.lastRun()
                .tell(ALPHA_EU, done(ALPHA_EU, S3))
                .tell(GAMMA_EU, needsSignIn())
                .tell(GAMMA_US, needsSignIn());
        fx.pulse();
        TargetStatus line = model.getTargets().get(1);
        assertThat(line.action()).isEqualTo(TargetStatus.Action.SIGN_IN);
        assertThat(line.tooltip()).contains("Sign in");

        model.act(line);
        assertThat(fx.signIns).containsExactly(GAMMA.name());
        assertThat(fx.runs).hasSize(1);

        model.signedIn();
        assertThat(fx.runs).hasSize(2);
        assertThat(fx.lastRun().request.targets()).containsExactly(GAMMA_EU, GAMMA_US);
        fx.lastRun().tell(GAMMA_EU, done(GAMMA_EU, S3)).tell(GAMMA_US, done(GAMMA_US, S3, SLACK));
        fx.pulse();
        assertThat(model.progressTextProperty().get()).isEqualTo("3 targets: 3 answered");

        model.signedIn();
        assertThat(fx.runs).as("a sign-in asked elsewhere asks nothing again").hasSize(2);
    }

    @Test
    void aPresentCellOpensInTheMainWindowAndAnAbsentOneSaysWhy() {
        model.start(List.of(ALPHA_EU, BETA_EU));
        fx.lastRun().tell(ALPHA_EU, done(ALPHA_EU, S3, ACME_32)).tell(BETA_EU, done(BETA_EU, S3));
        fx.pulse();
        ConnectorRow acme = row("CustomConnector/acme-crm");

        assertThat(model.open(acme, 0)).isTrue();
        assertThat(fx.opened).containsExactly("CustomConnector/acme-crm in alpha · eu-west-1");

        assertThat(model.open(acme, 1)).isFalse();
        assertThat(fx.opened).hasSize(1);
        assertThat(fx.status.getMessage()).isEqualTo("beta · eu-west-1 does not have acme-crm connector.");

        assertThat(model.openAnywhere(row("S3"))).isTrue();
        assertThat(fx.opened).last().isEqualTo("S3 in alpha · eu-west-1");
    }

    @Test
    void anUnansweredCellOpensNothing() {
        model.start(List.of(ALPHA_EU, BETA_EU));
        fx.lastRun().tell(ALPHA_EU, done(ALPHA_EU, S3)).tell(BETA_EU, failed("down"));
        fx.pulse();

        assertThat(model.open(row("S3"), 1)).isFalse();
        assertThat(fx.opened).isEmpty();
        assertThat(fx.status.getMessage()).startsWith("beta · eu-west-1 has not answered: Failed: ");
        assertThat(row("S3").cell(1)).isInstanceOf(InventoryCell.Unanswered.class);
    }

    private List<String> rows() {
        return model.matrix().getRows().stream().map(r -> r.key().displayId()).toList();
    }

    private ConnectorRow row(String displayId) {
        return model.matrix().getRows().stream()
                .filter(r -> r.key().displayId().equals(displayId))
                .findFirst()
                .orElseThrow();
    }

    static ConnectorKey key(String type) {
        return ConnectorKey.amazon(type);
    }
}
