package io.connectorexplorer.ui.shell;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.ui.profile.AwsProfilesViewModel;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The yellow strip that marks the demo account's data as samples, shown while the demo account is shown, with the next
 * step: how to add an AWS profile when there is none, else to pick one (and the config file, to open it).
 */
final class DemoBannerView extends HBox {

    /** {@code target}: the account shown (not the picker's choice, which may yet be refused). */
    DemoBannerView(ObservableValue<Target> target, AwsProfilesViewModel profiles, Consumer<Path> open) {
        super(8);
        Label text = new Label();
        text.setId("demoBannerText");
        text.setWrapText(true);
        text.textProperty()
                .bind(Bindings.createStringBinding(
                        () ->
                                "Demo account: sample data served offline by a built-in endpoint; no AWS account is used. "
                                        + (profiles.noConfigurationProperty().get()
                                                ? "No AWS configuration was found on this machine: run 'aws configure' (access"
                                                        + " keys) or 'aws configure sso' (IAM Identity Center) in a terminal,"
                                                        + " and your profiles appear here at once."
                                                : "Choose one of your profiles above (Ctrl+P) to explore your own accounts."),
                        profiles.noConfigurationProperty()));
        HBox.setHgrow(text, Priority.ALWAYS);
        Button openConfig = new Button("Open AWS config file");
        openConfig.setId("openAwsConfigButton");
        openConfig.setMinWidth(Button.USE_PREF_SIZE);
        openConfig.setOnAction(e -> open.accept(profiles.configFileProperty().get()));
        openConfig.visibleProperty().bind(profiles.configFileProperty().isNotNull());
        openConfig.managedProperty().bind(openConfig.visibleProperty());
        getChildren().addAll(new FontIcon(Feather.INFO), text, openConfig);
        setId("demoBanner");
        getStyleClass().add("demo-banner");
        setAlignment(Pos.CENTER_LEFT);
        BooleanBinding isDemo = Bindings.createBooleanBinding(
                () -> target.getValue() != null && target.getValue().isDemo(), target);
        visibleProperty().bind(isDemo);
        managedProperty().bind(isDemo);
    }
}
