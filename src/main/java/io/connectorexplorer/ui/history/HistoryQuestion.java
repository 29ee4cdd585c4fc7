package io.connectorexplorer.ui.history;

/** Asks before history is removed; {@code action} is what the button says ("Forget", "Clear history"). */
@FunctionalInterface
public interface HistoryQuestion {

    boolean confirm(String header, String text, String action);
}
