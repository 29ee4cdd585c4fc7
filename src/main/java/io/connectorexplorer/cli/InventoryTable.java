package io.connectorexplorer.cli;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.Capability;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.inventory.ConnectorRow;
import io.connectorexplorer.core.inventory.InventoryCell;
import io.connectorexplorer.core.inventory.InventoryMatrix;
import io.connectorexplorer.core.inventory.TargetState;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code inventory}'s table: the targets numbered with their account or why they did not answer, then one line per
 * connector with a narrow column per target — ✓ (a custom connector: its version) and S/D for source and destination,
 * blank where the target does not have it, ! where the target did not answer — so a few targets fit in 80 columns.
 */
final class InventoryTable {

    private static final int CONNECTOR_WIDTH = 30;
    private static final int VERSION_WIDTH = 12;
    private static final String NL = System.lineSeparator();

    /** The marks: ✓ and … where standard output can show them, + and ~ where it cannot. */
    record Marks(String present, String ellipsis) {
        static final Marks UNICODE = new Marks("✓", "…");
        static final Marks ASCII = new Marks("+", "~");

        static Marks forStandardOutput() {
            String encoding = System.getProperty("sun.stdout.encoding");
            Charset charset;
            try {
                charset = encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                return ASCII;
            }
            return charset.newEncoder().canEncode("✓…") ? UNICODE : ASCII;
        }
    }

    private InventoryTable() {}

    static String render(InventoryMatrix matrix, Marks marks) {
        StringBuilder b = new StringBuilder();
        List<Target> targets = matrix.targets();
        b.append("TARGETS").append(NL);
        int numberWidth = String.valueOf(targets.size()).length();
        int nameWidth =
                targets.stream().mapToInt(t -> t.displayName().length()).max().orElse(0);
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            b.append(String.format("%" + (numberWidth + 2) + "d  ", i + 1))
                    .append(pad(target.displayName(), nameWidth))
                    .append("  ")
                    .append(targetNote(matrix.state(target)))
                    .append(NL);
        }
        b.append(NL);
        List<String[]> lines = new ArrayList<>();
        String[] header = new String[targets.size() + 1];
        header[0] = "CONNECTOR";
        for (int i = 0; i < targets.size(); i++) {
            header[i + 1] = String.valueOf(i + 1);
        }
        lines.add(header);
        for (ConnectorRow row : matrix.rows()) {
            String[] line = new String[targets.size() + 1];
            line[0] = cut(rowName(row), CONNECTOR_WIDTH, marks);
            for (int i = 0; i < targets.size(); i++) {
                line[i + 1] = cell(row.cell(i), marks);
            }
            lines.add(line);
        }
        int[] widths = new int[header.length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                text.append(pad(line[i], widths[i])).append("  ");
            }
            b.append(text.toString().stripTrailing()).append(NL);
        }
        if (matrix.rows().isEmpty()) {
            b.append("(no target answered)").append(NL);
        }
        b.append(NL)
                .append(marks.present())
                .append(
                        " present (a custom connector: its version)   S source  D destination  - not  ? not stated or not known")
                .append(NL)
                .append("blank: not there   !: the target did not answer (see TARGETS)")
                .append(NL);
        return b.toString();
    }

    /** Amazon connector types by type; custom connectors by label, marked so. */
    private static String rowName(ConnectorRow row) {
        return row.key()
                .label()
                .map(label -> label + " (custom)")
                .orElse(row.key().connectorType());
    }

    private static String cell(InventoryCell cell, Marks marks) {
        if (cell instanceof InventoryCell.Present present) {
            String what =
                    present.version().map(v -> cut(v, VERSION_WIDTH, marks)).orElse(marks.present());
            return what + " " + letter(present.source(), "S") + letter(present.destination(), "D");
        }
        if (cell instanceof InventoryCell.Unanswered) {
            return "!";
        }
        return "";
    }

    private static String letter(Capability flag, String yes) {
        return switch (flag) {
            case YES -> yes;
            case NO -> "-";
            case NOT_STATED, UNKNOWN -> "?";
        };
    }

    private static String targetNote(TargetState state) {
        if (state instanceof TargetState.Done done) {
            return done.inventory().accountIdIfKnown().orElse("(account not known)");
        }
        if (state instanceof TargetState.NeedsSignIn signIn) {
            return "needs sign-in: " + signIn.reason().getMessage();
        }
        if (state instanceof TargetState.Failed failed) {
            ServiceCallException reason = failed.reason();
            return "failed: " + reason.headline();
        }
        return state instanceof TargetState.Cancelled ? "cancelled" : "not answered";
    }

    private static String cut(String text, int width, Marks marks) {
        return text.length() <= width ? text : text.substring(0, width - 1) + marks.ellipsis();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
