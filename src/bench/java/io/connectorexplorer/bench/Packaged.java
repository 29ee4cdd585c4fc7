package io.connectorexplorer.bench;

import io.connectorexplorer.app.SoftwareRendering;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The JVM options the installers' launcher starts the app with (pom.xml, profile installer): keep the two equal. */
final class Packaged {

    /**
     * As the launcher has them; the last two only on JDK 24+ (the JDK the bench's app runs on), where they settle
     * warnings about JavaFX's native access and sun.misc.Unsafe — older JVMs refuse them.
     */
    static final List<String> JAVA_OPTIONS = options(Runtime.version().feature());

    /**
     * What the installed app's start script adds to the environment (packaging/linux/write-start-script.sh): on a
     * machine without a GPU, GTK kept from loading OpenGL.
     */
    static final Map<String, String> ENVIRONMENT = SoftwareRendering.noGpu() ? Map.of("GDK_GL", "disable") : Map.of();

    static final String LABEL = "AppCDS + the installers' JVM options (C1 only, serial GC, 128 MB first heap)";

    private Packaged() {}

    private static List<String> options(int jdk) {
        List<String> options = new ArrayList<>(List.of(
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xms128m",
                "-XX:MinHeapFreeRatio=10",
                "-XX:MaxHeapFreeRatio=30",
                "-XX:MaxRAM=64g"));
        if (jdk >= 24) {
            options.add("--enable-native-access=ALL-UNNAMED");
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        return List.copyOf(options);
    }
}
