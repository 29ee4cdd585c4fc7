package io.connectorexplorer.testsupport;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.IndexedCell;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Rows of a fixed height ({@code -fx-fixed-cell-size}) are never measured: a cell whose text and padding need more
 * than that height is drawn cut off at the bottom — descenders and underscores gone ({@code Customer_Tier__c} read
 * {@code Customer Tier c}).
 */
public final class ClippedRows {

    private ClippedRows() {}

    /**
     * The filled cells under {@code root} that need more height than they have, "text (needs N px, has M px)": looked
     * at on the FX thread, after the events before this call and a layout.
     */
    public static List<String> in(Node root) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                        root.getScene().getRoot().applyCss();
                        root.getScene().getRoot().layout();
                        return clipped(root);
                    })
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not look at the rows of " + root, e);
        }
    }

    private static List<String> clipped(Node root) {
        // One selector at a time: Node.lookupAll reads no selector groups (a comma list matches its first only).
        return Stream.of(".list-cell", ".tree-cell", ".table-cell", ".tree-table-cell")
                .flatMap(selector -> root.lookupAll(selector).stream())
                .filter(node -> node instanceof IndexedCell<?> cell && cell.isVisible() && !cell.isEmpty())
                .map(node -> (IndexedCell<?>) node)
                .filter(cell -> cell.getHeight() > 0 && needs(cell) > cell.getHeight() + 0.5)
                .map(cell -> String.format(
                        Locale.ROOT, "%s (needs %.1f px, has %.1f px)", cell.getText(), needs(cell), cell.getHeight()))
                .toList();
    }

    /**
     * The height the cell's content and padding take: the cell's own preferred height is the fixed one, whatever it
     * holds.
     */
    private static double needs(IndexedCell<?> cell) {
        double content = 0;
        Node text = cell.lookup(".text");
        if (text != null
                && text.getParent() == cell
                && cell.getText() != null
                && !cell.getText().isEmpty()) {
            content = text.getLayoutBounds().getHeight();
        }
        Node graphic = cell.getGraphic();
        if (graphic != null && graphic.isVisible() && cell.getContentDisplay() != ContentDisplay.TEXT_ONLY) {
            content = Math.max(content, graphic.prefHeight(-1));
        }
        return cell.snappedTopInset() + content + cell.snappedBottomInset();
    }
}
