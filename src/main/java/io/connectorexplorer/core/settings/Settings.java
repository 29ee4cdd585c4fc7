package io.connectorexplorer.core.settings;

import java.util.Optional;

/** Small remembered choices (window bounds, theme, last profile). Never a secret. */
public interface Settings {

    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);

    /** Writes pending changes; failures are reported, never thrown at the UI. */
    void flush();

    default double getDouble(String key, double fallback) {
        try {
            return get(key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    default boolean getBoolean(String key, boolean fallback) {
        return get(key).map(Boolean::parseBoolean).orElse(fallback);
    }
}
