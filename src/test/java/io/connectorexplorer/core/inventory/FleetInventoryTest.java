package io.connectorexplorer.core.inventory;

import static io.connectorexplorer.core.inventory.ScriptedFleet.target;
import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.account.AccountSessions;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.error.ServiceCallException.Kind;
import io.connectorexplorer.core.inventory.TargetState.Cancelled;
import io.connectorexplorer.core.inventory.TargetState.Done;
import io.connectorexplorer.core.inventory.TargetState.Failed;
import io.connectorexplorer.core.inventory.TargetState.Loading;
import io.connectorexplorer.core.inventory.TargetState.NeedsSignIn;
import io.connectorexplorer.core.inventory.TargetState.Queued;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FleetInventoryTest {

    private final ExecutorService serviceCalls = Executors.newFixedThreadPool(16);
    private final ScriptedFleet fleet = new ScriptedFleet();
    private final RecordingListener listener = new RecordingListener();

    @AfterEach
    void stop() {
        serviceCalls.shutdownNow();
    }

    private FleetInventory inventory(int concurrentTargets) {
        return new FleetInventory(new AccountSessions(fleet, serviceCalls), serviceCalls, concurrentTargets);
    }

    @Test
    void eachAnswerIsToldAsItArrivesWhileASlowTargetIsStillLoading() throws Exception {
        Target slow = target("slow", "eu-west-1");
        Target quick = target("quick", "eu-west-1");
        Target other = target("quick", "us-east-1");
        fleet.lists(slow, "S3")
                .lists(quick, "S3", "custom/acme@1.0")
                .lists(other, "S3")
                .holds(slow);

        InventoryRun run =
                inventory(8).start(new InventoryRequest(List.of(slow, quick, other)), Runnable::run, listener);

        assertThat(listener.await(e -> e.target().equals(quick) && e.state() instanceof Done))
                .isTrue();
        assertThat(listener.await(e -> e.target().equals(other) && e.state() instanceof Done))
                .isTrue();
        assertThat(run.matrix().state(slow)).isInstanceOf(Loading.class);
        assertThat(run.finished()).isNotDone();
        assertThat(run.progress()).isEqualTo(new InventoryProgress(3, 0, 1, 2, 0, 0, 0));

        fleet.release(slow);

        InventoryMatrix matrix = run.finished().get(10, TimeUnit.SECONDS);
        assertThat(matrix.everyTargetAnswered()).isTrue();
        assertThat(matrix.answer(quick).orElseThrow().connectors())
                .extracting(c -> c.key().displayId() + " " + c.version())
                .containsExactly("S3 null", "CustomConnector/acme 1.0");
        assertThat(matrix.answer(quick).orElseThrow().accountId()).isEqualTo(ScriptedFleet.accountOf("quick"));
        assertThat(listener.finished).isSameAs(matrix);
        assertThat(listener.finishedCalls()).isEqualTo(1);
        for (Target target : List.of(slow, quick, other)) {
            assertThat(listener.statesOf(target)).containsExactly(Queued.class, Loading.class, Done.class);
        }
        assertThat(fleet.describes).hasValue(0);
        assertThat(fleet.closed).as("every session closed").hasValue(3);
    }

    @Test
    void atMostTheBoundOfTargetsLoadAtOnceAndTheListenerIsNeverCalledTwiceAtOnce() throws Exception {
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Target target = target("p" + (i / 4), "region-" + (i % 4));
            fleet.lists(target, "S3", "Salesforce");
            targets.add(target);
        }
        fleet.listingMillis = 20;

        InventoryRun run = inventory(3).start(new InventoryRequest(targets), Runnable::run, listener);
        InventoryMatrix matrix = run.finished().get(20, TimeUnit.SECONDS);

        assertThat(matrix.everyTargetAnswered()).isTrue();
        assertThat(fleet.peakLoading()).isBetween(2, 3);
        assertThat(listener.overlapped).isFalse();
        assertThat(fleet.identities)
                .as("the account asked once per profile, not per region")
                .hasValue(6);
        assertThat(matrix.rows())
                .extracting(ConnectorRow::key)
                .containsExactly(ConnectorKey.amazon("S3"), ConnectorKey.amazon("Salesforce"));
    }

    @Test
    void aFailureOrASignInIsThatTargetsAloneAndTheRestAnswer() throws Exception {
        Target down = target("down", "eu-west-1");
        Target sso = target("sso", "eu-west-1");
        Target fine = target("fine", "eu-west-1");
        fleet.lists(fine, "S3")
                .fails(down, ServiceCallException.network("DescribeConnectors", "Connection refused"))
                .fails(
                        sso,
                        ServiceCallException.of(Kind.SIGN_IN_REQUIRED, null, "No SSO sign-in exists for SSO session"));

        InventoryMatrix matrix = inventory(8)
                .start(new InventoryRequest(List.of(down, sso, fine)), Runnable::run, listener)
                .finished()
                .get(10, TimeUnit.SECONDS);

        assertThat(matrix.state(down)).isInstanceOf(Failed.class);
        assertThat(matrix.state(down).failure().orElseThrow().getMessage()).isEqualTo("Connection refused");
        assertThat(matrix.state(sso)).isInstanceOf(NeedsSignIn.class);
        assertThat(matrix.state(fine)).isInstanceOf(Done.class);
        assertThat(matrix.everyTargetAnswered()).isFalse();
        assertThat(matrix.failedTargets()).containsExactly(down, sso);
        assertThat(matrix.rows())
                .singleElement()
                .satisfies(row -> assertThat(row.cells())
                        .extracting(InventoryCell::isAnswered)
                        .containsExactly(false, false, true));
        assertThat(listener.statesOf(sso)).containsExactly(Queued.class, Loading.class, NeedsSignIn.class);
    }

    @Test
    void aFailedIdentityLeavesTheConnectorsWithoutAnAccount() throws Exception {
        Target target = target("no-sts", "eu-west-1");
        fleet.lists(target, "S3").identityFails("no-sts", ServiceCallException.network("GetCallerIdentity", "refused"));

        InventoryMatrix matrix = inventory(8)
                .start(new InventoryRequest(List.of(target)), Runnable::run, listener)
                .finished()
                .get(10, TimeUnit.SECONDS);

        TargetInventory answer = matrix.answer(target).orElseThrow();
        assertThat(answer.accountIdIfKnown()).isEmpty();
        assertThat(answer.connectors()).hasSize(1);
    }

    @Test
    void cancelEndsQueuedAndLoadingTargetsAtOnceAndDropsWhatAnswersLate() throws Exception {
        Target loading = target("a", "eu-west-1");
        Target queued = target("b", "eu-west-1");
        Target answered = target("c", "eu-west-1");
        fleet.lists(answered, "S3").lists(loading, "S3").lists(queued, "S3").holds(loading);

        InventoryRun run =
                inventory(1).start(new InventoryRequest(List.of(answered, loading, queued)), Runnable::run, listener);
        assertThat(fleet.awaitEntered(loading)).isTrue();
        run.cancel();

        InventoryMatrix matrix = run.finished().get(5, TimeUnit.SECONDS);
        assertThat(matrix.state(answered)).isInstanceOf(Done.class);
        assertThat(matrix.state(loading)).isInstanceOf(Cancelled.class);
        assertThat(matrix.state(queued)).isInstanceOf(Cancelled.class);
        assertThat(listener.statesOf(queued)).containsExactly(Queued.class, Cancelled.class);
        fleet.release(loading);
        Thread.sleep(100);
        assertThat(listener.statesOf(loading)).containsExactly(Queued.class, Loading.class, Cancelled.class);
        assertThat(listener.finishedCalls()).isEqualTo(1);
        assertThat(run.matrix().state(loading)).isInstanceOf(Cancelled.class);
    }

    @Test
    void eventsGoToTheExecutorTheCallerChoseInOrder() throws Exception {
        ExecutorService uiThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "pretend-ui"));
        try {
            Target target = target("p", "eu-west-1");
            fleet.lists(target, "S3");
            List<String> threads = new ArrayList<>();
            InventoryListener onUi = new InventoryListener() {
                @Override
                public void stateChanged(Target t, TargetState state) {
                    threads.add(Thread.currentThread().getName());
                    listener.stateChanged(t, state);
                }
            };

            inventory(8)
                    .start(new InventoryRequest(List.of(target)), uiThread, onUi)
                    .finished()
                    .get(10, TimeUnit.SECONDS);

            assertThat(threads).containsOnly("pretend-ui").hasSize(3);
            assertThat(listener.statesOf(target)).containsExactly(Queued.class, Loading.class, Done.class);
        } finally {
            uiThread.shutdownNow();
        }
    }
}
