package io.connectorexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar … SUBCOMMAND}: when a second JVM with a class-data archive runs the command, and how. */
class ClassDataRelaunchTest {

    @TempDir
    Path folder;

    private static final String[] DESCRIBE = {"describe", "--connector-type", "Salesforce"};

    @Test
    void onJdk19AndLaterTheJvmKeepsAnArchiveBesideTheJar() throws Exception {
        Path jar = Files.writeString(folder.resolve("connector-explorer.jar"), "jar");

        List<String> command = ClassDataRelaunch.relaunch(
                        "/jdk/bin/java", List.of("-Dx=y", "-jar", jar.toString()), DESCRIBE, 25)
                .orElseThrow();

        assertThat(command.get(0)).isEqualTo("/jdk/bin/java");
        assertThat(command).contains("-Dx=y", "-XX:+AutoCreateSharedArchive", "-XX:TieredStopAtLevel=1");
        String archive = command.stream()
                .filter(a -> a.startsWith("-XX:SharedArchiveFile="))
                .findFirst()
                .orElseThrow()
                .substring("-XX:SharedArchiveFile=".length());
        assertThat(Path.of(archive).getParent()).isEqualTo(jar.getParent());
        assertThat(Path.of(archive).getFileName().toString())
                .startsWith("connector-explorer-")
                .endsWith(".jsa");
        assertThat(command.subList(command.size() - 5, command.size()))
                .as("the jar, then the command as given")
                .containsExactly("-jar", jar.toAbsolutePath().toString(), "describe", "--connector-type", "Salesforce")
                .doesNotContain("-Dx=y");
        assertThat(command).contains("-D" + ClassDataRelaunch.MARKER + "=true", "-Dconnector-explorer.readAhead=false");
    }

    @Test
    void onJdk17TheFirstRunWritesTheArchiveAtExitAndTheNextUseIt() throws Exception {
        Path jar = Files.writeString(folder.resolve("connector-explorer.jar"), "jar");
        List<String> started = List.of("-jar", jar.toString());

        List<String> first =
                ClassDataRelaunch.relaunch("java", started, DESCRIBE, 17).orElseThrow();
        String dump = first.stream()
                .filter(a -> a.startsWith("-XX:ArchiveClassesAtExit="))
                .findFirst()
                .orElseThrow();
        Files.writeString(Path.of(dump.substring("-XX:ArchiveClassesAtExit=".length())), "archive");

        List<String> next =
                ClassDataRelaunch.relaunch("java", started, DESCRIBE, 17).orElseThrow();
        assertThat(next).contains("-XX:SharedArchiveFile=" + dump.substring("-XX:ArchiveClassesAtExit=".length()));
        assertThat(next).noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void aJvmWithClassDataOptionsOfItsOwnOrNotStartedWithJarRunsTheCommandItself() throws Exception {
        Path jar = Files.writeString(folder.resolve("connector-explorer.jar"), "jar");

        assertThat(ClassDataRelaunch.relaunch(
                        "java", List.of("-XX:SharedArchiveFile=a.jsa", "-jar", jar.toString()), DESCRIBE, 25))
                .isEmpty();
        assertThat(ClassDataRelaunch.relaunch(
                        "java", List.of("-XX:AOTCache=app.aot", "-jar", jar.toString()), DESCRIBE, 25))
                .isEmpty();
        assertThat(ClassDataRelaunch.relaunch(
                        "java", List.of("-cp", jar.toString(), "io.connectorexplorer.app.Launcher"), DESCRIBE, 25))
                .as("the installed app's start, or a test's")
                .isEmpty();
        assertThat(ClassDataRelaunch.relaunch(
                        "java", List.of("-jar", folder.resolve("missing.jar").toString()), DESCRIBE, 25))
                .isEmpty();
    }

    @Test
    void aRebuiltJarsArchiveReplacesTheOneThisJdkMadeBeforeAndLeavesOtherJdksOnes() throws Exception {
        Path jar = Files.writeString(folder.resolve("connector-explorer.jar"), "jar");
        String jdk = Runtime.version().toString().replaceAll("[^A-Za-z0-9.+-]", "_");
        Path before = Files.writeString(folder.resolve("connector-explorer-1-2-jdk" + jdk + ".jsa"), "old");
        Path otherJdk = Files.writeString(folder.resolve("connector-explorer-1-2-jdk99.0.1.jsa"), "other");

        ClassDataRelaunch.relaunch("java", List.of("-jar", jar.toString()), DESCRIBE, 25);

        assertThat(before).doesNotExist();
        assertThat(otherJdk).exists();
    }
}
