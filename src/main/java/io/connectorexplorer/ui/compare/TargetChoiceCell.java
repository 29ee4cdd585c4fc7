package io.connectorexplorer.ui.compare;

import atlantafx.base.theme.Styles;
import io.connectorexplorer.ui.compare.CompareTargetPickerViewModel.Choice;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A target: its name, and what kind of profile it is (or that it was compared with last time) beside it. */
final class TargetChoiceCell extends ListCell<Choice> {
    @Override
    protected void updateItem(Choice choice, boolean empty) {
        super.updateItem(choice, empty);
        if (empty || choice == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        Label title = new Label(
                choice.title(),
                new FontIcon(
                        switch (choice.kind()) {
                            case EARLIER -> Feather.CLOCK;
                            case BESIDE -> Feather.LINK;
                            case TARGET -> Feather.USER;
                        }));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setMinWidth(Label.USE_PREF_SIZE);
        Label detail = new Label(choice.detail());
        detail.getStyleClass().addAll(Styles.TEXT_SMALL, "muted");
        detail.setMinWidth(0);
        HBox line = new HBox(10, title, detail);
        line.setAlignment(Pos.CENTER_LEFT);
        setText(null);
        setGraphic(line);
    }
}
