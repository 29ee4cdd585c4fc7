package io.connectorexplorer.ui.form;

import atlantafx.base.theme.Styles;
import io.connectorexplorer.core.form.FieldSpec;
import io.connectorexplorer.core.form.HelpText;
import io.connectorexplorer.ui.common.Once;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * One field of the form, its label above the input (so no label is ever cut or wrapped away from its required
 * mark), the first sentence of its description beneath with the rest on demand, and its message once touched. It
 * keeps its height for a width until something in it changes ({@link HeightKeepingBox}).
 */
final class FieldRow extends HeightKeepingBox {

    private final String path;
    private final boolean ofMethod;
    private final Node input;
    private final Label error = new Label();

    FieldRow(FieldSpec field, ConnectFormViewModel model, boolean ofMethod) {
        super(3);
        this.path = field.path();
        this.ofMethod = ofMethod;
        getStyleClass().add("field-row");
        // A non-breaking space keeps the required mark on the label's last word.
        Label label = new Label(field.label() + (field.required() ? "\u00a0*" : ""));
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        input = FieldControl.create(field, model);
        label.setLabelFor(input);
        getChildren().addAll(label, input);
        HelpText help = field.helpText();
        if (!help.firstSentence().isEmpty()) {
            getChildren().add(helpLine(help));
        }
        error.setId("error-" + field.path().replaceAll("[^A-Za-z0-9]+", "-"));
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.setWrapText(true);
        getChildren().add(error);
        showError(null, null);
    }

    /** The message in words, and what the service checks exactly (a pattern) for those who want it. */
    void showError(String message, String detail) {
        error.setText(message == null ? "" : message);
        error.setTooltip(detail == null || detail.isBlank() ? null : new Tooltip(detail));
        error.setVisible(message != null);
        error.setManaged(message != null);
    }

    String path() {
        return path;
    }

    /**
     * Puts the row on screen ({@code scrollTo}) and the keyboard in its input — once the row is in the window and
     * can take it: a form can be drawn before its tab has put it there (Ctrl+2 as the connector arrives).
     */
    void takeKeyboard(Consumer<Node> scrollTo) {
        if (getScene() == null) {
            Once.when(
                    sceneProperty(), scene -> scene != null, scene -> Platform.runLater(() -> takeKeyboard(scrollTo)));
            return;
        }
        scrollTo.accept(this);
        input.requestFocus();
        if (!input.isFocused()) {
            Platform.runLater(input::requestFocus);
        }
    }

    /** Whether the field belongs to the chosen authentication method (redrawn when the method changes). */
    boolean isOfMethod() {
        return ofMethod;
    }

    Node input() {
        return input;
    }

    private static Node helpLine(HelpText help) {
        Label text = new Label(help.firstSentence());
        text.setWrapText(true);
        text.getStyleClass().addAll("muted", Styles.TEXT_SMALL);
        if (!help.hasMore()) {
            return text;
        }
        Hyperlink more = new Hyperlink("More");
        more.getStyleClass().add(Styles.TEXT_SMALL);
        more.setOnAction(e -> {
            boolean expand = text.getText().equals(help.firstSentence());
            text.setText(expand ? help.firstSentence() + " " + help.rest() : help.firstSentence());
            more.setText(expand ? "Less" : "More");
        });
        HBox line = new HBox(2, text, more);
        line.setFillHeight(false);
        return line;
    }
}
