package io.connectorexplorer.core.inventory;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.Capability;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.connector.ConnectorSummary;
import java.util.List;
import java.util.function.Predicate;

/**
 * The matrix as CSV, one row per connector per target — the JSON's rows, flat, which a spreadsheet pivots into the
 * matrix (rows connectors, columns targets) or filters by any column. Columns: {@value #HEADER}. A flag is
 * {@code true} or {@code false} as stated, empty when the listing leaves it out, {@code unknown} when it was not
 * learned; a target that did not answer is one row with its profile, region and the error's code and message. Fields
 * are quoted as RFC 4180 has it (a field with a comma, quote or line break in double quotes, quotes doubled), lines
 * end with CRLF.
 */
public final class InventoryCsv {

    static final String HEADER = "profile,region,accountId,connectorType,connectorLabel,connectorName,"
            + "connectorVersion,canUseAsSource,canUseAsDestination,errorCode,errorMessage";
    private static final String CRLF = "\r\n";

    private InventoryCsv() {}

    public static String render(InventoryMatrix matrix) {
        return render(matrix, key -> true);
    }

    /** Only the connectors {@code rows} accepts (the rows that differ, say); failed targets are always there. */
    public static String render(InventoryMatrix matrix, Predicate<ConnectorKey> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append(CRLF);
        for (Target target : matrix.targets()) {
            TargetState state = matrix.state(target);
            if (state instanceof TargetState.Done done) {
                TargetInventory answer = done.inventory();
                for (ConnectorSummary c : answer.connectors()) {
                    if (rows.test(c.key())) {
                        line(
                                csv,
                                target.profileName(),
                                target.region(),
                                answer.accountIdIfKnown().orElse(""),
                                c.key().connectorType(),
                                c.key().label().orElse(""),
                                c.name(),
                                c.versionIfStated().orElse(""),
                                flag(c.source()),
                                flag(c.destination()),
                                "",
                                "");
                    }
                }
            } else {
                TargetError error = TargetError.of(state);
                line(
                        csv,
                        target.profileName(),
                        target.region(),
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        error.code(),
                        error.message());
            }
        }
        return csv.toString();
    }

    /** A field as RFC 4180 writes it: as it is, or in double quotes with each quote doubled. */
    public static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static void line(StringBuilder csv, String... fields) {
        csv.append(String.join(
                        ",", List.of(fields).stream().map(InventoryCsv::field).toList()))
                .append(CRLF);
    }

    private static String flag(Capability flag) {
        return switch (flag) {
            case YES -> "true";
            case NO -> "false";
            case NOT_STATED -> "";
            case UNKNOWN -> "unknown";
        };
    }
}
