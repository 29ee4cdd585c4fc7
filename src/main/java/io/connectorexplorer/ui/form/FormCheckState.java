package io.connectorexplorer.ui.form;

import io.connectorexplorer.core.form.AuthFormSpec;
import io.connectorexplorer.core.form.FieldProblem;
import io.connectorexplorer.core.form.FormProblems;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * Where the Connect form stands after its last check: the message beside each field (shown once the user has typed
 * into it), the fields that still need attention, what is left overall, and whether the request can be sent. Read-only
 * to the views; {@link ConnectFormViewModel} updates it.
 */
public final class FormCheckState {

    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    /** Fields the user has typed into: their messages show at once; the others only count until then. */
    private final ObservableSet<String> touched = FXCollections.observableSet();

    private final ObservableList<FieldProblem> attention = FXCollections.observableArrayList();
    // One read-only view each, kept: the views' listeners on them are held weakly by the backing collections.
    private final ObservableMap<String, String> errorsView = FXCollections.unmodifiableObservableMap(errors);
    private final ObservableSet<String> touchedView = FXCollections.unmodifiableObservableSet(touched);
    private final ObservableList<FieldProblem> attentionView = FXCollections.unmodifiableObservableList(attention);
    private FormProblems last;

    void touch(String path) {
        touched.add(path);
    }

    boolean anythingTyped() {
        return !touched.isEmpty();
    }

    /** The check of {@code spec}'s form found {@code problems}. */
    void show(AuthFormSpec spec, FormProblems problems) {
        last = problems;
        errors.keySet().retainAll(problems.fieldMessages().keySet());
        errors.putAll(problems.fieldMessages());
        attention.setAll(problems.fieldProblems());
        formMessages.set(String.join("\n", problems.formMessages()));
        valid.set(problems.isValid() && spec.needsProfile());
        remaining.set(remainingText(spec, problems));
    }

    /** No form: nothing to say. */
    void showNothing() {
        last = null;
        errors.clear();
        attention.clear();
        remaining.set("");
        formMessages.set("");
        valid.set(false);
    }

    /** What was typed is gone: no field has been touched. */
    void forgetTyping() {
        touched.clear();
        errors.clear();
    }

    private static String remainingText(AuthFormSpec spec, FormProblems problems) {
        if (!spec.needsProfile()) {
            return "This connector takes no connector profile";
        }
        if (problems.isValid()) {
            return "Ready to create";
        }
        return problems.count() + (problems.count() == 1 ? " item needs attention" : " items need attention");
    }

    /** The technical detail behind a field's message (the pattern the service checks), for a tooltip; or null. */
    public String detail(String path) {
        return last == null
                ? null
                : last.problemFor(path)
                        .map(FieldProblem::detail)
                        .filter(d -> !d.isEmpty())
                        .orElse(null);
    }

    /** The message beside each field that has one, by field path. */
    public ObservableMap<String, String> getErrors() {
        return errorsView;
    }

    public ObservableSet<String> getTouched() {
        return touchedView;
    }

    /** The fields that still have a problem, in form order: what "N items need attention" names. */
    public ObservableList<FieldProblem> getAttention() {
        return attentionView;
    }

    private final ReadOnlyStringWrapper remaining = new ReadOnlyStringWrapper("");

    /** "Ready to create", "3 items need attention", or why there is nothing to create. */
    public ReadOnlyStringProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper formMessages = new ReadOnlyStringWrapper("");

    /** What belongs to no single field (too many map entries, no method chosen), a line each. */
    public ReadOnlyStringProperty formMessagesProperty() {
        return formMessages.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }
}
