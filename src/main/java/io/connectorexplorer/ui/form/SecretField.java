package io.connectorexplorer.ui.form;

import java.util.function.Consumer;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A masked input with a toggle to show what was typed; both inputs edit the same value. */
final class SecretField extends HBox {

    SecretField(String label, String value, Consumer<String> onChange) {
        super(4);
        PasswordField masked = new PasswordField();
        TextField plain = new TextField();
        masked.setText(value);
        plain.textProperty().bindBidirectional(masked.textProperty());
        plain.setVisible(false);
        plain.setManaged(false);
        masked.textProperty().addListener((obs, old, now) -> onChange.accept(now));
        ToggleButton show = new ToggleButton(null, new FontIcon(Feather.EYE));
        show.getStyleClass().add("button-icon");
        show.setAccessibleText("Show " + label);
        show.selectedProperty().addListener((obs, old, on) -> {
            plain.setVisible(on);
            plain.setManaged(on);
            masked.setVisible(!on);
            masked.setManaged(!on);
            ((FontIcon) show.getGraphic()).setIconCode(on ? Feather.EYE_OFF : Feather.EYE);
        });
        HBox.setHgrow(masked, Priority.ALWAYS);
        HBox.setHgrow(plain, Priority.ALWAYS);
        getChildren().addAll(masked, plain, show);
    }
}
