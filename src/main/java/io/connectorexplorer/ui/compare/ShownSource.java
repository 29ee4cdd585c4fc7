package io.connectorexplorer.ui.compare;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.task.Cancellation;

/**
 * The connector as the main window shows it: the description it already loaded, as {@code describe} writes it, and
 * its session for the account ID (asked once per session; a session closed since leaves it out).
 */
public final class ShownSource implements CompareSource {

    private final AccountSession session;
    private final JsonNode document;

    public ShownSource(AccountSession session, JsonNode document) {
        this.session = session;
        this.document = document;
    }

    @Override
    public String displayName() {
        return session.target().displayName();
    }

    @Override
    public Side read(Cancellation cancellation) {
        return new Side(displayName(), document, TargetSource.about(session.target(), session));
    }

    @Override
    public String toString() {
        return displayName();
    }
}
