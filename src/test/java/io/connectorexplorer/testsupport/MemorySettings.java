package io.connectorexplorer.testsupport;

import io.connectorexplorer.core.settings.Settings;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Settings held in memory. */
public final class MemorySettings implements Settings {

    private final Map<String, String> values = new HashMap<>();
    private int flushes;

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }

    @Override
    public void flush() {
        flushes++;
    }

    public Map<String, String> values() {
        return Map.copyOf(values);
    }

    public int flushes() {
        return flushes;
    }
}
