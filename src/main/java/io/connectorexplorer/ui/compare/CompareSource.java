package io.connectorexplorer.ui.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.task.Cancellation;
import java.util.Objects;

/**
 * One side of a comparison: where a connector's configuration comes from — the main window's description, a describe
 * at another target, or (once the store lands) an earlier snapshot. A source reads its side when asked, off the FX
 * thread; the window only ever names it before that.
 */
public interface CompareSource {

    /** How the window names the side before it is read: "beta · eu-west-1", "alpha · eu-west-1, 1 Dec 10:02". */
    String displayName();

    /** Reads the side: slow (calls, files), so off the FX thread; stops early when cancelled. */
    Side read(Cancellation cancellation) throws Exception;

    /**
     * A side as read: its name, the document compared — {@code {"connectorConfiguration": {...}}}, as {@code describe}
     * writes it — and what it is for the JSON export ({@code {profile, region, accountId}}, as {@code diff --json}
     * says it; a snapshot adds its time).
     */
    record Side(String name, JsonNode document, ObjectNode about) {
        public Side {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(about, "about");
        }
    }
}
