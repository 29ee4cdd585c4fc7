package io.connectorexplorer.core.inventory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.Capability;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import io.connectorexplorer.core.json.JsonFormat;
import java.util.function.Predicate;

/**
 * The matrix as the command line's {@code --json} prints it: an array, target by target in column order, of one object
 * per connector — {@code profile, region, accountId} (when known), {@code connectorType, connectorLabel} (custom only),
 * {@code connectorName, connectorVersion} (when stated), {@code canUseAsSource, canUseAsDestination} (true or false as
 * stated, null when not known, left out when the listing's description leaves it out, as {@code list --json}) — and one
 * object per target that did not answer: {@code profile, region, error: {code, kind, message}}.
 */
public final class InventoryJson {

    private InventoryJson() {}

    public static String render(InventoryMatrix matrix) {
        return render(matrix, key -> true);
    }

    /** Only the connectors {@code rows} accepts (the rows that differ, say); failed targets are always there. */
    public static String render(InventoryMatrix matrix, Predicate<ConnectorKey> rows) {
        return JsonFormat.pretty(array(matrix, rows));
    }

    public static ArrayNode array(InventoryMatrix matrix, Predicate<ConnectorKey> rows) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Target target : matrix.targets()) {
            TargetState state = matrix.state(target);
            if (state instanceof TargetState.Done done) {
                TargetInventory answer = done.inventory();
                for (ConnectorSummary connector : answer.connectors()) {
                    if (rows.test(connector.key())) {
                        connectorObject(array.addObject(), answer, connector);
                    }
                }
            } else {
                TargetError error = TargetError.of(state);
                ObjectNode failed =
                        array.addObject().put("profile", target.profileName()).put("region", target.region());
                failed.putObject("error")
                        .put("code", error.code())
                        .put("kind", error.kind())
                        .put("message", error.message());
            }
        }
        return array;
    }

    private static void connectorObject(ObjectNode row, TargetInventory answer, ConnectorSummary connector) {
        row.put("profile", answer.target().profileName());
        row.put("region", answer.target().region());
        answer.accountIdIfKnown().ifPresent(id -> row.put("accountId", id));
        row.put("connectorType", connector.key().connectorType());
        connector.key().label().ifPresent(label -> row.put("connectorLabel", label));
        row.put("connectorName", connector.name());
        connector.versionIfStated().ifPresent(version -> row.put("connectorVersion", version));
        put(row, "canUseAsSource", connector.source());
        put(row, "canUseAsDestination", connector.destination());
    }

    private static void put(ObjectNode row, String member, Capability flag) {
        switch (flag) {
            case YES -> row.put(member, true);
            case NO -> row.put(member, false);
            case UNKNOWN -> row.putNull(member);
            case NOT_STATED -> {
                // Left out, as the service left it out.
            }
        }
    }
}
