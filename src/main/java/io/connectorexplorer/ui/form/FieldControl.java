package io.connectorexplorer.ui.form;

import io.connectorexplorer.core.form.FieldSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;

/** The input for one field, by its kind; every change goes straight to the view model. */
final class FieldControl {

    private FieldControl() {}

    static Node create(FieldSpec field, ConnectFormViewModel model) {
        String id = "field-" + field.path().replaceAll("[^A-Za-z0-9]+", "-");
        Node node = switch (field.kind()) {
            case SECRET ->
                new SecretField(
                        field.label(), textOf(model.value(field.path())), now -> model.setText(field.path(), now));
            case CHOICE, EDITABLE_CHOICE -> choice(field, model);
            case MULTI_CHOICE -> multi(field, model);
            case BOOLEAN -> flag(field, model);
            case DATE -> date(field, model);
            default -> text(field, model);
        };
        node.setId(id);
        return node;
    }

    private static TextField text(FieldSpec field, ConnectFormViewModel model) {
        TextField text = new TextField(textOf(model.value(field.path())));
        text.setPromptText(
                switch (field.kind()) {
                    case INTEGER, LONG -> "a whole number";
                    case DATETIME -> "2024-01-31T09:30:00Z";
                    default -> field.options().isEmpty() ? "" : String.join(", ", field.options());
                });
        text.textProperty().addListener((obs, old, now) -> model.setText(field.path(), now));
        return text;
    }

    private static ComboBox<String> choice(FieldSpec field, ConnectFormViewModel model) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(field.options());
        box.setEditable(field.kind() == io.connectorexplorer.core.form.FieldKind.EDITABLE_CHOICE);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setValue(textOf(model.value(field.path())).isEmpty() ? null : textOf(model.value(field.path())));
        box.valueProperty().addListener((obs, old, now) -> model.setText(field.path(), now));
        if (box.isEditable()) {
            box.getEditor().textProperty().addListener((obs, old, now) -> model.setText(field.path(), now));
        }
        return box;
    }

    private static Node multi(FieldSpec field, ConnectFormViewModel model) {
        if (field.options().isEmpty()) {
            TextField text = new TextField(String.join(" ", entriesOf(model.value(field.path()))));
            text.setPromptText("separated by spaces");
            text.textProperty()
                    .addListener((obs, old, now) -> model.setEntries(
                            field.path(),
                            List.of(
                                    now.strip().isEmpty()
                                            ? new String[0]
                                            : now.strip().split("\\s+"))));
            return text;
        }
        FlowPane boxes = new FlowPane(10, 6);
        List<String> chosen = new ArrayList<>(entriesOf(model.value(field.path())));
        for (String option : field.options()) {
            CheckBox box = new CheckBox(option);
            box.setSelected(chosen.contains(option));
            box.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    chosen.add(option);
                } else {
                    chosen.remove(option);
                }
                model.setEntries(field.path(), List.copyOf(chosen));
            });
            boxes.getChildren().add(box);
        }
        return boxes;
    }

    private static CheckBox flag(FieldSpec field, ConnectFormViewModel model) {
        CheckBox box = new CheckBox();
        box.setAllowIndeterminate(!field.required());
        Object value = model.value(field.path());
        if (value instanceof Boolean b) {
            box.setSelected(b);
        } else {
            box.setIndeterminate(!field.required());
        }
        Runnable push = () -> model.setFlag(field.path(), box.isIndeterminate() ? null : box.isSelected());
        box.selectedProperty().addListener((obs, old, now) -> push.run());
        box.indeterminateProperty().addListener((obs, old, now) -> push.run());
        return box;
    }

    private static DatePicker date(FieldSpec field, ConnectFormViewModel model) {
        DatePicker picker = new DatePicker();
        try {
            String text = textOf(model.value(field.path()));
            picker.setValue(text.isEmpty() ? null : LocalDate.parse(text));
        } catch (java.time.DateTimeException e) {
            picker.setValue(null);
        }
        picker.valueProperty()
                .addListener((obs, old, now) -> model.setText(field.path(), now == null ? null : now.toString()));
        picker.getEditor().textProperty().addListener((obs, old, now) -> {
            if (picker.getValue() == null) {
                model.setText(field.path(), now);
            }
        });
        return picker;
    }

    static String textOf(Object value) {
        return value == null ? "" : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> entriesOf(Object value) {
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }
}
