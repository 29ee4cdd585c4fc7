package io.connectorexplorer.ui.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.store.KeptTarget;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.ui.common.Moments;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The connector as the main window shows it: the description it already loaded, as {@code describe} writes it — read
 * through an open session (whose account ID is asked once per session; a session closed since leaves it out), or,
 * offline, as the history last saw it.
 */
public final class ShownSource implements CompareSource {

    private final String name;
    private final JsonNode document;
    private final Supplier<ObjectNode> about;

    private ShownSource(String name, JsonNode document, Supplier<ObjectNode> about) {
        this.name = name;
        this.document = document;
        this.about = about;
    }

    public ShownSource(AccountSession session, JsonNode document) {
        this(session.target().displayName(), document, () -> TargetSource.about(session.target(), session));
    }

    /** Offline: the configuration the history kept for the target, last read at {@code asOf}. */
    public static ShownSource kept(KeptTarget kept, Instant asOf, JsonNode document) {
        return new ShownSource(
                kept.target().displayName() + ", as of " + Moments.shown(asOf) + " (offline)", document, () -> {
                    ObjectNode about = TargetSource.about(kept.target(), null);
                    about.put("accountId", kept.accountId());
                    about.put("confirmedAt", asOf.toString());
                    return about;
                });
    }

    /** An entity's fields the Connections tab shows, read through {@code connection} in the session's account. */
    static ShownSource fields(AccountSession session, String connection, JsonNode document) {
        return new ShownSource(
                FieldsSubject.sideName(connection, session.target()),
                document,
                () -> FieldsSubject.about(session.target(), session, connection));
    }

    /** Offline: an entity's fields as the history kept them, last read at {@code asOf}. */
    static ShownSource keptFields(KeptTarget kept, String connection, Instant asOf, JsonNode document) {
        return new ShownSource(
                FieldsSubject.sideName(connection, kept.target()) + ", as of " + Moments.shown(asOf) + " (offline)",
                document,
                () -> {
                    ObjectNode about = FieldsSubject.about(kept.target(), null, connection);
                    about.put("accountId", kept.accountId());
                    about.put("confirmedAt", asOf.toString());
                    return about;
                });
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public Side read(Cancellation cancellation) {
        return new Side(displayName(), document, about.get());
    }

    @Override
    public String toString() {
        return displayName();
    }
}
