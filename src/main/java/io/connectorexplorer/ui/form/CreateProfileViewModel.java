package io.connectorexplorer.ui.form;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.files.TextFileWriter;
import io.connectorexplorer.core.form.AuthFormSpec;
import io.connectorexplorer.core.form.CliCommand;
import io.connectorexplorer.core.form.Redaction;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.task.TaskRunner;
import io.connectorexplorer.ui.common.BackgroundTask;
import io.connectorexplorer.ui.common.DialogService;
import io.connectorexplorer.ui.common.Problem;
import io.connectorexplorer.ui.common.StatusModel;
import io.connectorexplorer.ui.common.TextClipboard;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * What the Connect tab does with the form's request: copy it as an AWS CLI command, save it as JSON, or create the
 * connector profile in the open account. Secrets leave only when the user asks, for one copy; a create asks first
 * and sends a client token that a retry of the same request reuses, so it can never create the profile twice.
 */
public final class CreateProfileViewModel {

    /** Asks before creating: names the account, region and profile name. */
    @FunctionalInterface
    public interface CreateConfirmation {
        boolean confirm(String account, String region, String profileName);
    }

    private final ConnectFormViewModel form;
    private final TaskRunner tasks;
    private final StatusModel status;
    private final TextClipboard clipboard;
    private final DialogService dialogs;
    private final TextFileWriter writer;
    private final Supplier<AccountSession> session;
    private final CreateConfirmation confirmation;
    private String clientToken;

    public CreateProfileViewModel(
            ConnectFormViewModel form,
            TaskRunner tasks,
            StatusModel status,
            TextClipboard clipboard,
            DialogService dialogs,
            TextFileWriter writer,
            Supplier<AccountSession> session,
            CreateConfirmation confirmation) {
        this.form = form;
        this.tasks = tasks;
        this.status = status;
        this.clipboard = clipboard;
        this.dialogs = dialogs;
        this.writer = writer;
        this.session = session;
        this.confirmation = confirmation;
        // A changed request is another request: a new client token, and the last outcome no longer applies.
        form.revisionProperty().addListener((obs, old, now) -> {
            clientToken = null;
            result.set("");
            createError.set("");
            created.set(null);
        });
        form.specProperty().addListener((obs, old, now) -> includeSecrets.set(false));
    }

    /** Puts the AWS CLI command on the clipboard; secrets only when "include secrets" is ticked, for this copy. */
    public void copyCliCommand() {
        AccountSession current = session.get();
        if (form.getSpec() == null) {
            return;
        }
        if (current == null) {
            status.info("The command names the account it goes to: wait until the account has loaded, then copy");
            return;
        }
        boolean secrets = includeSecrets.get();
        CliCommand.Rendered command = form.cliCommand(
                CliCommand.Destination.of(current.profile(), current.region(), current.endpointUrl()),
                secrets ? Redaction.NONE : Redaction.MASK);
        clipboard.putText(command.text());
        includeSecrets.set(false);
        status.info(
                secrets
                        ? "Copied the AWS CLI command for " + current.target().displayName() + ", with secrets"
                        : "Copied the AWS CLI command for " + current.target().displayName() + ". "
                                + command.instructions());
    }

    /** Saves the request as JSON; saving never includes secrets. */
    public void saveRequest() {
        AuthFormSpec current = form.getSpec();
        if (current == null) {
            return;
        }
        String text = JsonFormat.pretty(form.request(Redaction.MASK));
        String name = current.connector().displayId().replaceAll("[^A-Za-z0-9._-]+", "_") + "-connector-profile.json";
        dialogs.chooseSaveFile("Save CreateConnectorProfile request", name)
                .ifPresent(path -> BackgroundTask.of(() -> writer.write(path, text))
                        .showing(status, "Saving " + path.getFileName() + "…")
                        .onSuccess(saved -> status.info("Saved the request (secrets shown as ****) to " + path))
                        .onFailure(
                                error -> status.report(Problem.of("Could not save " + path, error, this::saveRequest)))
                        .executeWith(tasks));
    }

    /** Creates the connector profile in the open account after the user confirms; retries reuse the client token. */
    public void create() {
        AccountSession current = session.get();
        if (current == null && form.isValid()) {
            // Offline (the history's view), or still loading: nothing to create it in.
            status.info("The account is not connected: the connector profile can be created once it has loaded"
                    + " (Retry, or F5)");
            return;
        }
        if (!form.isValid() || current == null || creating.get() || created.get() != null) {
            return;
        }
        ObjectNode request = form.request(Redaction.NONE);
        String profileName = request.path("connectorProfileName").asText();
        if (!confirmation.confirm(current.profile().name(), current.region(), profileName)) {
            return;
        }
        if (clientToken == null) {
            clientToken = UUID.randomUUID().toString();
        }
        String token = clientToken;
        creating.set(true);
        BackgroundTask.of(c -> current.createConnectorProfile(request, token))
                .showing(status, "Creating connector profile " + profileName + "…")
                .onSuccess(arn -> {
                    creating.set(false);
                    createError.set("");
                    result.set("Created " + arn);
                    created.set(new Created(profileName, arn, current.target().displayName()));
                    status.clearProblem(Problem.Kind.CALL_FAILED);
                    status.info("Created connector profile " + profileName);
                })
                .onFailure(error -> {
                    creating.set(false);
                    result.set("");
                    status.info("Could not create connector profile " + profileName);
                    createError.set(
                            error instanceof ServiceCallException e
                                    ? e.headline() + " " + e.advice()
                                    : String.valueOf(error.getMessage()));
                    status.report(Problem.of("Could not create connector profile " + profileName, error, this::create));
                })
                .executeWith(tasks);
    }

    /** Puts the created connector profile's ARN on the clipboard (for infrastructure code and tickets). */
    public void copyArn() {
        Created last = created.get();
        if (last != null) {
            clipboard.putText(last.arn());
            status.info("Copied the ARN of " + last.profileName());
        }
    }

    /** Empties the form for another connector profile of the same connector, after one was created. */
    public void createAnother() {
        form.restart();
    }

    /** A connector profile this form created: its name, ARN, and where. */
    public record Created(String profileName, String arn, String where) {}

    private final ReadOnlyObjectWrapper<Created> created = new ReadOnlyObjectWrapper<>();

    /** What the last create made, until the form changes; null before. */
    public ReadOnlyObjectProperty<Created> createdProperty() {
        return created.getReadOnlyProperty();
    }

    public Created getCreated() {
        return created.get();
    }

    private final BooleanProperty includeSecrets = new SimpleBooleanProperty();

    public BooleanProperty includeSecretsProperty() {
        return includeSecrets;
    }

    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");

    /** "Created ARN" after a create; empty otherwise. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public String getResult() {
        return result.get();
    }

    private final ReadOnlyStringWrapper createError = new ReadOnlyStringWrapper("");

    /** The service's error for the last create, shown beside the form; empty when none. */
    public ReadOnlyStringProperty createErrorProperty() {
        return createError.getReadOnlyProperty();
    }

    public String getCreateError() {
        return createError.get();
    }

    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper();

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    public boolean isCreating() {
        return creating.get();
    }
}
