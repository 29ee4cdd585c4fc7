package io.connectorexplorer.testsupport;

import io.connectorexplorer.ui.common.TextClipboard;

/** Keeps what was copied. */
public final class RecordingClipboard implements TextClipboard {

    private String text;

    @Override
    public void putText(String value) {
        this.text = value;
    }

    public String text() {
        return text;
    }
}
