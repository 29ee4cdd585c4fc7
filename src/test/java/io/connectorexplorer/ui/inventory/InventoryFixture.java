package io.connectorexplorer.ui.inventory;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.Capability;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.inventory.InventoryListener;
import io.connectorexplorer.core.inventory.InventoryRequest;
import io.connectorexplorer.core.inventory.TargetInventory;
import io.connectorexplorer.core.inventory.TargetState;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.core.search.SeenConnectors;
import io.connectorexplorer.ui.common.StatusModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inventory view model over a scripted source: the test tells each run's listener what it likes, in any order;
 * pulses run only when the test says; what was opened in the main window and signed in is recorded.
 */
final class InventoryFixture {

    static final AwsProfile ALPHA = profile("alpha", ProfileKind.STATIC_KEYS);
    static final AwsProfile BETA = profile("beta", ProfileKind.STATIC_KEYS);
    static final AwsProfile GAMMA = profile("gamma", ProfileKind.SSO);
    static final Target ALPHA_EU = new Target(ALPHA, "eu-west-1");
    static final Target ALPHA_US = new Target(ALPHA, "us-east-1");
    static final Target BETA_EU = new Target(BETA, "eu-west-1");
    static final Target GAMMA_EU = new Target(GAMMA, "eu-west-1");
    static final Target GAMMA_US = new Target(GAMMA, "us-east-1");

    /** One started run: what it asked, whom it tells, whether it was cancelled. */
    static final class Run {
        final InventoryRequest request;
        final InventoryListener listener;
        final Map<Target, TargetState> told = new HashMap<>();
        boolean cancelled;

        Run(InventoryRequest request, InventoryListener listener) {
            this.request = request;
            this.listener = listener;
        }

        Run tell(Target target, TargetState state) {
            told.put(target, state);
            listener.stateChanged(target, state);
            return this;
        }
    }

    final List<Run> runs = new ArrayList<>();
    final List<Runnable> pulses = new ArrayList<>();
    final List<String> opened = new ArrayList<>();
    final List<String> signIns = new ArrayList<>();
    final SeenConnectors seen = new SeenConnectors();
    final StatusModel status = new StatusModel();
    final InventoryViewModel model = new InventoryViewModel(
            (request, deliverOn, listener) -> {
                Run run = new Run(request, listener);
                runs.add(run);
                for (Target target : request.targets()) {
                    run.tell(target, TargetState.QUEUED);
                }
                return () -> {
                    run.cancelled = true;
                    // As FleetInventory does: the targets not final yet are told cancelled.
                    for (Target target : request.targets()) {
                        if (!run.told.get(target).isFinal()) {
                            run.tell(target, TargetState.CANCELLED);
                        }
                    }
                };
            },
            Runnable::run,
            pulses::add,
            seen,
            (target, key) -> opened.add(key.displayId() + " in " + target.displayName()),
            profile -> signIns.add(profile.name()),
            status);

    static AwsProfile profile(String name, ProfileKind kind) {
        return new AwsProfile(name, kind, "eu-west-1", null);
    }

    Run lastRun() {
        return runs.get(runs.size() - 1);
    }

    /** Runs the pulse that was asked for; false when none was. */
    boolean pulse() {
        if (pulses.isEmpty()) {
            return false;
        }
        List<Runnable> due = List.copyOf(pulses);
        pulses.clear();
        due.forEach(Runnable::run);
        return true;
    }

    static TargetState done(Target target, ConnectorSummary... connectors) {
        return new TargetState.Done(new TargetInventory(target, account(target), List.of(connectors)));
    }

    static String account(Target target) {
        return target.profile() == ALPHA ? "111111111111" : "222222222222";
    }

    static TargetState failed(String message) {
        return new TargetState.Failed(ServiceCallException.network("DescribeConnectors", message));
    }

    static TargetState needsSignIn() {
        return new TargetState.NeedsSignIn(ServiceCallException.of(
                ServiceCallException.Kind.SIGN_IN_REQUIRED, null, "No SSO sign-in exists for this profile."));
    }

    static ConnectorSummary amazon(String type, String name, boolean source, boolean destination) {
        return new ConnectorSummary(
                ConnectorKey.amazon(type), name, name + " by Amazon", "Amazon", flag(source), flag(destination));
    }

    static ConnectorSummary custom(String label, String version, String description) {
        return new ConnectorSummary(
                ConnectorKey.custom(label),
                label + " connector",
                description,
                "Acme",
                Capability.YES,
                Capability.NO,
                version);
    }

    private static Capability flag(boolean yes) {
        return yes ? Capability.YES : Capability.NO;
    }
}
