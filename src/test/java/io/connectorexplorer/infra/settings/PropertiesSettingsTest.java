package io.connectorexplorer.infra.settings;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class PropertiesSettingsTest {

    @TempDir
    Path folder;

    @Test
    void valuesSurviveFlushAndReload() {
        Path file = folder.resolve("settings.properties");
        PropertiesSettings settings = new PropertiesSettings(file);
        settings.put("window.width", "1280.5");
        settings.put("theme", "dark");
        settings.put("lastProfile", "Zoë's = profile: #1 ✓");
        settings.put("multi", "line one\nline two");
        settings.put("key with spaces=and:colons", "  leading spaces");
        settings.flush();

        PropertiesSettings reloaded = new PropertiesSettings(file);

        assertThat(reloaded.get("window.width")).contains("1280.5");
        assertThat(reloaded.getDouble("window.width", 0)).isEqualTo(1280.5);
        assertThat(reloaded.get("theme")).contains("dark");
        assertThat(reloaded.get("lastProfile")).contains("Zoë's = profile: #1 ✓");
        assertThat(reloaded.get("multi")).contains("line one\nline two");
        assertThat(reloaded.get("key with spaces=and:colons")).contains("  leading spaces");
    }

    @Test
    void aRemovedKeyIsGoneAfterReload() {
        Path file = folder.resolve("settings.properties");
        PropertiesSettings settings = new PropertiesSettings(file);
        settings.put("a", "1");
        settings.put("b", "2");
        settings.flush();
        settings.remove("a");
        settings.flush();

        PropertiesSettings reloaded = new PropertiesSettings(file);

        assertThat(reloaded.get("a")).isEmpty();
        assertThat(reloaded.get("b")).contains("2");
    }

    @Test
    void flushCreatesMissingFoldersAndWritesKeysSortedWithoutTemporaryFiles() throws IOException {
        Path file = folder.resolve("deep").resolve("er").resolve("settings.properties");
        PropertiesSettings settings = new PropertiesSettings(file);
        settings.put("zeta", "1");
        settings.put("alpha", "2");
        settings.put("mid", "3");
        settings.flush();

        List<String> keys = Files.readAllLines(file).stream()
                .filter(l -> !l.startsWith("#"))
                .map(l -> l.substring(0, l.indexOf('=')))
                .toList();
        assertThat(keys).containsExactly("alpha", "mid", "zeta");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aMissingFileGivesDefaults() {
        PropertiesSettings settings = new PropertiesSettings(folder.resolve("absent.properties"));

        assertThat(settings.get("theme")).isEmpty();
        assertThat(settings.getBoolean("maximized", true)).isTrue();
        assertThat(settings.getDouble("width", 800)).isEqualTo(800);
    }

    @Test
    void aCorruptedFileGivesDefaultsNotHalfOfIt() throws IOException {
        Path file = folder.resolve("settings.properties");
        Files.writeString(file, "theme=dark\nlastProfile=prod\nbroken=\\u12G4\nwidth=900\n", ISO_8859_1);

        PropertiesSettings settings = new PropertiesSettings(file);

        assertThat(settings.get("theme")).isEmpty();
        assertThat(settings.get("lastProfile")).isEmpty();
        assertThat(settings.get("width")).isEmpty();
    }

    @Test
    void aFileThatIsNotUtf8GivesDefaults() throws IOException {
        Path file = folder.resolve("settings.properties");
        Files.write(file, new byte[] {'t', 'h', 'e', 'm', 'e', '=', (byte) 0xC3, (byte) 0x28, '\n'});

        PropertiesSettings settings = new PropertiesSettings(file);

        assertThat(settings.get("theme")).isEmpty();
    }

    @Test
    void aCorruptedFileIsReplacedOnTheNextFlush() throws IOException {
        Path file = folder.resolve("settings.properties");
        Files.writeString(file, "broken=\\u12G4\n", ISO_8859_1);
        PropertiesSettings settings = new PropertiesSettings(file);
        settings.put("theme", "light");

        settings.flush();

        assertThat(new PropertiesSettings(file).get("theme")).contains("light");
    }

    @Test
    void unparsableNumbersFallBack() {
        PropertiesSettings settings = new PropertiesSettings(folder.resolve("s.properties"));
        settings.put("width", "wide");

        assertThat(settings.getDouble("width", 640)).isEqualTo(640);
    }

    @Test
    void connectorExplorerHomeOverridesTheFolder() {
        Path home = folder.resolve("home");

        assertThat(PropertiesSettings.defaultFolder(
                        Map.of(
                                "CONNECTOR_EXPLORER_HOME",
                                "/opt/ce",
                                "XDG_CONFIG_HOME",
                                "/xdg",
                                "APPDATA",
                                "C:\\AppData"),
                        home))
                .isEqualTo(Path.of("/opt/ce"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void onLinuxTheFolderFollowsXdgConfigHome() {
        Path home = Path.of("/home/zoe");

        assertThat(PropertiesSettings.defaultFolder(Map.of("XDG_CONFIG_HOME", "/custom/config"), home))
                .isEqualTo(Path.of("/custom/config/connector-explorer"));
        assertThat(PropertiesSettings.defaultFolder(
                        Map.of("CONNECTOR_EXPLORER_HOME", "  ", "XDG_CONFIG_HOME", "/x"), home))
                .as("a blank override is no override")
                .isEqualTo(Path.of("/x/connector-explorer"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void onLinuxWithoutAUsableXdgConfigHomeTheFolderIsInDotConfig() {
        Path home = Path.of("/home/zoe");
        Path expected = Path.of("/home/zoe/.config/connector-explorer");

        assertThat(PropertiesSettings.defaultFolder(Map.of(), home)).isEqualTo(expected);
        assertThat(PropertiesSettings.defaultFolder(Map.of("XDG_CONFIG_HOME", " "), home))
                .isEqualTo(expected);
        assertThat(PropertiesSettings.defaultFolder(Map.of("XDG_CONFIG_HOME", "relative/config"), home))
                .as("the XDG spec says to ignore relative paths")
                .isEqualTo(expected);
    }
}
