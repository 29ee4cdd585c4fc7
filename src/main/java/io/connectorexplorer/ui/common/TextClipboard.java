package io.connectorexplorer.ui.common;

/** The system clipboard, as text. */
public interface TextClipboard {

    void putText(String text);
}
