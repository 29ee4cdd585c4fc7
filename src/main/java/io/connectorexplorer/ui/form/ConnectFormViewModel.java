package io.connectorexplorer.ui.form;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.connector.ConnectorDescription;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.files.TextFileWriter;
import io.connectorexplorer.core.form.AuthFormSpec;
import io.connectorexplorer.core.form.AuthFormSpecs;
import io.connectorexplorer.core.form.AuthMethod;
import io.connectorexplorer.core.form.CliCommand;
import io.connectorexplorer.core.form.FieldSpec;
import io.connectorexplorer.core.form.FormCheck;
import io.connectorexplorer.core.form.FormProblems;
import io.connectorexplorer.core.form.FormValues;
import io.connectorexplorer.core.form.ProfileRequest;
import io.connectorexplorer.core.form.Redaction;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.model.ServiceModel;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.DialogService;
import io.connectorexplorer.ui.common.Problem;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.common.TextClipboard;
import io.connectorexplorer.ui.common.TrackedTask;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The Connect tab: the form for the shown connector, checked against the AppFlow model as the user types,
 * a redacted live preview of the CreateConnectorProfile request, and the actions on it. Typed values live in
 * {@link FormValues} only, and are wiped when the connector changes or the window closes.
 */
public final class ConnectFormViewModel {

    /** Asks before creating: names the account, region and profile name. */
    @FunctionalInterface
    public interface CreateConfirmation {
        boolean confirm(String account, String region, String profileName);
    }

    private final Supplier<ServiceModel> model;
    private final TaskRunner tasks;
    private final StatusModel status;
    private final TextClipboard clipboard;
    private final DialogService dialogs;
    private final TextFileWriter writer;
    private final Supplier<AccountSession> session;
    private final CreateConfirmation confirmation;

    private final FormValues values = new FormValues();
    private final ReadOnlyObjectWrapper<AuthFormSpec> spec = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<AuthMethod> method = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    /** Fields the user has typed into: their messages show at once; the others only count until then. */
    private final javafx.collections.ObservableSet<String> touched = FXCollections.observableSet();

    private final ReadOnlyStringWrapper remaining = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formMessages = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper createError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper();
    private final BooleanProperty includeSecrets = new SimpleBooleanProperty();
    private String clientToken;

    public ConnectFormViewModel(
            ServiceModel model,
            TaskRunner tasks,
            StatusModel status,
            TextClipboard clipboard,
            DialogService dialogs,
            TextFileWriter writer,
            Supplier<AccountSession> session,
            CreateConfirmation confirmation) {
        this(() -> model, tasks, status, clipboard, dialogs, writer, session, confirmation);
    }

    /**
     * {@code model} is asked for the first time when a connector is shown, so a window can open before the model
     * has been read (the app reads it in the background meanwhile); it must return the same model every time.
     */
    public ConnectFormViewModel(
            Supplier<ServiceModel> model,
            TaskRunner tasks,
            StatusModel status,
            TextClipboard clipboard,
            DialogService dialogs,
            TextFileWriter writer,
            Supplier<AccountSession> session,
            CreateConfirmation confirmation) {
        this.model = model;
        this.tasks = tasks;
        this.status = status;
        this.clipboard = clipboard;
        this.dialogs = dialogs;
        this.writer = writer;
        this.session = session;
        this.confirmation = confirmation;
        method.addListener((obs, old, chosen) -> {
            if (old != null) {
                old.fields().forEach(f -> values.remove(f.path()));
            }
            changed();
        });
    }

    /** Shows the form for a connector; typed values of the previous one are wiped. Null shows nothing. */
    public void show(ConnectorDescription description) {
        clear();
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
        spec.set(built);
        method.set(built.methods().isEmpty() ? null : built.methods().get(0));
        changed();
    }

    public Object value(String path) {
        return values.get(path);
    }

    public void setText(String path, String text) {
        touched.add(path);
        if (text == null || text.isEmpty()) {
            values.remove(path);
        } else {
            values.set(path, text);
        }
        changed();
    }

    public void setEntries(String path, List<String> entries) {
        touched.add(path);
        if (entries == null || entries.isEmpty()) {
            values.remove(path);
        } else {
            values.set(path, entries);
        }
        changed();
    }

    public void setFlag(String path, Boolean flag) {
        touched.add(path);
        if (flag == null) {
            values.remove(path);
        } else {
            values.set(path, flag);
        }
        changed();
    }

