package io.connectorexplorer.ui.form;

import atlantafx.base.theme.Styles;
import io.connectorexplorer.core.form.AuthFormSpec;
import io.connectorexplorer.core.form.AuthMethod;
import io.connectorexplorer.core.form.FieldSpec;
import java.util.List;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Connect tab: the generated form on the left, the live request preview and the actions on the right. */
public final class ConnectFormView extends SplitPane {

    private final ConnectFormViewModel model;
    private final VBox form = new VBox(12);
    private final java.util.Map<String, Label> errorLabels = new java.util.HashMap<>();

    public ConnectFormView(ConnectFormViewModel model) {
        this.model = model;
        setId("connectPane");
        form.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        setOrientation(javafx.geometry.Orientation.VERTICAL);
        getItems().addAll(scroll, previewPane());
        setDividerPositions(0.62);
        // The form's own widths must not push the list aside.
        setPrefWidth(520);
        setMinWidth(0);
        model.specProperty().addListener((obs, old, spec) -> rebuild());
        model.methodProperty().addListener((obs, old, method) -> rebuild());
        model.getErrors().addListener((MapChangeListener<String, String>) change -> showError(change.getKey()));
        model.getTouched().addListener((javafx.collections.SetChangeListener<String>) change -> {
            if (change.wasAdded()) {
                showError(change.getElementAdded());
            }
        });
        rebuild();
    }

    private VBox previewPane() {
        TextArea preview = new TextArea();
        preview.setId("requestPreview");
        preview.setEditable(false);
        preview.getStyleClass().add("monospace");
        preview.textProperty().bind(model.previewProperty());
        VBox.setVgrow(preview, Priority.ALWAYS);
        Label remaining = new Label();
        remaining.setId("formRemaining");
        remaining.textProperty().bind(model.remainingProperty());
        Label formMessages = new Label();
        formMessages.setId("formMessages");
        formMessages.getStyleClass().add(Styles.DANGER);
        formMessages.setWrapText(true);
        formMessages.textProperty().bind(model.formMessagesProperty());
        CheckBox secrets = new CheckBox("Include secrets in the next copy");
        secrets.setId("includeSecrets");
        secrets.selectedProperty().bindBidirectional(model.includeSecretsProperty());
        Label warning = new Label("The copied command will hold passwords and keys in plain text.");
        warning.getStyleClass().add(Styles.WARNING);
        warning.visibleProperty().bind(secrets.selectedProperty());
        warning.managedProperty().bind(secrets.selectedProperty());
        Button copy = new Button("Copy as AWS CLI command");
        copy.setId("copyCliButton");
        copy.setOnAction(e -> model.copyCliCommand());
        // Copy and save stay available for an unfinished request (to finish it elsewhere); only Create waits.
        copy.disableProperty().bind(model.specProperty().isNull());
        Button save = new Button("Save request as JSON…");
        save.setId("saveRequestButton");
        save.setOnAction(e -> model.saveRequest());
        save.disableProperty().bind(model.specProperty().isNull());
        Button create = new Button("Create connector profile");
        create.setId("createProfileButton");
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(model.validProperty().not().or(model.creatingProperty()));
        create.setOnAction(e -> model.create());
        Label result = new Label();
        result.setId("createResult");
        result.setWrapText(true);
        result.getStyleClass().add(Styles.SUCCESS);
        result.textProperty().bind(model.resultProperty());
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 6, create, copy, save, secrets);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("CreateConnectorProfile request (secrets shown as ****)");
        title.getStyleClass().add("pane-title");
        Label error = new Label();
        error.setId("createError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.createErrorProperty());
        error.visibleProperty().bind(model.createErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        HBox status = new HBox(12, remaining, result);
        status.setAlignment(Pos.CENTER_LEFT);
        VBox pane = new VBox(6, actions, warning, status, error, formMessages, title, preview);
        pane.setPadding(new Insets(12));
        return pane;
    }

    private void rebuild() {
        form.getChildren().clear();
        errorLabels.clear();
        AuthFormSpec spec = model.getSpec();
        if (spec == null) {
            Label none = new Label("Select a connector to see what it needs to connect.");
            none.getStyleClass().add("placeholder-text");
            form.getChildren().add(none);
            return;
        }
        Label title = new Label("Connect to " + spec.connectorName());
        title.getStyleClass().add(Styles.TITLE_3);
        form.getChildren().add(title);
        spec.notes().forEach(note -> {
            Label label = new Label(note);
            label.setWrapText(true);
            label.getStyleClass().add("muted");
            form.getChildren().add(label);
        });
        if (!spec.needsProfile()) {
            return;
        }
        form.getChildren().add(section("Connector profile", spec.profileFields()));
        if (!spec.methods().isEmpty()) {
            ComboBox<AuthMethod> chooser = new ComboBox<>();
            chooser.setId("authMethod");
            chooser.getItems().setAll(spec.methods());
            chooser.setConverter(new javafx.util.StringConverter<>() {
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
            form.getChildren().add(row);
            AuthMethod method = model.getMethod();
            if (method != null) {
                form.getChildren().add(section("Credentials", method.fields()));
                if (!method.authorizationFields().isEmpty()) {
                    form.getChildren()
                            .add(section("Authorization page (not sent in the request)", method.authorizationFields()));
                }
            }
        }
        if (!spec.propertyFields().isEmpty()) {
            form.getChildren().add(section("Connection properties", spec.propertyFields()));
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
