package io.connectorexplorer.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light and dark looks (AtlantaFX Primer), plus the app's own few rules; applied in one place. */
public enum Theme {
    LIGHT,
    DARK;

    private static final String APP_CSS =
            Objects.requireNonNull(Theme.class.getResource("app.css")).toExternalForm();

    public void apply(Scene scene) {
        useForControls();
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
        scene.getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), this == DARK);
    }

    /**
     * Makes this theme's stylesheet the one every control starts from. Called before the first control is
     * built, it also spares JavaFX from parsing its own default stylesheet (Modena), which the first control
     * loads when none is set: a sizeable part of the time to the first window. AtlantaFX's binary form of the
     * stylesheet (.bss, the same rules pre-parsed) is read rather than its text.
     */
    public void useForControls() {
        String stylesheet = this == DARK
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS();
        if (!stylesheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(stylesheet);
        }
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }

    public static Theme parse(String name) {
        return "DARK".equalsIgnoreCase(name) ? DARK : LIGHT;
    }
}
