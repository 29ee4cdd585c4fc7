package io.connectorexplorer.ui.common;

/** Asks before something that cannot be taken back (history removed, a metadata cache reset); {@code action} is what
 * the button says ("Forget", "Clear history", "Refresh"). */
@FunctionalInterface
public interface Confirmation {

    boolean confirm(String header, String text, String action);
}
