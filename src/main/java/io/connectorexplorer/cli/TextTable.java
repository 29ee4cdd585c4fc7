package io.connectorexplorer.cli;

import java.util.ArrayList;
import java.util.List;

/** A table for a terminal: a heading row, columns padded to their widest cell, two spaces between them. */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    TextTable(String... headings) {
        this.columns = headings.length;
        rows.add(headings);
    }

    TextTable row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException(cells.length + " cells in a table of " + columns + " columns");
        }
        String[] shown = new String[columns];
        for (int i = 0; i < columns; i++) {
            // One line per row: a value's own line breaks would break the columns.
            shown[i] = cells[i] == null || cells[i].isEmpty() ? "-" : cells[i].replaceAll("\\s*[\\r\\n]+\\s*", " ");
        }
        rows.add(shown);
        return this;
    }

    String text() {
        int[] widths = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], r[i].codePointCount(0, r[i].length()));
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(r[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - r[i].codePointCount(0, r[i].length()) + 2));
                }
            }
            b.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return b.toString();
    }
}
