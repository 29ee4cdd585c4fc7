package io.connectorexplorer.bench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The FX pulse gaps the app reported ({@code [timing] pulse-gap wall=… cpu=… at=…}, every gap over 20 ms) within
 * a stretch of wall-clock time: the longest gap, the FX thread's CPU within it, the most CPU the FX thread
 * used between two pulses, and the total of the gaps over 50 ms.
 */
record Gaps(double longestWall, double cpuInLongest, long longestEndedAt, double longestCpu, double over50Total) {

    private static final Pattern AT = Pattern.compile("at=(\\d+)");

    static Gaps within(List<String> stderr, long fromMillis, long toMillis) {
        double wall = 0;
        double cpuInLongest = 0;
        long endedAt = 0;
        double cpuMax = 0;
        double over50 = 0;
        for (String line : stderr) {
            if (!line.startsWith("[timing] pulse-gap ")) {
                continue;
            }
            long at = at(line);
            if (at < fromMillis || at > toMillis) {
                continue;
            }
            double w = number(line, "wall");
            double c = number(line, "cpu");
            if (w > wall) {
                wall = w;
                cpuInLongest = c;
                endedAt = at;
            }
            cpuMax = Math.max(cpuMax, c);
            if (w > 50) {
                over50 += w;
            }
        }
        // No gap over 20 ms was reported: the pulses came on time.
        return new Gaps(wall == 0 ? 20 : wall, cpuInLongest, endedAt, cpuMax == 0 ? 20 : cpuMax, over50);
    }

    /**
     * Waits until the window has settled: pulses are coming (an {@code alive} mark in the last 400 ms) and no gap
     * over 50 ms has ended for {@code quietMillis}, counted from {@code fromMillis} at the earliest. Answers the
     * time it settled, or -1 when it did not within {@code timeout}.
     */
    static long awaitSettled(Proc app, long fromMillis, long quietMillis, java.time.Duration timeout)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < deadline && app.process.isAlive()) {
            long lastAlive = 0;
            long lastGap = 0;
            for (String line : app.stderrLines()) {
                if (line.startsWith("[timing] alive")) {
                    lastAlive = Math.max(lastAlive, at(line));
                } else if (line.startsWith("[timing] pulse-gap ") && number(line, "wall") > 50) {
                    lastGap = Math.max(lastGap, at(line));
                }
            }
            long now = System.currentTimeMillis();
            if (lastAlive >= now - 400 && now - Math.max(fromMillis, lastGap) >= quietMillis) {
                return now;
            }
            Thread.sleep(100);
        }
        return -1;
    }

    /** The first {@code [timing] NAME} mark at or after {@code fromMillis}, as its at= time, or -1. */
    static long mark(List<String> stderr, String name, long fromMillis) {
        for (String line : stderr) {
            if (line.startsWith("[timing] " + name) && at(line) >= fromMillis) {
                return at(line);
            }
        }
        return -1;
    }

    static long at(String line) {
        Matcher m = AT.matcher(line);
        if (!m.find()) {
            throw new IllegalStateException("no at= in " + line);
        }
        return Long.parseLong(m.group(1));
    }

    static double number(String line, String key) {
        Matcher m = Pattern.compile(key + "=([\\d.]+)").matcher(line);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
