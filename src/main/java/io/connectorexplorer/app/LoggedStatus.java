package io.connectorexplorer.app;

import io.connectorexplorer.ui.common.StatusModel;

/** A window's status line whose every problem shown is also kept in the diagnostic log. */
final class LoggedStatus {

    private LoggedStatus() {}

    static StatusModel of(Services services) {
        StatusModel status = new StatusModel();
        status.problemProperty().addListener((property, before, shown) -> {
            if (shown != null) {
                services.diagnosticLog().problem(shown.title(), shown.detail(), shown.advice());
            }
        });
        return status;
    }
}
