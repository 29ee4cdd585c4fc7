package io.connectorexplorer.core.store;

import io.connectorexplorer.core.settings.Settings;

/** The history's size cap, in the settings file: {@value #MAX_SIZE_KEY} in megabytes. */
public final class HistorySettings {

    /** Settings key of the size cap, in megabytes (whole numbers). */
    public static final String MAX_SIZE_KEY = "history.maxSizeMB";

    /** A year of daily use of a few accounts takes a few megabytes; the cap is for the unusual. */
    public static final long DEFAULT_MAX_SIZE_MB = 100;

    private static final long MEGABYTE = 1024L * 1024L;

    /** Far beyond any disk, and still no overflow when multiplied out. */
    private static final long LARGEST_MB = 1L << 30;

    private HistorySettings() {}

    /** The cap in bytes: the setting when it is a whole number of at least 1, else {@value #DEFAULT_MAX_SIZE_MB} MB. */
    public static long capBytes(Settings settings) {
        long megabytes = settings.get(MAX_SIZE_KEY)
                .map(String::strip)
                .flatMap(HistorySettings::wholeNumber)
                .filter(mb -> mb >= 1 && mb <= LARGEST_MB)
                .orElse(DEFAULT_MAX_SIZE_MB);
        return megabytes * MEGABYTE;
    }

    private static java.util.Optional<Long> wholeNumber(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
