package io.connectorexplorer.ui.form;

import atlantafx.base.theme.Styles;
import io.connectorexplorer.core.form.AuthFormSpec;
import io.connectorexplorer.core.form.AuthMethod;
import io.connectorexplorer.core.form.FieldSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The generated form: one section per part of the request, a row per field with its message beneath. */
final class FormFieldsView extends VBox {

    private final ConnectFormViewModel model;
    private final Map<String, Label> errorLabels = new HashMap<>();

    FormFieldsView(ConnectFormViewModel model) {
        super(12);
        this.model = model;
        setPadding(new Insets(12));
        model.specProperty().addListener((obs, old, spec) -> rebuild());
        model.methodProperty().addListener((obs, old, method) -> rebuild());
        model.getErrors().addListener((MapChangeListener<String, String>) change -> showError(change.getKey()));
        model.getTouched().addListener((SetChangeListener<String>) change -> {
            if (change.wasAdded()) {
                showError(change.getElementAdded());
            }
        });
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        errorLabels.clear();
        AuthFormSpec spec = model.getSpec();
        if (spec == null) {
            Label none = new Label("Select a connector to see what it needs to connect.");
            none.getStyleClass().add("placeholder-text");
            getChildren().add(none);
            return;
        }
        Label title = new Label("Connect to " + spec.connectorName());
        title.getStyleClass().add(Styles.TITLE_3);
        getChildren().add(title);
        spec.notes().forEach(note -> {
            Label label = new Label(note);
            label.setWrapText(true);
            label.getStyleClass().add("muted");
            getChildren().add(label);
        });
        if (!spec.needsProfile()) {
            return;
        }
        getChildren().add(section("Connector profile", spec.profileFields()));
        if (!spec.methods().isEmpty()) {
            ComboBox<AuthMethod> chooser = new ComboBox<>();
            chooser.setId("authMethod");
            chooser.getItems().setAll(spec.methods());
            chooser.setConverter(new StringConverter<>() {
                @Override
                public String toString(AuthMethod method) {
                    return method == null ? "" : method.label();
                }

                @Override
                public AuthMethod fromString(String text) {
                    return null;
                }
            });
            chooser.setValue(model.getMethod());
            chooser.valueProperty().addListener((obs, old, chosen) -> model.setMethod(chosen));
            HBox row = new HBox(8, new Label("Authentication"), chooser);
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
            AuthMethod method = model.getMethod();
            if (method != null) {
                getChildren().add(section("Credentials", method.fields()));
                if (!method.authorizationFields().isEmpty()) {
                    getChildren()
                            .add(section("Authorization page (not sent in the request)", method.authorizationFields()));
                }
            }
        }
        if (!spec.propertyFields().isEmpty()) {
            getChildren().add(section("Connection properties", spec.propertyFields()));
        }
    }

    private VBox section(String heading, List<FieldSpec> fields) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        labels.setPrefWidth(170);
        labels.setMaxWidth(220);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setMinWidth(160);
        grid.getColumnConstraints().setAll(labels, inputs);
        int row = 0;
        for (FieldSpec field : fields) {
            Label label = new Label(field.label() + (field.required() ? " *" : ""));
            label.setWrapText(true);
            grid.add(label, 0, row);
            grid.add(FieldControl.create(field, model), 1, row++);
            if (!field.help().isBlank()) {
                Label help = new Label(field.help());
                help.setWrapText(true);
                help.getStyleClass().addAll("muted", Styles.TEXT_SMALL);
                grid.add(help, 1, row++);
            }
            Label error = new Label();
            error.setId("error-" + field.path().replaceAll("[^A-Za-z0-9]+", "-"));
            error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
            error.setWrapText(true);
            errorLabels.put(field.path(), error);
            grid.add(error, 1, row++);
            showError(field.path());
        }
        Label title = new Label(heading);
        title.getStyleClass().add("pane-title");
        return new VBox(6, title, grid);
    }

    private void showError(String path) {
        Label label = errorLabels.get(path);
        if (label != null) {
            String message =
                    model.getTouched().contains(path) ? model.getErrors().get(path) : null;
            label.setText(message == null ? "" : message);
            label.setVisible(message != null);
            label.setManaged(message != null);
        }
    }
}
