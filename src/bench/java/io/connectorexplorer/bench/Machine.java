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
        m.facts.put(
                "memory",
                memTotal()
                        .map(kb -> String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0))
                        .orElse("?"));
        m.facts.put("cpu", cpuModel().orElse(System.getProperty("os.arch")));
        m.facts.put(
                "os",
                osName() + " (" + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", "
                        + System.getProperty("os.arch") + ")");
        m.facts.put(
                "jdk",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vendor") + ")");
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

    /** The busiest the CPUs were when a run of each part started (other work than this harness). */
    String busyAtStart() {
        StringBuilder text = new StringBuilder();
        facts.forEach((k, v) -> {
            if (k.startsWith("cpuBusyAtStart ")) {
                text.append(text.length() == 0 ? "" : "; ")
                        .append(k.substring("cpuBusyAtStart ".length()))
                        .append(' ')
                        .append(v);
            }
        });
        return text.toString();
    }

    ObjectNode json() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        facts.forEach(o::put);
        return o;
    }

    /** The 1-, 5- and 15-minute load averages: other work on the machine skews every figure. */
    static String loadAverage() {
        return read("/proc/loadavg")
                .map(s -> String.join(" ", java.util.Arrays.copyOf(s.strip().split("\\s+"), 3)))
                .orElse("?");
    }

    static double loadAverage1() {
        try {
            return Double.parseDouble(loadAverage().split(" ")[0]);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** How busy all CPUs were over {@code sampleMillis}, in percent, from /proc/stat; NaN where unknown. */
    static double cpuBusyPercent(long sampleMillis) throws InterruptedException {
        long[] a = cpuTicks();
        Thread.sleep(sampleMillis);
        long[] b = cpuTicks();
        if (a == null || b == null || b[0] == a[0]) {
            return Double.NaN;
        }
        return 100.0 * ((b[0] - a[0]) - (b[1] - a[1])) / (b[0] - a[0]);
    }

    /** Total and idle (idle + iowait) ticks of all CPUs. */
    private static long[] cpuTicks() {
        return read("/proc/stat")
                .flatMap(s -> s.lines().filter(l -> l.startsWith("cpu ")).findFirst())
                .map(l -> {
                    String[] f = l.strip().split("\\s+");
                    long total = 0;
                    for (int i = 1; i < f.length && i <= 8; i++) {
                        total += Long.parseLong(f[i]);
                    }
                    return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
                })
                .orElse(null);
    }

    /**
     * Waits (up to {@code maxSeconds}) until other work leaves the CPUs mostly idle — under 25 % busy over two
     * seconds — and notes the busiest they were when a run of {@code part} started. With 0, only measures.
     */
    void awaitQuiet(String part, int maxSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        double busy = cpuBusyPercent(maxSeconds > 0 ? 2000 : 500);
        while (maxSeconds > 0 && busy > 25 && System.nanoTime() < deadline) {
            System.out.printf(
                    Locale.ROOT, "[bench] waiting for a quieter machine before %s: CPUs %.0f%% busy%n", part, busy);
            Thread.sleep(5000);
            busy = cpuBusyPercent(2000);
        }
        // The busiest the machine was when a run of this part started.
        double worst = busy;
        String key = "cpuBusyAtStart " + part;
        if (facts.containsKey(key) && !facts.get(key).equals("?")) {
            worst = Math.max(worst, Double.parseDouble(facts.get(key).replace("%", "")));
        }
        facts.put(key, Double.isNaN(worst) ? "?" : String.format(Locale.ROOT, "%.0f%%", worst));
    }

    private static Optional<Long> memTotal() {
        return read("/proc/meminfo")
                .flatMap(s -> s.lines().filter(l -> l.startsWith("MemTotal:")).findFirst())
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")));
    }

    private static Optional<String> cpuModel() {
        return read("/proc/cpuinfo")
                .flatMap(s -> s.lines().filter(l -> l.startsWith("model name")).findFirst())
                .map(l -> l.substring(l.indexOf(':') + 1).strip());
    }

    private static String osName() {
        return read("/etc/os-release")
                .flatMap(
                        s -> s.lines().filter(l -> l.startsWith("PRETTY_NAME=")).findFirst())
                .map(l -> l.substring("PRETTY_NAME=".length()).replace("\"", ""))
                .orElse(System.getProperty("os.name"));
    }

    private static Optional<String> read(String file) {
        try {
            return Optional.of(Files.readString(Path.of(file)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
