package io.connectorexplorer.ui.form;

import io.connectorexplorer.core.form.AuthMethod;
import io.connectorexplorer.ui.common.DeliberateChoice;
import java.util.List;
import javafx.beans.property.Property;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * "Authentication" and its drop-down: one for every connector the form shows, following the model's method for the
 * life of the view. A method is chosen deliberately (Enter or a click), since choosing drops what was typed for
 * another.
 */
final class AuthMethodChooser extends HBox {

    private final ComboBox<AuthMethod> chooser = new ComboBox<>();

    AuthMethodChooser(Property<AuthMethod> method) {
        super(8);
        chooser.setId("authMethod");
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(AuthMethod m) {
                return m == null ? "" : m.label();
            }

            @Override
            public AuthMethod fromString(String text) {
                return null;
            }
        });
        DeliberateChoice.attach(chooser, method);
        Label label = new Label("Authentication");
        label.setLabelFor(chooser);
        getChildren().addAll(label, chooser);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** The methods of the connector now shown, {@code current} chosen. */
    void offer(List<AuthMethod> methods, AuthMethod current) {
        chooser.getItems().setAll(methods);
        chooser.setValue(current);
    }
}
