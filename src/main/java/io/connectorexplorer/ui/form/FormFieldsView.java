package io.connectorexplorer.ui.form;

import atlantafx.base.theme.Styles;
import io.connectorexplorer.core.form.AuthFormSpec;
import io.connectorexplorer.core.form.AuthMethod;
import io.connectorexplorer.core.form.FieldSpec;
import io.connectorexplorer.ui.common.DeliberateChoice;
import io.connectorexplorer.ui.common.Once;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The generated form: the connector profile's own fields, the authentication chooser and the chosen method's
 * fields, then connection properties. Choosing another method replaces only that method's fields, so the chooser —
 * and the keyboard focus on it — stay where they are.
 */
final class FormFieldsView extends VBox {

    private final ConnectFormViewModel model;
    private final Consumer<Node> scrollTo;
    private final Map<String, FieldRow> rows = new HashMap<>();
    private final VBox methodFields = new VBox(12);
    /** One chooser for every connector: it follows the model's method for the life of the view. */
    private final ComboBox<AuthMethod> chooser = new ComboBox<>();

    private final HBox chooserRow;
    private final RowBuilder mainRows;
    private final RowBuilder methodRows;

    FormFieldsView(ConnectFormViewModel model, Consumer<Node> scrollTo) {
        super(12);
        this.model = model;
        this.scrollTo = scrollTo;
        this.mainRows = new RowBuilder(field -> new FieldRow(field, model));
        this.methodRows = new RowBuilder(field -> new FieldRow(field, model));
        setPadding(new Insets(12));
        setId("connectForm");
        chooserRow = chooserRow();
        model.specProperty().addListener((obs, old, spec) -> rebuild());
        model.methodProperty().addListener((obs, old, method) -> rebuildMethod());
        model.check().getErrors().addListener((MapChangeListener<String, String>) change -> showError(change.getKey()));
        model.check().getTouched().addListener((SetChangeListener<String>) change -> {
            if (change.wasAdded()) {
                showError(change.getElementAdded());
            }
        });
        model.revealProperty().addListener((obs, old, path) -> reveal(path));
        rebuild();
    }

    private void rebuild() {
        mainRows.cancel();
        methodRows.cancel();
        rows.clear();
        methodFields.getChildren().clear();
        AuthFormSpec spec = model.getSpec();
        if (spec == null) {
            Label none = new Label("Select a connector to see what it needs to connect.");
            none.getStyleClass().add("placeholder-text");
            getChildren().setAll(none);
            return;
        }
        Label title = new Label("Connect to " + spec.connectorName());
        title.getStyleClass().add(Styles.TITLE_3);
        getChildren().setAll(title);
        spec.notes().forEach(note -> getChildren().add(note(note)));
        if (!spec.needsProfile()) {
            return;
        }
        getChildren().add(section("Connector profile", spec.profileFields(), mainRows));
        if (!spec.methods().isEmpty()) {
            chooser.getItems().setAll(spec.methods());
            chooser.setValue(model.getMethod());
            getChildren().addAll(chooserRow, methodFields);
            fillMethod();
        }
        if (!spec.propertyFields().isEmpty()) {
            getChildren().add(section("Connection properties", spec.propertyFields(), mainRows));
        }
        mainRows.start();
        methodRows.start();
    }

    private void rebuildMethod() {
        if (model.getSpec() == null || !getChildren().contains(methodFields)) {
            return;
        }
        methodRows.cancel();
        methodFields.getChildren().forEach(section -> rows.values().removeIf(row -> isInside(row, section)));
        methodFields.getChildren().clear();
        fillMethod();
        methodRows.start();
    }

    private void fillMethod() {
        AuthMethod method = model.getMethod();
        if (method == null) {
            return;
        }
        methodFields.getChildren().add(section("Credentials", method.fields(), methodRows));
        if (!method.authorizationFields().isEmpty()) {
            methodFields
                    .getChildren()
                    .add(section(
                            "Authorization page (not sent in the request)", method.authorizationFields(), methodRows));
        }
    }

    private HBox chooserRow() {
        chooser.setId("authMethod");
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
        DeliberateChoice.attach(chooser, model.methodProperty());
        Label label = new Label("Authentication");
        label.setLabelFor(chooser);
        HBox row = new HBox(8, label, chooser);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private FormSection section(String heading, List<FieldSpec> fields, RowBuilder builder) {
        return new FormSection(heading, fields, builder, rows, row -> showError(row));
    }

    private void showError(String path) {
        FieldRow row = rows.get(path);
        if (row != null) {
            showError(row);
        }
    }

    private void showError(FieldRow row) {
        boolean shown = model.check().getTouched().contains(row.path());
        row.showError(
                shown ? model.check().getErrors().get(row.path()) : null,
                shown ? model.check().detail(row.path()) : null);
    }

    /** Builds what is still waiting, then puts the field on screen and the keyboard in it. */
    private void reveal(String path) {
        if (path == null) {
            return;
        }
        if (!rows.containsKey(path)) {
            mainRows.finish();
            methodRows.finish();
        }
        FieldRow row = rows.get(path);
        if (row == null) {
            return;
        }
        if (row.getScene() == null) {
            // The form is drawn before its tab has put it in the window (Ctrl+2 as the connector arrives).
            Once.when(row.sceneProperty(), scene -> scene != null, scene -> Platform.runLater(() -> reveal(path)));
            return;
        }
        scrollTo.accept(row);
        Node input = row.input();
        input.requestFocus();
        if (!input.isFocused()) {
            // Not focusable until its tab's content is shown: once more, after this pulse.
            Platform.runLater(input::requestFocus);
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("muted");
        return label;
    }
}
