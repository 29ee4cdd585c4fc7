package io.connectorexplorer.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A non-modal strip for the latest problem: what failed, the service's words, what to do, Retry. */
public final class ProblemBannerView extends HBox {

    public ProblemBannerView(StatusModel status, Runnable retry) {
        setId("problemBanner");
        getStyleClass().add("problem-banner");
        setAlignment(Pos.CENTER_LEFT);

        Label title = new Label();
        title.setId("problemTitle");
        title.getStyleClass().add("problem-title");
        Label detail = new Label();
        detail.setId("problemDetail");
        detail.setWrapText(true);
        Label advice = new Label();
        advice.getStyleClass().add("problem-advice");
        advice.setWrapText(true);
        VBox text = new VBox(2, title, detail, advice);
        HBox.setHgrow(text, Priority.ALWAYS);

        Button retryButton = new Button("Retry", new FontIcon(Feather.REFRESH_CW));
        retryButton.setId("retryButton");
        retryButton.getStyleClass().add(Styles.DANGER);
        // Never cut to "R…": the text beside it wraps instead.
        retryButton.setMinWidth(Button.USE_PREF_SIZE);
        retryButton.setOnAction(e -> retry.run());
        Button dismiss = new Button(null, new FontIcon(Feather.X));
        dismiss.setId("dismissProblemButton");
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        dismiss.setOnAction(e -> status.clearProblem());

        FontIcon icon = new FontIcon(Feather.ALERT_TRIANGLE);
        icon.getStyleClass().add(Styles.DANGER);
        getChildren().addAll(icon, text, retryButton, dismiss);

        status.problemProperty().addListener((obs, old, problem) -> show(problem, title, detail, advice, retryButton));
        show(status.getProblem(), title, detail, advice, retryButton);
    }

    private void show(Problem problem, Label title, Label detail, Label advice, Button retryButton) {
        boolean visible = problem != null;
        setVisible(visible);
        setManaged(visible);
        if (visible) {
            title.setText(problem.title());
            detail.setText(problem.detail());
            advice.setText(problem.advice());
            retryButton.setText(problem.actionLabel());
            retryButton.setVisible(problem.hasAction());
            retryButton.setManaged(problem.hasAction());
        }
    }
}
