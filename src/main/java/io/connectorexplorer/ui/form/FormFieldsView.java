package io.connectorexplorer.ui.form;

import atlantafx.base.theme.Styles;
import io.connectorexplorer.core.form.AuthFormSpec;
import io.connectorexplorer.core.form.AuthMethod;
import io.connectorexplorer.core.form.FieldSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

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
    private final AuthMethodChooser chooser;
    private final RowBuilder mainRows;
    private final RowBuilder methodRows;

    FormFieldsView(ConnectFormViewModel model, Consumer<Node> scrollTo) {
        super(12);
        this.model = model;
        this.scrollTo = scrollTo;
        this.mainRows = new RowBuilder(field -> new FieldRow(field, model, false));
        this.methodRows = new RowBuilder(field -> new FieldRow(field, model, true));
        setPadding(new Insets(12));
        setId("connectForm");
        chooser = new AuthMethodChooser(model.methodProperty());
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
            chooser.offer(spec.methods(), model.getMethod());
            getChildren().addAll(chooser, methodFields);
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
        rows.values().removeIf(FieldRow::isOfMethod);
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

    private FormSection section(String heading, List<FieldSpec> fields, RowBuilder builder) {
        return new FormSection(heading, fields, builder, rows, this::showError);
    }

    private void showError(String path) {
        if (rows.containsKey(path)) {
            showError(rows.get(path));
        }
    }

    private void showError(FieldRow row) {
        boolean shown = model.check().getTouched().contains(row.path());
        row.showError(
                shown ? model.check().getErrors().get(row.path()) : null,
                shown ? model.check().detail(row.path()) : null);
    }

    /** Builds what is still waiting up to the field, then puts the field on screen and the keyboard in it. */
    private void reveal(String path) {
        if (path == null) {
            return;
        }
        mainRows.buildUntil(() -> rows.containsKey(path));
        methodRows.buildUntil(() -> rows.containsKey(path));
        FieldRow row = rows.get(path);
        if (row == null) {
            return;
        }
        row.takeKeyboard(scrollTo);
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("muted");
        return label;
    }
}
