package io.connectorexplorer.ui.form;

import atlantafx.base.theme.Styles;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Where the form stands, in one place: what was created (with "Create another"), the create in flight or its error,
 * else ready — or which fields still need attention, each a link to its field.
 */
final class FormStatusLine extends VBox {

    private final ConnectFormViewModel form;
    private final CreateProfileViewModel actions;
    private final Label remaining = new Label();
    private final FlowPane attention = new FlowPane(4, 2);
    private final VBox created = new VBox(4);
    private final Label result = new Label();
    private final Label error = new Label();
    private final Label messages = new Label();

    FormStatusLine(ConnectFormViewModel form, CreateProfileViewModel actions) {
        super(4);
        this.form = form;
        this.actions = actions;
        setId("formStatus");
        remaining.setId("formRemaining");
        remaining.setMinWidth(Label.USE_PREF_SIZE);
        attention.setId("formAttention");
        attention.setAlignment(Pos.CENTER_LEFT);
        attention.getChildren().add(remaining);
        result.setId("createResult");
        result.setWrapText(true);
        result.getStyleClass().add(Styles.SUCCESS);
        result.textProperty().bind(actions.resultProperty());
        Button copyArn = new Button("Copy ARN");
        copyArn.setId("copyArnButton");
        copyArn.setOnAction(e -> actions.copyArn());
        Button another = new Button("Create another", new FontIcon(Feather.PLUS));
        another.setId("createAnotherButton");
        another.setOnAction(e -> {
            actions.createAnother();
            form.revealFirst();
        });
        FlowPane createdButtons = new FlowPane(8, 4, copyArn, another);
        created.getChildren().addAll(result, createdButtons);
        error.setId("createError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(actions.createErrorProperty());
        messages.setId("formMessages");
        messages.getStyleClass().add(Styles.DANGER);
        messages.setWrapText(true);
        messages.textProperty().bind(form.check().formMessagesProperty());
        getChildren().addAll(created, attention, error, messages);
        InvalidationListener redraw = this::redraw;
        for (Observable o : new Observable[] {
            form.check().remainingProperty(),
            form.check().getAttention(),
            actions.createdProperty(),
            actions.createErrorProperty(),
            actions.creatingProperty(),
            form.check().formMessagesProperty()
        }) {
            o.addListener(redraw);
        }
        redraw(null);
    }

    /** Fields named before "and N more": enough to start with, short enough to read at a glance. */
    private static final int NAMED = 5;

    private void redraw(Observable changed) {
        boolean isCreated = actions.getCreated() != null;
        boolean creating = actions.isCreating();
        show(created, isCreated);
        show(
                attention,
                !isCreated
                        && (creating || !form.check().remainingProperty().get().isEmpty()));
        show(error, !actions.getCreateError().isEmpty());
        show(messages, !form.check().formMessagesProperty().get().isEmpty());
        remaining.setText(
                creating
                        ? "Creating connector profile…"
                        : form.check().remainingProperty().get());
        remaining.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING);
        remaining.getStyleClass().add(form.isValid() ? Styles.SUCCESS : Styles.WARNING);
        attention.getChildren().setAll(remaining);
        if (creating) {
            return;
        }
        if (!form.check().getAttention().isEmpty()) {
            Label colon = new Label(":");
            // Against the count, not a gap away from it.
            FlowPane.setMargin(colon, new Insets(0, 0, 0, -4));
            attention.getChildren().add(colon);
        }
        form.check().getAttention().stream().limit(NAMED).forEach(field -> {
            Hyperlink link = new Hyperlink(field.label());
            link.setTooltip(new javafx.scene.control.Tooltip(field.message()));
            link.getStyleClass().add("attention-link");
            link.setOnAction(e -> form.reveal(field.path()));
            attention.getChildren().add(link);
        });
        int more = form.check().getAttention().size() - NAMED;
        if (more > 0) {
            attention.getChildren().add(new Label("and " + more + " more"));
        }
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        if (node != null) {
            node.setVisible(visible);
            node.setManaged(visible);
        }
    }
}
