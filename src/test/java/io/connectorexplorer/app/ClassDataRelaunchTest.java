package io.connectorexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.app.ClassDataRelaunch.Plan;
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

    private static final String JDK = Runtime.version().toString().replaceAll("[^A-Za-z0-9.+-]", "_");

    @Test
    void withoutAnArchiveTheCommandRunsHereAndTheTrainingMakesOneInTheBackground() throws Exception {
        Path jar = Files.writeString(folder.resolve("connector-explorer.jar"), "jar");

        Plan plan = ClassDataRelaunch.plan("/jdk/bin/java", List.of("-Dx=y", "-jar", jar.toString()), DESCRIBE)
                .orElseThrow();

        List<String> maker = ((Plan.MakeArchive) plan).maker();
        assertThat(maker.subList(0, 4))
                .containsExactly("/jdk/bin/java", "-cp", jar.toAbsolutePath().toString(), ArchiveMaker.class.getName());
        Path archive = Path.of(maker.get(4));
        assertThat(archive.getParent()).isEqualTo(jar.toAbsolutePath().getParent());
        assertThat(archive.getFileName().toString())
                .startsWith("connector-explorer-")
                .endsWith(".jsa");
        int then = maker.indexOf(ArchiveMaker.THEN);
        List<String> training = maker.subList(5, then);
        assertThat(training)
                .as("the training, not the command: an archive from --version would hold nothing")
                .contains(
                        "/jdk/bin/java",
                        "-Dx=y",
                        "-XX:DumpLoadedClassList=" + ArchiveMaker.classesOf(archive),
                        "-Dconnector-explorer.training=cli")
                .doesNotContain(DESCRIBE);
        assertThat(maker.subList(then + 1, maker.size()))
                .as("then the archive, dumped from the classes the training listed")
                .containsExactly(
                        "/jdk/bin/java",
                        "-Xshare:dump",
                        "-XX:+UseSerialGC",
                        "-XX:SharedClassListFile=" + ArchiveMaker.classesOf(archive),
                        "-XX:SharedArchiveFile=" + ArchiveMaker.partOf(archive),
                        "-cp",
                        jar.toAbsolutePath().toString());
        assertThat(ArchiveMaker.lockOf(archive)).exists();
        assertThat(ClassDataRelaunch.plan("java", List.of("-jar", jar.toString()), DESCRIBE))
                .as("one maker at a time")
                .isEmpty();
    }

    @Test
    void withTheArchiveTheCommandRunsInASecondJvmThatMapsIt() throws Exception {
        Path jar = Files.writeString(folder.resolve("connector-explorer.jar"), "jar");
        Plan first = ClassDataRelaunch.plan("java", List.of("-jar", jar.toString()), DESCRIBE)
                .orElseThrow();
        Path archive = Path.of(((Plan.MakeArchive) first).maker().get(4));
        Files.writeString(archive, "archive");

        List<String> command = ((Plan.Relaunch)
                        ClassDataRelaunch.plan("/jdk/bin/java", List.of("-Dx=y", "-jar", jar.toString()), DESCRIBE)
                                .orElseThrow())
                .command();

        assertThat(command.get(0)).isEqualTo("/jdk/bin/java");
        assertThat(command)
                .contains(
                        "-Dx=y",
                        "-XX:SharedArchiveFile=" + archive,
                        "-XX:TieredStopAtLevel=1",
                        "-D" + ClassDataRelaunch.MARKER + "=true",
                        "-Dconnector-explorer.readAhead=false");
        assertThat(command.subList(command.size() - 5, command.size()))
                .as("the jar, then the command as given")
                .containsExactly("-jar", jar.toAbsolutePath().toString(), "describe", "--connector-type", "Salesforce");
    }

    @Test
    void theInstallersOptionsGoFirstAndGiveWayToTheUsersCollectorAndHeap() throws Exception {
        assertThat(ClassDataRelaunch.defaultsBeside(List.of("-Dx=y")))
                .containsExactly(
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Xms64m",
                        "-XX:MinHeapFreeRatio=10",
                        "-XX:MaxHeapFreeRatio=30",
                        "-Xlog:cds=off",
                        "-Xlog:cds+dynamic=off");
        assertThat(ClassDataRelaunch.defaultsBeside(List.of("-XX:+UseG1GC", "-Xmx32m")))
                .as("the JVM refuses two collectors, and -Xms64m does not fit -Xmx32m")
                .containsExactly("-XX:TieredStopAtLevel=1", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

        Path jar = Files.writeString(folder.resolve("connector-explorer.jar"), "jar");
        Plan first = ClassDataRelaunch.plan("java", List.of("-jar", jar.toString()), DESCRIBE)
                .orElseThrow();
        Files.writeString(Path.of(((Plan.MakeArchive) first).maker().get(4)), "archive");
        List<String> command = ((Plan.Relaunch) ClassDataRelaunch.plan(
                                "java",
                                List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=4", "-jar", jar.toString()),
                                DESCRIBE)
                        .orElseThrow())
                .command();
        assertThat(command).doesNotContain("-XX:+UseSerialGC");
        assertThat(command.indexOf("-XX:TieredStopAtLevel=4"))
                .as("the user's own, after ours: the JVM takes the last")
                .isGreaterThan(command.indexOf("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void aJvmWithClassDataOptionsOfItsOwnOrNotStartedWithJarRunsTheCommandItself() throws Exception {
        Path jar = Files.writeString(folder.resolve("connector-explorer.jar"), "jar");

        assertThat(ClassDataRelaunch.plan(
                        "java", List.of("-XX:SharedArchiveFile=a.jsa", "-jar", jar.toString()), DESCRIBE))
                .isEmpty();
        assertThat(ClassDataRelaunch.plan("java", List.of("-XX:AOTCache=app.aot", "-jar", jar.toString()), DESCRIBE))
                .isEmpty();
        assertThat(ClassDataRelaunch.plan(
                        "java", List.of("-cp", jar.toString(), "io.connectorexplorer.app.Launcher"), DESCRIBE))
                .as("the installed app's start, or a test's")
                .isEmpty();
        assertThat(ClassDataRelaunch.plan(
                        "java", List.of("-jar", folder.resolve("missing.jar").toString()), DESCRIBE))
                .isEmpty();
    }

    @Test
    void aRebuiltJarsArchiveReplacesTheOneThisJdkMadeBeforeAndLeavesOtherJdksOnes() throws Exception {
        Path jar = Files.writeString(folder.resolve("connector-explorer.jar"), "jar");
        Path before = Files.writeString(folder.resolve("connector-explorer-1-2-jdk" + JDK + ".jsa"), "old");
        Path otherJdk = Files.writeString(folder.resolve("connector-explorer-1-2-jdk99.0.1.jsa"), "other");

        ClassDataRelaunch.plan("java", List.of("-jar", jar.toString()), DESCRIBE);

        assertThat(before).doesNotExist();
        assertThat(otherJdk).exists();
    }

    @Test
    void theMakerRunsTrainingThenDumpAndPutsTheArchiveInPlaceWholeAndDropsTheRest() throws Exception {
        Path archive = folder.resolve("connector-explorer-3-4-jdk" + JDK + ".jsa");
        Files.createFile(ArchiveMaker.lockOf(archive));

        ArchiveMaker.main(makerArguments(archive, "0"));

        assertThat(archive).hasContent("archive of classes");
        assertThat(ArchiveMaker.partOf(archive)).doesNotExist();
        assertThat(ArchiveMaker.classesOf(archive)).doesNotExist();
        assertThat(ArchiveMaker.lockOf(archive)).doesNotExist();
    }

    @Test
    void aFailedDumpLeavesNoArchiveAndNothingBehind() throws Exception {
        Path archive = folder.resolve("connector-explorer-5-6-jdk" + JDK + ".jsa");
        Files.createFile(ArchiveMaker.lockOf(archive));

        ArchiveMaker.main(makerArguments(archive, "1"));

        assertThat(archive).doesNotExist();
        assertThat(ArchiveMaker.partOf(archive)).doesNotExist();
        assertThat(ArchiveMaker.classesOf(archive)).doesNotExist();
        assertThat(ArchiveMaker.lockOf(archive)).doesNotExist();
    }

    /**
     * Stand-ins for the two JVMs: the training writes the class list; the dump writes the part from it (as the real one
     * does before it fails, too), then exits with {@code dumpStatus}.
     */
    private String[] makerArguments(Path archive, String dumpStatus) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path training = Files.writeString(
                folder.resolve("Training.java"),
                "public class Training { public static void main(String[] a) throws Exception {"
                        + " java.nio.file.Files.writeString(java.nio.file.Path.of(a[0]), \"classes\"); } }");
        Path dump = Files.writeString(
                folder.resolve("Dump.java"),
                "public class Dump { public static void main(String[] a) throws Exception {"
                        + " java.nio.file.Files.writeString(java.nio.file.Path.of(a[1]), \"archive of \""
                        + " + java.nio.file.Files.readString(java.nio.file.Path.of(a[0])));"
                        + " System.exit(Integer.parseInt(a[2])); } }");
        return new String[] {
            archive.toString(),
            java,
            training.toString(),
            ArchiveMaker.classesOf(archive).toString(),
            ArchiveMaker.THEN,
            java,
            dump.toString(),
            ArchiveMaker.classesOf(archive).toString(),
            ArchiveMaker.partOf(archive).toString(),
            dumpStatus
        };
    }
}
