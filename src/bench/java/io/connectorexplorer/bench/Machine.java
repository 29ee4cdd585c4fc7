package io.connectorexplorer.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What the figures were taken on: cores, memory, CPU, OS, JDK, and how busy the machine was. */
final class Machine {

    private final Map<String, String> facts = new LinkedHashMap<>();

    static Machine describe() {
        Machine m = new Machine();
        m.facts.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        m.facts.put("memory", memTotal().map(kb -> String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0)).orElse("?"));
        m.facts.put("cpu", cpuModel().orElse(System.getProperty("os.arch")));
        m.facts.put("os", osName() + " (" + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", "
                + System.getProperty("os.arch") + ")");
        m.facts.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")");
        m.facts.put("javaHome", System.getProperty("java.home"));
        m.facts.put("loadAverageAtStart", loadAverage());
        return m;
    }

    void put(String key, String value) {
        facts.put(key, value);
    }

    void finish() {
        facts.put("loadAverageAtEnd", loadAverage());
    }

    String summary() {
        return facts.get("cores") + " cores, " + facts.get("memory") + ", " + facts.get("cpu") + "; " + facts.get("os")
                + "; " + facts.get("jdk") + "; load average at start " + facts.get("loadAverageAtStart")
                + (facts.containsKey("loadAverageAtEnd") ? ", at end " + facts.get("loadAverageAtEnd") : "");
    }

    ObjectNode json() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        facts.forEach(o::put);
        return o;
    }

    /** The 1-, 5- and 15-minute load averages: other work on the machine skews every figure. */
    static String loadAverage() {
        return read("/proc/loadavg").map(s -> String.join(" ", java.util.Arrays.copyOf(s.strip().split("\\s+"), 3)))
                .orElse("?");
    }

    static double loadAverage1() {
        try {
            return Double.parseDouble(loadAverage().split(" ")[0]);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static Optional<Long> memTotal() {
        return read("/proc/meminfo").flatMap(s -> s.lines().filter(l -> l.startsWith("MemTotal:")).findFirst())
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")));
    }

    private static Optional<String> cpuModel() {
        return read("/proc/cpuinfo").flatMap(s -> s.lines().filter(l -> l.startsWith("model name")).findFirst())
                .map(l -> l.substring(l.indexOf(':') + 1).strip());
    }

    private static String osName() {
        return read("/etc/os-release").flatMap(s -> s.lines().filter(l -> l.startsWith("PRETTY_NAME=")).findFirst())
                .map(l -> l.substring("PRETTY_NAME=".length()).replace("\"", "")).orElse(System.getProperty("os.name"));
    }

    private static Optional<String> read(String file) {
        try {
            return Optional.of(Files.readString(Path.of(file)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
