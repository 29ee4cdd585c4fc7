package io.connectorexplorer.bench;

import java.util.List;

/** The JVM options the installers' launcher starts the app with (pom.xml, profile installer): keep the two equal. */
final class Packaged {

    static final List<String> JAVA_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xms64m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30");

    static final String LABEL = "AppCDS + the installers' JVM options (C1 only, serial GC, 64 MB first heap)";

    private Packaged() {
    }
}
