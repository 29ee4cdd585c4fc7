package io.connectorexplorer.ui.form;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.form.AuthFormSpec;
import io.connectorexplorer.core.form.AuthFormSpecs;
import io.connectorexplorer.core.form.AuthMethod;
import io.connectorexplorer.core.form.CliCommand;
import io.connectorexplorer.core.form.FieldSpec;
import io.connectorexplorer.core.form.FormCheck;
import io.connectorexplorer.core.form.FormValues;
import io.connectorexplorer.core.form.ProfileRequest;
import io.connectorexplorer.core.form.Redaction;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.model.ServiceModel;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The Connect tab's form for the shown connector: what was typed, checked against the AppFlow model as the user types,
 * and the CreateConnectorProfile request it makes, with a redacted preview. Typed values live in {@link FormValues}
 * only, and are wiped when the connector changes or the window closes. The actions on the request are in
 * {@link CreateProfileViewModel}.
 */
public final class ConnectFormViewModel {

    private final Supplier<ServiceModel> model;
    private final FormValues values = new FormValues();
    private final FormCheckState check = new FormCheckState();
    /** The user asked for the first field before the form was there (Ctrl+2 while the connector loads). */
    private boolean revealFirstWhenShown;
    /** The connector in the form, which can lag the one shown while the tab is closed. */
    private ConnectorDescription inForm;

    /**
     * {@code model} is asked for the first time when a connector is shown, so a window can open before the model has
     * been read (the app reads it in the background meanwhile); it must return the same model every time.
     */
    public ConnectFormViewModel(Supplier<ServiceModel> model) {
        this.model = model;
        method.addListener((obs, old, chosen) -> {
            if (old != null) {
                old.fields().forEach(f -> values.remove(f.path()));
            }
            changed();
        });
    }

    /**
     * Follows the connector {@code shown} in the tree, but builds its form only while {@code tabOpen} (a form of 2,000
     * parameters takes a while to check and preview); a new connector wipes what was typed either way.
     */
    public void follow(ObservableValue<ConnectorDescription> shown, ObservableValue<Boolean> tabOpen) {
        shown.addListener((obs, old, now) -> {
            if (now == null || old == null || !now.key().equals(old.key())) {
                show(tabOpen.getValue() ? now : null);
            }
        });
        tabOpen.addListener((obs, was, open) -> {
            ConnectorDescription now = shown.getValue();
            if (open && now != null && (inForm == null || !inForm.key().equals(now.key()))) {
                show(now);
            }
        });
    }

    /** Shows the form for a connector; typed values of the previous one are wiped. Null shows nothing. */
    public void show(ConnectorDescription description) {
        clear();
        inForm = description;
        if (description == null) {
            spec.set(null);
            method.set(null);
            changed();
            return;
        }
        AuthFormSpec built = AuthFormSpecs.forConnector(description, model.get());
        // Before the spec: the form is drawn when the spec changes, and not again when the new connector's first
        // method equals the one chosen before (two connectors that both start with Basic).
        built.profileFields().stream()
                .filter(f -> f.path().endsWith("/connectionMode"))
                .findFirst()
                .ifPresent(f -> values.set(f.path(), "Public"));
        if (built.equals(spec.get())) {
            // The same connector again ("Create another"): an equal spec would not count as a change, and its form
            // must still be drawn anew, empty.
            spec.set(null);
        }
        spec.set(built);
        method.set(built.methods().isEmpty() ? null : built.methods().get(0));
        changed();
        if (revealFirstWhenShown) {
            revealFirst();
        }
    }

    public Object value(String path) {
        return values.get(path);
    }

    public void setText(String path, String text) {
        edit(path, text == null || text.isEmpty() ? null : () -> values.set(path, text));
    }

    public void setEntries(String path, List<String> entries) {
        edit(path, entries == null || entries.isEmpty() ? null : () -> values.set(path, entries));
    }

    public void setFlag(String path, Boolean flag) {
        edit(path, flag == null ? null : () -> values.set(path, flag));
    }

    /** The user typed into a field: {@code setValue} stores the new value, or null when the field is now empty. */
    private void edit(String path, Runnable setValue) {
        check.touch(path);
        if (setValue == null) {
            values.remove(path);
        } else {
            setValue.run();
        }
        changed();
    }

    /** Re-checks the form and redraws the preview; each change counts as a new revision of the request. */
    private void changed() {
        AuthFormSpec current = spec.get();
        if (current == null) {
            check.showNothing();
            preview.set("");
        } else {
            check.show(current, FormCheck.check(current, method.get(), values, model.get()));
            preview.set(JsonFormat.pretty(request(Redaction.MASK)));
        }
        revision.set(revision.get() + 1);
    }

    /** Whether the user has typed anything into this form (switching away would lose it). */
    public boolean hasTypedValues() {
        return check.anythingTyped();
    }

    /** The request as an AWS CLI command for {@code destination}; secrets as {@code redaction} says. */
    public CliCommand.Rendered cliCommand(CliCommand.Destination destination, Redaction redaction) {
        return CliCommand.render(spec.get(), method.get(), values, destination, redaction);
    }

    /** Puts the field on screen with the keyboard in it (from the list of what needs attention). */
    public void reveal(String path) {
        reveal.set(null);
        reveal.set(path);
    }

    /** Puts the first field on screen with the keyboard in it (the form was started again). */
    public void revealFirst() {
        List<FieldSpec> fields = fields();
        revealFirstWhenShown = fields.isEmpty();
        if (!fields.isEmpty()) {
            reveal(fields.get(0).path());
        }
    }

    /** Starts again on the same connector and method with nothing typed (after a create, for another profile). */
    public void restart() {
        AuthMethod keep = method.get();
        show(inForm);
        if (keep != null && spec.get() != null && spec.get().methods().contains(keep)) {
            method.set(keep);
        }
    }

    /** The request the form makes, secrets as {@code redaction} says; null when no connector is shown. */
    public ObjectNode request(Redaction redaction) {
        return spec.get() == null ? null : ProfileRequest.build(spec.get(), method.get(), values, redaction);
    }

    /** Wipes every typed value (the connector changed, or the window is closing). */
    public void clear() {
        values.clear();
        check.forgetTyping();
        revision.set(revision.get() + 1);
    }

    /** The fields to draw for the chosen method, in form order. */
    public List<FieldSpec> fields() {
        AuthFormSpec current = spec.get();
        return current == null ? List.of() : current.requestFields(method.get());
    }

    private final ReadOnlyObjectWrapper<AuthFormSpec> spec = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<AuthFormSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    public AuthFormSpec getSpec() {
        return spec.get();
    }

    private final ObjectProperty<AuthMethod> method = new SimpleObjectProperty<>();

    public ObjectProperty<AuthMethod> methodProperty() {
        return method;
    }

    public AuthMethod getMethod() {
        return method.get();
    }

    public void setMethod(AuthMethod chosen) {
        method.set(chosen);
    }

    private final ReadOnlyStringWrapper reveal = new ReadOnlyStringWrapper();

    /** The field the view should put on screen and focus; null between requests. */
    public ReadOnlyStringProperty revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    /** Where the form stands after its last check. */
    public FormCheckState check() {
        return check;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return check.validProperty();
    }

    public boolean isValid() {
        return check.isValid();
    }

    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public String getPreview() {
        return preview.get();
    }

    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    /** Counts changes to what was typed: a changed request is another request (it gets a new client token). */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
