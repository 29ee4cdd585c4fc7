package io.connectorexplorer.ui.inventory;

import atlantafx.base.controls.Spacer;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.DiscoveredProfileName;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The targets to ask, folded away once an inventory starts (its title still says how many): profiles beside regions,
 * each list with its "all" tick, and the saved selections with the count of targets.
 */
final class TargetPickerView extends TitledPane {

    private final CheckList<AwsProfile> profiles;
    private final CheckList<String> regions;

    TargetPickerView(TargetPickerViewModel model) {
        setId("targetPicker");
        textProperty().bind(model.summaryProperty());
        setAnimated(false);

        CheckBox allProfiles = new CheckBox("All profiles");
        allProfiles.setId("allProfiles");
        allProfiles.setTooltip(new Tooltip("Every profile that can be used, SSO accounts included; not the demo"));
        allProfiles.selectedProperty().bindBidirectional(model.allProfilesProperty());
        profiles = new CheckList<>("profileList", model.getProfiles(), TargetPickerView::kind);
        CheckBox allRegions = new CheckBox("All AppFlow regions");
        allRegions.setTooltip(new Tooltip("Every region where Amazon AppFlow is offered"));
        allRegions.setId("allRegions");
        allRegions.selectedProperty().bindBidirectional(model.allRegionsProperty());
        regions = new CheckList<>("regionList", model.getRegions(), null);

        CheckList.enterPressesDefault(allProfiles);
        CheckList.enterPressesDefault(allRegions);
        VBox profileBox = column(allProfiles, profiles);
        VBox regionBox = column(allRegions, regions);
        HBox.setHgrow(profileBox, Priority.ALWAYS);
        regionBox.setPrefWidth(260);
        regionBox.setMinWidth(200);
        HBox lists = new HBox(12, profileBox, regionBox);
        VBox.setVgrow(lists, Priority.ALWAYS);

        VBox content = new VBox(8, lists, savedRow(model));
        content.setPadding(new Insets(8));
        setContent(content);
    }

    private HBox savedRow(TargetPickerViewModel model) {
        ComboBox<String> saved = new ComboBox<>(model.getSavedNames());
        saved.setId("savedSelections");
        saved.setPromptText("Saved selections");
        saved.setPrefWidth(200);
        saved.setOnAction(e -> {
            if (saved.getValue() != null) {
                model.choose(saved.getValue());
            }
        });
        Button save = new Button("Save…");
        save.setId("saveSelectionButton");
        save.setTooltip(new Tooltip("Save the ticked profiles and regions under a name"));
        save.disableProperty().bind(model.targetCountProperty().isEqualTo(0));
        save.setOnAction(e -> askName(saved.getValue()).ifPresent(name -> {
            model.save(name);
            saved.setValue(name.strip());
        }));
        Button delete = new Button("Delete");
        delete.setId("deleteSelectionButton");
        delete.disableProperty().bind(saved.valueProperty().isNull());
        delete.setOnAction(e -> {
            model.delete(saved.getValue());
            saved.setValue(null);
        });
        Label count = new Label();
        count.setId("targetCount");
        count.getStyleClass().add("target-count");
        count.textProperty().bind(model.countTextProperty());
        count.setMinWidth(Label.USE_PREF_SIZE);
        HBox row = new HBox(8, saved, save, delete, new Spacer(), count);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private java.util.Optional<String> askName(String proposed) {
        TextInputDialog dialog = new TextInputDialog(proposed == null ? "" : proposed);
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle("Save selection");
        dialog.setHeaderText("Save the ticked profiles and regions as");
        dialog.setContentText("Name:");
        return dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }

    private static VBox column(CheckBox all, CheckList<?> list) {
        list.setPrefHeight(150);
        list.setMinHeight(72);
        VBox.setVgrow(list, Priority.ALWAYS);
        return new VBox(6, all, list);
    }

    private static String kind(AwsProfile profile) {
        return DiscoveredProfileName.parse(profile.name()).isPresent()
                ? "SSO account"
                : profile.kind().label();
    }

    /** The keyboard goes to the profiles; both lists show their first ticked entry. */
    void focusProfiles() {
        profiles.showFirstChosen();
        regions.showFirstChosen();
        profiles.requestFocus();
    }
}
