package io.connectorexplorer.ui.shell;

import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.ui.common.StatusBarView;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;

/** The main window's status line, bound to the account shown. */
final class MainStatusBar {

    private MainStatusBar() {}

    /** The target the window shows: what was opened, named even while it loads or after it failed. */
    static StatusBarView of(MainView.Models m) {
        ObservableValue<Target> target = m.explorer().account().targetProperty();
        return new StatusBarView(
                m.status(),
                Bindings.createStringBinding(
                        () -> target.getValue() == null
                                ? "No profile"
                                : target.getValue().profileName(),
                        target),
                Bindings.createStringBinding(
                        () -> target.getValue() == null ? "" : target.getValue().region(), target),
                m.account().stateTextProperty(),
                m.account().identityTextProperty(),
                Bindings.createStringBinding(
                        () -> m.explorer().getSession() == null
                                ? ""
                                : m.explorer().getSession().endpointDescription(),
                        m.explorer().sessionProperty()));
    }
}
