package io.connectorexplorer.ui.form;

import io.connectorexplorer.core.form.FieldSpec;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A heading and its fields. The first rows are built at once; the rest a few at a time in the pulses after, by
 * {@link RowBuilder}, so a form of hundreds of fields never holds up the window. The rows go in blocks of
 * {@value #BLOCK}, each keeping its height ({@link HeightKeepingBox}): a layout after a row was added or changed
 * measures that row's block and adds up the others, rather than going through every row of the form.
 */
final class FormSection extends VBox {

    private static final int BLOCK = 32;
    private static final double SPACING = 10;

    private final VBox rows = new VBox(SPACING);

    FormSection(
            String heading,
            List<FieldSpec> fields,
            RowBuilder builder,
            Map<String, FieldRow> built,
            Consumer<FieldRow> onBuilt) {
        super(6);
        Label title = new Label(heading);
        title.getStyleClass().add("pane-title");
        getChildren().addAll(title, rows);
        for (FieldSpec field : fields) {
            builder.add(() -> {
                FieldRow row = builder.row(field);
                lastBlock().getChildren().add(row);
                // Styled here, inside the builder's time budget, rather than all at once in the pulse's CSS pass.
                row.applyCss();
                built.put(field.path(), row);
                onBuilt.accept(row);
            });
        }
    }

    private VBox lastBlock() {
        int blocks = rows.getChildren().size();
        if (blocks > 0
                && ((VBox) rows.getChildren().get(blocks - 1)).getChildren().size() < BLOCK) {
            return (VBox) rows.getChildren().get(blocks - 1);
        }
        VBox block = new HeightKeepingBox(SPACING);
        rows.getChildren().add(block);
        return block;
    }
}
