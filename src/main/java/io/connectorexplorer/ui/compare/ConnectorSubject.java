package io.connectorexplorer.ui.compare;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.task.Cancellation;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A connector's configuration: described at another target ({@code targets}, a {@link TargetSource} in the app), or
 * as the history kept it before ({@code earlier}).
 */
public record ConnectorSubject(
        ConnectorKey connector,
        BiFunction<Target, ConnectorKey, CompareSource> targets,
        EarlierVersions earlierVersions)
        implements CompareSubject {

    @Override
    public String name() {
        return connector.label().orElse(connector.connectorType());
    }

    /** The connector's ID: what the window remembered before it compared anything else. */
    @Override
    public String memoryKey() {
        return connector.displayId();
    }

    @Override
    public CompareSource at(Target target) {
        return targets.apply(target, connector);
    }

    @Override
    public List<CompareSource> earlier(Target shown, Cancellation cancellation) throws Exception {
        return earlierVersions.of(shown, connector, cancellation);
    }

    @Override
    public String reading(String where) {
        return "Describing " + name() + " in " + where + "…";
    }

    @Override
    public String missingFrom(String where) {
        return name() + (connector.isCustom() ? " is not registered in " : " is not available in ") + where;
    }

    @Override
    public String whenMissing() {
        return "Pick another profile or region (Ctrl+L), or register the connector there.";
    }

    @Override
    public String toString() {
        return "ConnectorSubject[" + connector.displayId() + "]";
    }
}
