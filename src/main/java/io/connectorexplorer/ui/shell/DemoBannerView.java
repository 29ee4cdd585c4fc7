package io.connectorexplorer.ui.shell;

import io.connectorexplorer.core.profile.AwsProfile;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The yellow strip that marks the demo account's data as samples; shown only while the demo profile is chosen. */
final class DemoBannerView extends HBox {

    DemoBannerView(ObservableValue<AwsProfile> profile) {
        super(8);
        Label text = new Label("Demo account: sample data served offline by a built-in endpoint. "
                + "No AWS account is used. Pick a profile above to explore your own accounts.");
        text.setWrapText(true);
        getChildren().addAll(new FontIcon(Feather.INFO), text);
        setId("demoBanner");
        getStyleClass().add("demo-banner");
        setAlignment(Pos.CENTER_LEFT);
        BooleanBinding isDemo = Bindings.createBooleanBinding(
                () -> profile.getValue() != null && profile.getValue().isDemo(), profile);
        visibleProperty().bind(isDemo);
        managedProperty().bind(isDemo);
    }
}
