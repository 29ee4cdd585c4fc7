package io.connectorexplorer.ui.compare;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.task.Cancellation;
import java.util.List;

/**
 * Earlier versions of the connector shown, to compare with: the seam for the snapshot store ({@link SnapshotSource#of}
 * in the app, {@link #NONE} in tests). {@link ConnectorSubject} asks it once per opening of the picker, off the FX
 * thread.
 */
@FunctionalInterface
public interface EarlierVersions {

    EarlierVersions NONE = (target, connector, cancellation) -> List.of();

    /** The earlier versions of {@code connector} at {@code target}, newest first. Slow: off the FX thread. */
    List<CompareSource> of(Target target, ConnectorKey connector, Cancellation cancellation) throws Exception;
}