    /** Re-checks the form and redraws the preview; a changed request gets a new client token. */
    private void changed() {
        clientToken = null;
        result.set("");
        createError.set("");
        AuthFormSpec current = spec.get();
        if (current == null) {
            errors.clear();
            preview.set("");
            remaining.set("");
            formMessages.set("");
            valid.set(false);
            return;
        }
        FormProblems problems = FormCheck.check(current, method.get(), values, model.get());
        errors.keySet().retainAll(problems.fieldMessages().keySet());
        errors.putAll(problems.fieldMessages());
        formMessages.set(String.join("\n", problems.formMessages()));
        valid.set(problems.isValid() && current.needsProfile());
        remaining.set(
                !current.needsProfile()
                        ? "This connector takes no connector profile"
                        : problems.isValid()
                                ? "Ready to create"
                                : problems.count()
                                        + (problems.count() == 1 ? " item needs attention" : " items need attention"));
        preview.set(JsonFormat.pretty(request(Redaction.MASK)));
    }

    private ObjectNode request(Redaction redaction) {
        return ProfileRequest.build(spec.get(), method.get(), values, redaction);
    }

    /** Puts the AWS CLI command on the clipboard; secrets only when "include secrets" is ticked, for this copy. */
    public void copyCliCommand() {
        if (spec.get() == null) {
            return;
        }
        boolean secrets = includeSecrets.get();
        clipboard.putText(CliCommand.render(request(secrets ? Redaction.NONE : Redaction.MASK)));
        includeSecrets.set(false);
        status.info(
                secrets
                        ? "Copied the AWS CLI command, with secrets"
                        : "Copied the AWS CLI command (secrets shown as ****)");
    }

    /** Saves the request as JSON; saving never includes secrets. */
    public void saveRequest() {
        AuthFormSpec current = spec.get();
        if (current == null) {
            return;
        }
        String text = JsonFormat.pretty(request(Redaction.MASK));
        String name = current.connector().displayId().replaceAll("[^A-Za-z0-9._-]+", "_") + "-connector-profile.json";
        dialogs.chooseSaveFile("Save CreateConnectorProfile request", name)
                .ifPresent(path -> TrackedTask.start(
                        tasks,
                        status,
                        "Saving " + path.getFileName() + "…",
                        c -> {
                            writer.write(path, text);
                            return path;
                        },
                        saved -> status.info("Saved the request (secrets shown as ****) to " + saved),
                        error -> status.report(Problem.of("Could not save " + path, error, this::saveRequest))));
    }

    /** Creates the connector profile in the active account after the user confirms; retries reuse the client token. */
    public void create() {
        AccountSession current = session.get();
        if (!valid.get() || current == null || creating.get()) {
            return;
        }
        ObjectNode request = request(Redaction.NONE);
        String profileName = request.path("connectorProfileName").asText();
        if (!confirmation.confirm(current.profile().name(), current.region(), profileName)) {
            return;
        }
        if (clientToken == null) {
            clientToken = UUID.randomUUID().toString();
        }
        String token = clientToken;
        creating.set(true);
        TrackedTask.start(
                tasks,
                status,
                "Creating connector profile " + profileName + "…",
                c -> current.createConnectorProfile(request, token),
                arn -> {
                    creating.set(false);
                    createError.set("");
                    result.set("Created " + arn);
                    status.clearProblem();
                    status.info("Created connector profile " + profileName);
                },
                error -> {
                    creating.set(false);
                    result.set("");
                    createError.set(
                            error instanceof ServiceCallException e
                                    ? e.headline() + " " + e.advice()
                                    : String.valueOf(error.getMessage()));
                    status.report(Problem.of("Could not create connector profile " + profileName, error, this::create));
                });
    }

    /** Wipes every typed value (the connector changed, or the window is closing). */
    public void clear() {
        values.clear();
        touched.clear();
        clientToken = null;
        includeSecrets.set(false);
        errors.clear();
    }

    public ReadOnlyObjectProperty<AuthFormSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    public AuthFormSpec getSpec() {
        return spec.get();
    }

    public ObjectProperty<AuthMethod> methodProperty() {
        return method;
    }

    public AuthMethod getMethod() {
        return method.get();
    }

    public void setMethod(AuthMethod chosen) {
        method.set(chosen);
    }

    public javafx.collections.ObservableSet<String> getTouched() {
        return touched;
    }

    public ObservableMap<String, String> getErrors() {
        return errors;
    }

    public ReadOnlyStringProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formMessagesProperty() {
        return formMessages.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public String getPreview() {
        return preview.get();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public String getResult() {
        return result.get();
    }

    /** The service's error for the last create, shown beside the form; empty when none. */
    public ReadOnlyStringProperty createErrorProperty() {
        return createError.getReadOnlyProperty();
    }

    public String getCreateError() {
        return createError.get();
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    public BooleanProperty includeSecretsProperty() {
        return includeSecrets;
    }

    /** The fields to draw for the chosen method, in form order. */
    public List<FieldSpec> fields() {
        AuthFormSpec current = spec.get();
        return current == null ? List.of() : current.requestFields(method.get());
    }
}
