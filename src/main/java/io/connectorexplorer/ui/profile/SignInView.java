package io.connectorexplorer.ui.profile;

import atlantafx.base.theme.Styles;
import io.connectorexplorer.ui.common.Once;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A small window that follows an SSO sign-in: "finish in your browser", or the device code to enter. */
public final class SignInView {

    private final SignInViewModel model;
    private final SignInViewModel.Browser browser;
    private final Stage stage = new Stage();
    private final Label title = new Label();
    private final Label text = new Label();
    private final Label code = new Label();
    private final Button openPage = new Button("Open the page");
    private final Button copyCode = new Button("Copy code");
    private final Button useCode = new Button("Use a code instead");

    /**
     * Shows a sign-in window whenever {@code model} signs in, built the first time one is needed (most sessions
     * never need it, and the main window opens sooner without it).
     */
    public static void follow(
            SignInViewModel model,
            SignInViewModel.Browser browser,
            Window owner,
            java.util.function.Consumer<String> clipboard) {
        Once.when(
                model.stepProperty(),
                step -> !(step instanceof SignInViewModel.Step.Idle),
                step -> new SignInView(model, browser, owner, clipboard).show(step));
    }

    private SignInView(
            SignInViewModel model,
            SignInViewModel.Browser browser,
            Window owner,
            java.util.function.Consumer<String> clipboard) {
        this.model = model;
        this.browser = browser;
        stage.initOwner(owner);
        stage.setTitle("Sign in");
        title.getStyleClass().add(Styles.TITLE_4);
        text.setWrapText(true);
        code.setId("deviceCode");
        code.getStyleClass().add(Styles.TITLE_1);
        useCode.setId("useDeviceCodeButton");
        useCode.setOnAction(e -> model.useDeviceCode());
        copyCode.setOnAction(e -> clipboard.accept(code.getText()));
        Button cancel = new Button("Cancel");
        cancel.setId("cancelSignInButton");
        cancel.setOnAction(e -> model.cancel());
        HBox buttons = new HBox(8, openPage, copyCode, useCode, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, title, text, code, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(460);
        stage.setScene(new Scene(root));
        stage.setOnCloseRequest(e -> model.cancel());
        model.stepProperty().addListener((obs, old, step) -> show(step));
        model.signingInProperty().addListener((obs, old, on) -> {
            if (!on) {
                stage.hide();
            }
        });
    }

    private void show(SignInViewModel.Step step) {
        if (step instanceof SignInViewModel.Step.WaitingForBrowser waiting) {
            title.setText("Signing in to " + waiting.profile());
            text.setText(
                    "Your browser opened the AWS sign-in page. Finish signing in there; this window closes by itself.");
            show(code, false);
            openPage.setOnAction(e -> browser.open(waiting.page()));
            show(openPage, true);
            show(copyCode, false);
            show(useCode, true);
            stage.show();
        } else if (step instanceof SignInViewModel.Step.EnterCode enter) {
            title.setText("Signing in to " + enter.profile());
            text.setText("Open " + enter.page() + " and enter this code:");
            code.setText(enter.userCode());
            show(code, true);
            openPage.setOnAction(e -> browser.open(enter.pageWithCode() != null ? enter.pageWithCode() : enter.page()));
            show(openPage, true);
            show(copyCode, true);
            show(useCode, false);
            stage.show();
        }
        stage.sizeToScene();
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
