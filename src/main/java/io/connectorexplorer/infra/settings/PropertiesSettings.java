package io.connectorexplorer.infra.settings;

import io.connectorexplorer.core.settings.Settings;
import io.connectorexplorer.infra.files.AtomicTextFileWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Settings in a properties file in the user's app folder, written atomically on {@link #flush()}. */
public final class PropertiesSettings implements Settings {

    private static final Logger LOG = Logger.getLogger(PropertiesSettings.class.getName());

    private final Path file;
    private final Properties values = new Properties();

    public PropertiesSettings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                values.clear(); // load() may have read part of the file before failing
                LOG.log(Level.WARNING, "Settings file {0} could not be read; starting with defaults", file);
            }
        }
    }

    /** The app's folder: CONNECTOR_EXPLORER_HOME, else the platform's usual place for app settings. */
    public static Path defaultFolder(java.util.Map<String, String> env, Path home) {
        String override = env.get("CONNECTOR_EXPLORER_HOME");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "ConnectorExplorer");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("ConnectorExplorer");
        }
        // The XDG spec: a relative path in XDG_CONFIG_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_CONFIG_HOME");
        boolean usable = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute();
        return (usable ? Path.of(xdg) : home.resolve(".config")).resolve("connector-explorer");
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        values.setProperty(key, value);
    }

    @Override
    public synchronized void remove(String key) {
        values.remove(key);
    }

    @Override
    public synchronized void flush() {
        try {
            Files.createDirectories(file.getParent());
            StringWriter out = new StringWriter();
            Properties sorted = new Properties() {
                @Override
                public synchronized java.util.Set<java.util.Map.Entry<Object, Object>> entrySet() {
                    return new java.util.LinkedHashSet<>(new TreeMap<>(values).entrySet());
                }
            };
            sorted.store(out, "Connector Explorer settings");
            new AtomicTextFileWriter().write(file, out.toString());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Settings could not be saved to {0}: {1}", new Object[] {file, e.getMessage()});
        }
    }
}
