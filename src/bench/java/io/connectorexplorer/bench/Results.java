package io.connectorexplorer.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.json.JsonFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every figure of one benchmark run: printed as a table, written as JSON and as text under target/bench/. */
final class Results {

    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Figure figure(String group, String name, String unit) {
        Figure f = new Figure(group, name, unit);
        figures.add(f);
        return f;
    }

    void note(String text) {
        notes.add(text);
        System.out.println("[bench] note: " + text);
    }

    String table(Machine machine, int runs, int warmups) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println("Connector Explorer benchmarks: median of " + runs + " runs after " + warmups
                + " warm-up run(s); 'first' is the first (cold) run, not counted");
        out.println("Machine: " + machine.summary());
        if (!machine.busyAtStart().isEmpty()) {
            out.println("CPUs busy (all processes) when a run started, at worst: " + machine.busyAtStart());
        }
        int nameWidth = Math.max(
                40,
                figures.stream()
                        .mapToInt(f -> f.name.length() + f.unit.length() + 3)
                        .max()
                        .orElse(40));
        String row = "%-" + nameWidth + "s %9s %9s %9s %9s  %-16s %s%n";
        String group = null;
        for (Figure f : figures) {
            if (!f.group.equals(group)) {
                group = f.group;
                out.println();
                out.println("== " + group);
                out.printf(Locale.ROOT, row, "figure", "median", "min", "max", "first", "target", "");
            }
            String name = f.name + " (" + f.unit + ")";
            if (f.error != null) {
                out.printf(Locale.ROOT, "%-" + nameWidth + "s  ERROR %s%n", name, f.error);
                continue;
            }
            if (!f.hasValues()) {
                out.printf(Locale.ROOT, "%-" + nameWidth + "s  skipped%s%n", name, f.note == null ? "" : ": " + f.note);
                continue;
            }
            out.printf(
                    Locale.ROOT,
                    row,
                    name,
                    f.format(f.median()),
                    f.format(f.min()),
                    f.format(f.max()),
                    f.first == null ? "-" : f.format(f.first),
                    f.targetText == null ? "" : f.targetText,
                    f.status());
            if (f.note != null) {
                out.printf(Locale.ROOT, "    %s%n", f.note);
            }
        }
        if (!notes.isEmpty()) {
            out.println();
            notes.forEach(n -> out.println("Note: " + n));
        }
        out.flush();
        return text.toString();
    }

    void write(Path folder, Machine machine, int runs, int warmups, String table) throws IOException {
        Files.createDirectories(folder);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("generatedAt", Instant.now().toString());
        root.put("command", "./mvnw -B -Pbench verify");
        root.put("runs", runs);
        root.put("warmups", warmups);
        root.set("machine", machine.json());
        ArrayNode array = root.putArray("figures");
        for (Figure f : figures) {
            ObjectNode o = array.addObject();
            o.put("group", f.group);
            o.put("name", f.name);
            o.put("unit", f.unit);
            if (f.hasValues()) {
                o.put("median", round(f.median()));
                o.put("min", round(f.min()));
                o.put("max", round(f.max()));
                ArrayNode samples = o.putArray("samples");
                f.samples.forEach(v -> samples.add(round(v)));
            }
            if (f.first != null) {
                o.put("first", round(f.first));
            }
            if (f.targetText != null) {
                o.put("target", f.targetText);
                o.put("targetLimit", f.targetLimit);
                if (f.hasValues()) {
                    o.put("met", f.median() <= f.targetLimit);
                }
            }
            if (f.note != null) {
                o.put("note", f.note);
            }
            if (f.error != null) {
                o.put("error", f.error);
            }
        }
        ArrayNode notesArray = root.putArray("notes");
        notes.forEach(notesArray::add);
        Files.writeString(folder.resolve("bench-results.json"), JsonFormat.pretty(root), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("bench-results.txt"), table, StandardCharsets.UTF_8);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
