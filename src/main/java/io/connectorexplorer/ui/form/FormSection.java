package io.connectorexplorer.ui.form;

import io.connectorexplorer.core.form.FieldSpec;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A heading and its fields. The first rows are built at once; the rest a few at a time in the pulses after, by
 * {@link RowBuilder}, so a form of hundreds of fields never holds up the window.
 */
final class FormSection extends VBox {

    private final VBox rows = new VBox(10);

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
                rows.getChildren().add(row);
                // Styled here, inside the builder's time budget, rather than all at once in the pulse's CSS pass.
                row.applyCss();
                built.put(field.path(), row);
                onBuilt.accept(row);
            });
        }
    }
}
