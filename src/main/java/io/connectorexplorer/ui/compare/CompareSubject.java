package io.connectorexplorer.ui.compare;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.task.Cancellation;
import java.util.List;

/**
 * What a comparison is of: a connector's configuration ({@link ConnectorSubject}), or an entity's fields through a
 * connection ({@link FieldsSubject}). It names itself in the window's messages, reads itself at another target, and
 * offers what else it can be compared with: the shown target's other connections, and the versions the history kept.
 */
public interface CompareSubject {

    /** How the window's title and messages name it: "acme-crm", "Account in salesforce-prod". */
    String name();

    /** How a file of its differences starts: "acme-crm", "Account". */
    default String fileStem() {
        return name();
    }

    /** Where the target compared with last is remembered: the same for the same subject, different otherwise. */
    String memoryKey();

    /** The subject as {@code target} has it now, read when compared. */
    CompareSource at(Target target);

    /** What else the shown target has to compare with, known without a call (the other connections); none here. */
    default List<CompareSource> besides(Target shown) {
        return List.of();
    }

    /** The versions the history kept before the one shown at {@code shown}, newest first. Slow: off the FX thread. */
    List<CompareSource> earlier(Target shown, Cancellation cancellation) throws Exception;

    /** The status line while {@code where} is read: "Describing acme-crm in beta · eu-west-1…". */
    String reading(String where);

    /** When {@code where} has no such thing (ResourceNotFoundException): a few words, then what to do. */
    String missingFrom(String where);

    String whenMissing();
}
