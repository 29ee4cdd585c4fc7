package io.connectorexplorer.ui.form;

/** Asks before something the user asked for would wipe what they typed into the Connect form. */
@FunctionalInterface
public interface DiscardQuestion {

    /** True to go on and discard; {@code instead} says what the user asked for, e.g. "switch to prod · eu-west-1". */
    boolean discard(String connectorName, String instead);
}
